import { columns, foreignKeys, parentsFirst, pointersFirst, primaryKey, quote, tableNames, type ForeignKey } from '../foreign-keys';
import type { Db } from '../open';

export interface ExportRow {
  readonly conference_id: string;
  readonly exported_at: string;
}

export function markExported(db: Db, conferenceId: string, at: string, actor: string): void {
  db.prepare('INSERT OR IGNORE INTO cms_export (conference_id, exported_at, exported_by) VALUES (?, ?, ?)').run(conferenceId, at, actor);
}

export function listExports(db: Db): readonly ExportRow[] {
  return db.prepare('SELECT conference_id, exported_at FROM cms_export ORDER BY exported_at').all() as ExportRow[];
}

export function findExport(db: Db, conferenceId: string): ExportRow | undefined {
  return db.prepare('SELECT conference_id, exported_at FROM cms_export WHERE conference_id = ?').get(conferenceId) as ExportRow | undefined;
}

/** The conferences removed here at the end of their retention, as the audit trail records them. */
export function conferencesRemovedAtRetention(db: Db): string[] {
  return db.prepare("SELECT DISTINCT entity_id FROM audit_event WHERE action = 'delete' AND entity = 'conference-retention' AND entity_id IS NOT NULL").pluck().all() as string[];
}

/**
 * Removes a conference as retention does: with its family when it is the family's only
 * conference here. Returns false when the conference is not here. Call inside a transaction.
 */
export function removeConferenceRecords(db: Db, conferenceId: string): boolean {
  const familyId = db.prepare('SELECT family_id FROM conference WHERE id = ?').pluck().get(conferenceId) as string | undefined;
  if (familyId === undefined) return false;
  const conferences = db.prepare('SELECT count(*) FROM conference WHERE family_id = ?').pluck().get(familyId) as number;
  if (conferences === 1) removeWithDescendants(db, 'family', familyId, conferenceId);
  else removeWithDescendants(db, 'conference', conferenceId, conferenceId);
  return true;
}

/** Shared across families, or about the computer rather than a family: never removed with one. */
const SHARED = new Set(['professional', 'audit_event', 'authority_settings', 'agenda_template_item', 'retention_removal']);

type Row = Record<string, unknown>;

/**
 * Removes a record and everything that hangs from it (rows whose foreign keys lead back to it),
 * in dependency order: children before parents, and within a table a row before the row it points
 * at (a safety goal before its danger statement, a review before the conference it reviews). Only
 * a row staying here that points at one removed (a later review of a removed conference) has that
 * link cleared. Used only for retention: the removal marker names the conference being removed,
 * so the sign-off lock stands aside for its rows alone, inside this one transaction.
 */
export function removeWithDescendants(db: Db, table: 'conference' | 'family', id: string, conferenceId: string): number {
  const order = parentsFirst(db, tableNames(db).filter((t) => !SHARED.has(t)));
  const keysOf = new Map(order.map((t) => [t, foreignKeys(db, t)]));
  const found = findDescendants(db, order, keysOf, table, id);

  db.prepare('INSERT INTO retention_removal (conference_id) VALUES (?)').run(conferenceId);
  for (const t of order) {
    const rows = [...(found.get(t)?.values() ?? [])];
    for (const fk of (keysOf.get(t) ?? []).filter((f) => f.table === t)) {
      const gone = rows.map((row) => row[fk.to]);
      const removedRows = rows.map((row) => row['rowid']);
      db.prepare(`UPDATE ${quote(t)} SET ${quote(fk.from)} = NULL WHERE ${quote(fk.from)} IN (SELECT value FROM json_each(?)) AND rowid NOT IN (SELECT value FROM json_each(?))`).run(
        JSON.stringify(gone),
        JSON.stringify(removedRows),
      );
    }
  }
  let removed = 0;
  for (const t of [...order].reverse()) {
    const rows = found.get(t);
    if (!rows) continue;
    const remove = db.prepare(`DELETE FROM ${quote(t)} WHERE rowid = ?`);
    for (const row of pointersFirst([...rows.values()], (keysOf.get(t) ?? []).filter((f) => f.table === t))) {
      removed += remove.run(row['rowid'] as number).changes;
    }
  }
  db.prepare('DELETE FROM retention_removal WHERE conference_id = ?').run(conferenceId);
  return removed;
}

/** Every row to remove, by table, walking down from the root through foreign keys. */
function findDescendants(db: Db, order: readonly string[], keysOf: ReadonlyMap<string, readonly ForeignKey[]>, table: string, id: string): Map<string, Map<string, Row>> {
  const select = (t: string) => `SELECT rowid AS rowid, ${[...new Set([...primaryKey(db, t), ...columns(db, t)])].filter((c) => c !== 'rowid').map(quote).join(', ')} FROM ${quote(t)}`;
  const found = new Map<string, Map<string, Row>>();
  const add = (t: string, rows: readonly Row[]) => {
    const map = found.get(t) ?? new Map<string, Row>();
    let grew = false;
    for (const row of rows) {
      const key = String(row['rowid']);
      if (!map.has(key)) {
        map.set(key, row);
        grew = true;
      }
    }
    found.set(t, map);
    return grew;
  };
  add(table, db.prepare(`${select(table)} WHERE id = ?`).all(id) as Row[]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const t of order) {
      for (const fk of keysOf.get(t) ?? []) {
        // A review pointing at an earlier conference is not part of it: that link is cleared instead.
        if (fk.table === t) continue;
        const parents = [...(found.get(fk.table)?.values() ?? [])].map((row) => row[fk.to]).filter((v) => v !== undefined && v !== null);
        if (parents.length === 0) continue;
        const rows = db.prepare(`${select(t)} WHERE ${quote(fk.from)} IN (SELECT value FROM json_each(?))`).all(JSON.stringify(parents)) as Row[];
        if (add(t, rows)) grew = true;
      }
    }
  }
  return found;
}
