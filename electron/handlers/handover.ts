import { z } from 'zod';
import { ConflictError, ValidationError } from '../../shared/contract/result';
import { appendAudit } from '../../db/audit/queries';
import { checkPackageRows, HandoverRefusedError, REFUSALS } from '../../db/handover/check';
import { insertPlan, planImport } from '../../db/handover/import';
import { collectFamilyRows } from '../../db/handover/rows';
import type { ImportResult } from '../../shared/handover/schema';
import type { HandlerContext } from './context';
import { getDecisionRecord } from './decision-record';
import { existingConference } from './guard';
import { refreshNextDeadlines } from './next-deadline';
import { HandoverUnreadableError, openPackage, sealPackage } from './handover-package';

const PackageContentsSchema = z.object({
  format: z.literal('confer-handover'),
  version: z.literal(1),
  schemaVersion: z.number().int(),
  exportedAt: z.string(),
  conferenceId: z.uuid(),
  familyId: z.uuid(),
  tables: z.record(z.string(), z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()])))),
});

/**
 * Packs a conference's family (its children, network, every conference about it, and the
 * professionals they involve) for another copy of Confer, sealed with a passphrase.
 */
export async function exportHandover(context: HandlerContext, conferenceId: string, passphrase: string): Promise<{ fileName: string; content: string }> {
  const conference = existingConference(context, conferenceId);
  const at = context.now().toISOString();
  const contents: z.infer<typeof PackageContentsSchema> = {
    format: 'confer-handover',
    version: 1,
    schemaVersion: context.db.pragma('user_version', { simple: true }) as number,
    exportedAt: at,
    conferenceId,
    familyId: conference.family_id,
    tables: collectFamilyRows(context.db, conference.family_id) as z.infer<typeof PackageContentsSchema>['tables'],
  };
  const sealed = await sealPackage(contents, passphrase);
  appendAudit(context.db, { at, actor: context.actor, action: 'export', entity: 'handover-package', entityId: conferenceId, conferenceId });
  // The file name says nothing about the family: it may sit in a downloads folder.
  return { fileName: `confer-handover-${at.slice(0, 10)}.confer`, content: sealed.toString('base64') };
}

/**
 * Opens a package and adds what this copy does not have yet. Records already here (same id) are
 * left as they are, so importing the same package twice adds and changes nothing, and says so.
 * The package is checked as a whole first (db/handover/check.ts): only the family's own records,
 * each as the application would have saved it; anything else refuses all of it, and nothing is
 * written.
 */
export async function importHandover(context: HandlerContext, content: string, passphrase: string): Promise<ImportResult> {
  let opened: unknown;
  try {
    opened = await openPackage(Buffer.from(content, 'base64'), passphrase);
  } catch (error) {
    if (error instanceof HandoverUnreadableError) throw new ValidationError(error.message, { content: error.message });
    throw error;
  }
  const parsed = PackageContentsSchema.safeParse(opened);
  if (!parsed.success) throw new ConflictError(REFUSALS.shape);
  const contents = parsed.data;
  const schemaVersion = context.db.pragma('user_version', { simple: true }) as number;
  if (contents.schemaVersion !== schemaVersion) {
    throw new ConflictError('This package was made by a different version of Confer. Update both copies to the same version, then try again. Nothing was imported.');
  }
  const at = context.now().toISOString();
  try {
    checkPackageRows(context.db, contents.familyId, contents.conferenceId, contents.tables);
    const newRecords = context.db
      .transaction(() => {
        const plan = planImport(context.db, contents.familyId, contents.tables, context.now());
        const added = plan.count > 0 ? insertPlan(context.db, plan) : 0;
        // A conference arriving finalised must pass the same sign-off checks as one finalised here.
        for (const [conferenceId, status] of plan.statuses) {
          if (status === 'finalised' && getDecisionRecord(context, conferenceId).readiness.length > 0) throw new HandoverRefusedError('notSignedOff');
        }
        appendAudit(context.db, { at, actor: context.actor, action: 'import', entity: 'handover-package', entityId: contents.conferenceId, conferenceId: contents.conferenceId });
        // Each copy works out the next deadlines with its own authority's rules.
        if (added > 0) refreshNextDeadlines(context.db);
        return added;
      })
      .immediate();
    return { conferenceId: contents.conferenceId, newRecords, alreadyHere: newRecords === 0 };
  } catch (error) {
    if (error instanceof HandoverRefusedError) throw new ConflictError(error.message);
    // A row the checks let through but the database refuses (a unique answer given twice, say).
    if (isConstraintError(error)) throw new ConflictError(REFUSALS.doesNotFit);
    throw error;
  }
}

function isConstraintError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('SQLITE_CONSTRAINT');
}
