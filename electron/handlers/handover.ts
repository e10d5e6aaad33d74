import { z } from 'zod';
import { ConflictError, ValidationError } from '../../shared/contract/result';
import { appendAudit } from '../../db/audit/queries';
import { collectFamilyRows, HandoverShapeError, insertRows } from '../../db/handover/rows';
import type { HandlerContext } from './context';
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
export function exportHandover(context: HandlerContext, conferenceId: string, passphrase: string): { fileName: string; content: string } {
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
  const sealed = sealPackage(contents, passphrase);
  appendAudit(context.db, { at, actor: context.actor, action: 'export', entity: 'handover-package', entityId: conferenceId, conferenceId });
  // The file name says nothing about the family: it may sit in a downloads folder.
  return { fileName: `confer-handover-${at.slice(0, 10)}.confer`, content: sealed.toString('base64') };
}

/**
 * Opens a package and adds what this copy does not have yet. Records already here (same id)
 * are left as they are, so importing the same package twice changes nothing.
 */
export function importHandover(context: HandlerContext, content: string, passphrase: string): { conferenceId: string; newRecords: number } {
  let opened: unknown;
  try {
    opened = openPackage(Buffer.from(content, 'base64'), passphrase);
  } catch (error) {
    if (error instanceof HandoverUnreadableError) throw new ValidationError(error.message, { content: error.message });
    throw error;
  }
  const parsed = PackageContentsSchema.safeParse(opened);
  if (!parsed.success) throw new ConflictError('This package does not match this version of Confer’s records, so nothing was imported.');
  const contents = parsed.data;
  const schemaVersion = context.db.pragma('user_version', { simple: true }) as number;
  if (contents.schemaVersion !== schemaVersion) {
    throw new ConflictError('This package was made by a different version of Confer. Update both copies to the same version, then try again. Nothing was imported.');
  }
  const at = context.now().toISOString();
  let newRecords = 0;
  try {
    context.db
      .transaction(() => {
        // Conferences arrive as drafts and take their status last, so a finalised conference's
        // records can be added before it is closed again.
        // Amendments exist only for finalised conferences, so they come after the statuses.
        const { amendment: amendments = [], ...records } = contents.tables;
        const statuses = new Map<string, unknown>();
        newRecords = insertRows(context.db, records, (table, row) => {
          if (table !== 'conference') return row;
          statuses.set(String(row['id']), row['status']);
          return { ...row, status: 'draft' };
        });
        const restore = context.db.prepare("UPDATE conference SET status = ? WHERE id = ? AND status = 'draft'");
        for (const [id, status] of statuses) if (status !== 'draft') restore.run(status, id);
        newRecords += insertRows(context.db, { amendment: amendments });
        appendAudit(context.db, { at, actor: context.actor, action: 'import', entity: 'handover-package', entityId: contents.conferenceId, conferenceId: contents.conferenceId });
        // Each copy works out the next deadlines with its own authority's rules.
        refreshNextDeadlines(context.db);
      })
      .immediate();
  } catch (error) {
    if (error instanceof HandoverShapeError) throw new ConflictError(error.message);
    throw error;
  }
  return { conferenceId: contents.conferenceId, newRecords };
}
