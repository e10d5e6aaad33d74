import type { Db } from '../open';

/** Each child decided on at each held conference (the conference's subjects), for the SSD tables. */
export interface SsdSourceRow {
  readonly conference_id: string;
  readonly type: 'initial' | 'review' | 'pre-birth-initial' | 'transfer-in';
  readonly held_on: string;
  readonly team: string;
  readonly child_id: string;
  readonly cms_person_id: string;
  readonly outcome: string;
  readonly instead: string | null;
  readonly categories: string;
}

export function ssdSourceRows(db: Db): SsdSourceRow[] {
  return db
    .prepare(
      `SELECT c.id AS conference_id, c.type, coalesce(c.held_date, c.scheduled_date) AS held_on, c.team,
         ch.id AS child_id, ch.cms_person_id, d.outcome, d.instead, d.categories
       FROM conference c JOIN child ch ON ch.family_id = c.family_id
         JOIN decision d ON d.conference_id = c.id AND d.child_id = ch.id
       WHERE c.held_date IS NOT NULL OR c.status = 'finalised'
       ORDER BY held_on, c.id, ch.position`,
    )
    .all() as SsdSourceRow[];
}
