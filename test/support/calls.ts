import type { Application } from '../../electron/handlers/app';
import type { CallName, CallOutput } from '../../shared/contract/contract';
import type { ApiError } from '../../shared/contract/result';
import { trusted } from './app';

/** Calls through the same wrapper the hosts use; returns the value or fails the test with the error kind. */
export async function ok<K extends CallName>(app: Application, name: K, input: unknown): Promise<CallOutput<K>> {
  const result = await app.dispatch(name, input, trusted);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.kind} ${result.error.message} ${JSON.stringify(result.error.fields ?? {})}`);
  return result.value as CallOutput<K>;
}

/** Calls and expects a refusal; returns the error. */
export async function refused(app: Application, name: CallName, input: unknown): Promise<ApiError> {
  const result = await app.dispatch(name, input, trusted);
  if (result.ok) throw new Error(`${name} was expected to be refused`);
  return result.error;
}

/** A snapshot of every table except the audit trail, to show a refused call changed nothing. */
export function databaseSnapshot(app: Application): string {
  const tables = app.db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'audit_event' ORDER BY name")
    .pluck()
    .all() as string[];
  return JSON.stringify(tables.map((table) => [table, app.db.prepare(`SELECT * FROM "${table}"`).all()]));
}

/**
 * Marks the conference held when it was booked (its date is past in these tests), then finalises
 * it: since issue 15 only a conference marked held can be finalised.
 */
export async function finaliseHeld(app: Application, conferenceId: string): Promise<CallOutput<'finaliseConference'>> {
  const conference = await ok(app, 'getConference', { conferenceId });
  if (conference.held === null) {
    await ok(app, 'markConferenceHeld', { conferenceId, held: { date: conference.details.scheduledDate, time: conference.details.scheduledTime } });
  }
  return ok(app, 'finaliseConference', { conferenceId });
}
