import type { RetentionItem } from '../../shared/retention/schema';
import { ConflictError } from '../../shared/contract/result';
import { addDaysIso, compareIsoDates, localIsoDate } from '../../shared/dates/local-date';
import { appendAudit } from '../../db/audit/queries';
import { readAuthoritySettings } from '../../db/authority/queries';
import { listConferences } from '../../db/conference/queries';
import { listChildren } from '../../db/family/queries';
import { findExport, listExports, markExported, removeConferenceRecords } from '../../db/retention/queries';
import type { HandlerContext } from './context';
import { existingConference } from './guard';

/** Every conference with where it stands: not yet exported, kept until a date, or due for removal. */
export function listRetention(context: HandlerContext): RetentionItem[] {
  const exports = new Map(listExports(context.db).map((e) => [e.conference_id, e.exported_at]));
  const days = readAuthoritySettings(context.db).retentionDays;
  const today = localIsoDate(context.now());
  return listConferences(context.db).map((row) => {
    const exportedAt = exports.get(row.id) ?? null;
    const removableFrom = exportedAt ? addDaysIso(exportedAt.slice(0, 10), days) : null;
    return {
      conferenceId: row.id,
      children: listChildren(context.db, row.family_id).map((c) => c.displayName).join(', '),
      scheduledDate: row.scheduled_date,
      state: removableFrom === null ? 'not-exported' : compareIsoDates(today, removableFrom) >= 0 ? 'due' : 'kept',
      finalised: row.status === 'finalised',
      exportedAt,
      removableFrom,
    };
  });
}

/** The chair or administrator confirms the conference is in the authority's case-management system. */
export function markExportedToCms(context: HandlerContext, conferenceId: string): RetentionItem[] {
  const conference = existingConference(context, conferenceId);
  // The case-management system holds the signed-off record: a conference still open may change.
  if (conference.status !== 'finalised') {
    throw new ConflictError('Only a finalised conference can be marked as exported to the case-management system. Finalise it first, then export it.');
  }
  const at = context.now().toISOString();
  context.db
    .transaction(() => {
      markExported(context.db, conferenceId, at, context.actor);
      appendAudit(context.db, { at, actor: context.actor, action: 'export', entity: 'case-management-system', entityId: conferenceId, conferenceId });
    })
    .immediate();
  return listRetention(context);
}

/**
 * Removes a conference from this computer once its retention period has passed: its records,
 * and the family's own records when no other conference here is about them. The audit trail
 * keeps the fact of the removal (ids only).
 */
export function removeConference(context: HandlerContext, conferenceId: string): RetentionItem[] {
  existingConference(context, conferenceId);
  const exported = findExport(context.db, conferenceId);
  if (!exported) throw new ConflictError('This conference has not been marked as exported to the case-management system, so it cannot be removed.');
  const removableFrom = addDaysIso(exported.exported_at.slice(0, 10), readAuthoritySettings(context.db).retentionDays);
  if (compareIsoDates(localIsoDate(context.now()), removableFrom) < 0) {
    throw new ConflictError('This conference is kept on this computer until its retention period ends.');
  }
  const at = context.now().toISOString();
  context.db
    .transaction(() => {
      removeConferenceRecords(context.db, conferenceId);
      appendAudit(context.db, { at, actor: context.actor, action: 'delete', entity: 'conference-retention', entityId: conferenceId, conferenceId });
    })
    .immediate();
  return listRetention(context);
}
