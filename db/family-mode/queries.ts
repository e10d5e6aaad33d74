import type { Db } from '../open';

/**
 * Family mode (migration 0028): one row while it is on. Kept in the database, so closing and
 * opening Confer again, or reloading the window, does not end it.
 */
export interface StoredFamilyMode {
  readonly conferenceId: string;
  readonly startedAt: string;
}

export function readFamilyMode(db: Db): StoredFamilyMode | undefined {
  return db.prepare('SELECT conference_id AS conferenceId, started_at AS startedAt FROM family_mode WHERE id = 1').get() as StoredFamilyMode | undefined;
}

export function writeFamilyMode(db: Db, mode: StoredFamilyMode): void {
  db.prepare('INSERT INTO family_mode (id, conference_id, started_at) VALUES (1, ?, ?)').run(mode.conferenceId, mode.startedAt);
}

export function clearFamilyMode(db: Db): void {
  db.prepare('DELETE FROM family_mode WHERE id = 1').run();
}
