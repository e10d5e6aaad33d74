import { appendAudit } from '../../db/audit/queries';
import { clearFamilyMode, readFamilyMode, writeFamilyMode } from '../../db/family-mode/queries';
import type { Db } from '../../db/open';
import { ConflictError } from '../../shared/contract/result';
import type { FamilyModeState } from '../../shared/feedback/schema';
import type { HandlerContext } from './context';
import { existingConference } from './guard';

/**
 * Family mode (issue 17): at the end of the meeting the chair hands the laptop to the family, and
 * Confer shows only the feedback form. The dispatcher (bind.ts) refuses every other call while it
 * is on, as the app lock does, so navigating or calling the API cannot open the record; it is
 * kept in the database, so a reload or a restart does not end it. Only the app's passphrase does.
 */
export function familyModeState(db: Db): FamilyModeState {
  const stored = readFamilyMode(db);
  return stored ? { active: true, conferenceId: stored.conferenceId, startedAt: stored.startedAt } : { active: false, conferenceId: null, startedAt: null };
}

export function isInFamilyMode(db: Db): boolean {
  return readFamilyMode(db) !== undefined;
}

export function getFamilyMode(context: HandlerContext): FamilyModeState {
  return familyModeState(context.db);
}

/** Needs a passphrase to exist: without one, nobody could leave family mode. */
export function startFamilyMode(context: HandlerContext, conferenceId: string): FamilyModeState {
  existingConference(context, conferenceId);
  if (!context.appLock.state().hasPassphrase) {
    throw new ConflictError('Set a passphrase in Data on this computer first: leaving family mode needs it.');
  }
  const at = context.now().toISOString();
  context.db.transaction(() => {
    if (readFamilyMode(context.db)) throw new ConflictError('Confer is already in family mode.');
    writeFamilyMode(context.db, { conferenceId, startedAt: at });
    appendAudit(context.db, { at, actor: context.actor, action: 'create', entity: 'family-mode', entityId: conferenceId, conferenceId });
  })();
  return familyModeState(context.db);
}

/** The passphrase, checked as the lock checks it (wrong ones count towards the pause). */
export function leaveFamilyMode(context: HandlerContext, passphrase: string): FamilyModeState {
  const stored = readFamilyMode(context.db);
  if (!stored) return familyModeState(context.db);
  context.appLock.verify(passphrase);
  const at = context.now().toISOString();
  context.db.transaction(() => {
    clearFamilyMode(context.db);
    appendAudit(context.db, { at, actor: context.actor, action: 'delete', entity: 'family-mode', entityId: stored.conferenceId, conferenceId: stored.conferenceId });
  })();
  return familyModeState(context.db);
}
