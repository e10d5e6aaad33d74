import type { Restriction } from '../../shared/audience/restriction';
import { markingText, readMarking } from '../audience/markings';
import type { Db } from '../open';

export interface StoredFamilyReason {
  readonly reason: string;
  readonly restriction: Restriction;
  readonly updatedAt: string;
}

/** The chair's reason for the conference, for the family's information pack (migration 0028). */
export function readFamilyReason(db: Db, conferenceId: string): StoredFamilyReason | undefined {
  const row = db.prepare('SELECT reason, restriction, updated_at AS updatedAt FROM conference_family_reason WHERE conference_id = ?').get(conferenceId) as
    | { reason: string; restriction: string; updatedAt: string }
    | undefined;
  return row && { reason: row.reason, restriction: readMarking(row.restriction), updatedAt: row.updatedAt };
}

export function writeFamilyReason(db: Db, conferenceId: string, reason: string, restriction: Restriction, at: string): void {
  db.prepare(
    `INSERT INTO conference_family_reason (conference_id, reason, restriction, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (conference_id) DO UPDATE SET reason = excluded.reason, restriction = excluded.restriction, updated_at = excluded.updated_at`,
  ).run(conferenceId, reason, markingText(restriction), at);
}
