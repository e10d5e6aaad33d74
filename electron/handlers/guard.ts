import { ConflictError, LockedError, NotFoundError } from '../../shared/contract/result';
import { appendAudit, type AuditAction } from '../../db/audit/queries';
import { findConference, touchConference, type ConferenceRow } from '../../db/conference/queries';
import type { HandlerContext } from './context';
import { refreshNextDeadlines } from './next-deadline';

export function existingConference(context: HandlerContext, conferenceId: string): ConferenceRow {
  const row = findConference(context.db, conferenceId);
  if (!row) throw new NotFoundError('This conference');
  return row;
}

/** A finalised conference cannot change (corrections are amendments, recorded separately). */
export function editableConference(context: HandlerContext, conferenceId: string): ConferenceRow {
  const row = existingConference(context, conferenceId);
  if (row.status === 'finalised') {
    throw new LockedError('This conference has been finalised, so it cannot be changed. Record a correction as an amendment instead.');
  }
  return row;
}

/**
 * Runs one change to a conference in a transaction, with its audit row, the conference marked
 * as changed and its stored next deadline kept in step: either all of it is saved or none of it.
 */
export function changeConference(
  context: HandlerContext,
  conferenceId: string,
  audit: { action: AuditAction; entity: string; entityId: string },
  change: (at: string) => void,
): void {
  const at = context.now().toISOString();
  try {
    context.db
      .transaction(() => {
        editableConference(context, conferenceId);
        change(at);
        touchConference(context.db, conferenceId, at);
        // Dates, type, status and reports decide the deadlines: the stored next one keeps in step.
        refreshNextDeadlines(context.db);
        appendAudit(context.db, { at, actor: context.actor, conferenceId, ...audit });
      })
      .immediate();
  } catch (error) {
    throw explainConstraint(error);
  }
}

/**
 * The database's own refusals, said plainly: a record something else still points at (a child
 * with a decision), or a change the sign-off lock refuses. Anything else stays unexpected.
 */
export function explainConstraint(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    return new ConflictError('This cannot be removed because other parts of the record refer to it (for example a decision or a plan action). Change those first.');
  }
  if (code === 'SQLITE_CONSTRAINT_TRIGGER' && error instanceof Error && /finalised/.test(error.message)) {
    return new LockedError('This conference has been finalised, so it cannot be changed. Record a correction as an amendment instead.');
  }
  return error;
}
