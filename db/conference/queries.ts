import type { Db } from '../open';
import type { ConferenceStatus, ConferenceType } from '../../shared/conference/schema';

export interface ChildRow {
  readonly id: string;
  readonly family_id: string;
  readonly given_name: string;
  readonly family_name: string;
  readonly date_of_birth: string | null;
  readonly expected_delivery_date: string | null;
  readonly position: number;
}

export interface ConferenceRow {
  readonly id: string;
  readonly family_id: string;
  readonly type: ConferenceType;
  readonly status: ConferenceStatus;
  readonly scheduled_date: string;
  readonly scheduled_time: string;
  readonly created_at: string;
  readonly updated_at: string;
}

export function insertFamily(db: Db, family: { id: string; createdAt: string }): void {
  db.prepare('INSERT INTO family (id, created_at) VALUES (?, ?)').run(family.id, family.createdAt);
}

export function insertChild(db: Db, child: ChildRow & { readonly created_at: string }): void {
  db.prepare(
    `INSERT INTO child (id, family_id, given_name, family_name, date_of_birth, expected_delivery_date, position, created_at)
     VALUES (@id, @family_id, @given_name, @family_name, @date_of_birth, @expected_delivery_date, @position, @created_at)`,
  ).run(child);
}

export function insertConference(db: Db, conference: ConferenceRow): void {
  db.prepare(
    `INSERT INTO conference (id, family_id, type, status, scheduled_date, scheduled_time, created_at, updated_at)
     VALUES (@id, @family_id, @type, @status, @scheduled_date, @scheduled_time, @created_at, @updated_at)`,
  ).run(conference);
}

export function findConference(db: Db, id: string): ConferenceRow | undefined {
  return db.prepare('SELECT * FROM conference WHERE id = ?').get(id) as ConferenceRow | undefined;
}

/** Soonest first, so the chair sees what is coming next. */
export function listConferences(db: Db): readonly ConferenceRow[] {
  return db
    .prepare('SELECT * FROM conference ORDER BY scheduled_date, scheduled_time, created_at')
    .all() as ConferenceRow[];
}

export function listChildrenOfFamily(db: Db, familyId: string): readonly ChildRow[] {
  return db.prepare('SELECT * FROM child WHERE family_id = ? ORDER BY position').all(familyId) as ChildRow[];
}

/** Children of many families in one query (the home screen lists every conference at once). */
export function listChildrenOfFamilies(db: Db, familyIds: readonly string[]): ReadonlyMap<string, ChildRow[]> {
  const byFamily = new Map<string, ChildRow[]>();
  if (familyIds.length === 0) return byFamily;
  const rows = db
    .prepare('SELECT child.* FROM child WHERE family_id IN (SELECT value FROM json_each(?)) ORDER BY family_id, position')
    .all(JSON.stringify(familyIds)) as ChildRow[];
  for (const row of rows) {
    const list = byFamily.get(row.family_id) ?? [];
    list.push(row);
    byFamily.set(row.family_id, list);
  }
  return byFamily;
}
