import { columns, insertionOrder } from '../handover/rows';
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

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;
/** Shared across families: never removed with one of them. */
const SHARED = new Set(['professional', 'audit_event', 'authority_settings', 'agenda_template_item', 'retention_removal']);

/**
 * Removes a record and everything that hangs from it (rows whose foreign keys lead back to it),
 * children before parents. Used only for retention: the removal marker lets the sign-off lock
 * stand aside, inside this one transaction.
 */
export function removeWithDescendants(db: Db, table: 'conference' | 'family', id: string, conferenceId: string): number {
  const order = insertionOrder(db).filter((t) => !SHARED.has(t));
  const children = new Map(
    order.map((t) => [t, db.prepare(`SELECT "table" AS parent, "from" AS column, coalesce("to", 'id') AS target FROM pragma_foreign_key_list(?)`).all(t) as { parent: string; column: string; target: string }[]]),
  );
  // Find every row to remove, by primary key, walking down from the root.
  const found = new Map<string, Map<string, Record<string, unknown>>>([[table, new Map([[id, { id }]])]]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const t of order) {
      for (const fk of children.get(t) ?? []) {
        // A review pointing at an earlier conference is not part of it: that link is cleared below.
        if (fk.parent === t) continue;
        const parents = [...(found.get(fk.parent)?.values() ?? [])].map((row) => row[fk.target]).filter((v) => v !== undefined);
        if (parents.length === 0) continue;
        const keys = primaryKey(db, t);
        const rows = db
          .prepare(`SELECT ${[...new Set([...keys, ...columns(db, t)])].map(quote).join(', ')} FROM ${quote(t)} WHERE ${quote(fk.column)} IN (SELECT value FROM json_each(?))`)
          .all(JSON.stringify(parents)) as Record<string, unknown>[];
        const map = found.get(t) ?? new Map<string, Record<string, unknown>>();
        for (const row of rows) {
          const key = JSON.stringify(keys.map((k) => row[k]));
          if (!map.has(key)) {
            map.set(key, row);
            grew = true;
          }
        }
        found.set(t, map);
      }
    }
  }
  db.prepare('INSERT INTO retention_removal (conference_id) VALUES (?)').run(conferenceId);
  for (const t of order) {
    for (const fk of (children.get(t) ?? []).filter((f) => f.parent === t)) {
      const gone = [...(found.get(t)?.values() ?? [])].map((row) => row[fk.target]);
      db.prepare(`UPDATE ${quote(t)} SET ${quote(fk.column)} = NULL WHERE ${quote(fk.column)} IN (SELECT value FROM json_each(?))`).run(JSON.stringify(gone));
    }
  }
  let removed = 0;
  for (const t of [...order].reverse()) {
    const rows = found.get(t);
    if (!rows) continue;
    const keys = primaryKey(db, t);
    const remove = db.prepare(`DELETE FROM ${quote(t)} WHERE ${keys.map((k) => `${quote(k)} = ?`).join(' AND ')}`);
    for (const row of rows.values()) removed += remove.run(...keys.map((k) => row[k] as string | number | null)).changes;
  }
  db.prepare('DELETE FROM retention_removal').run();
  return removed;
}

function primaryKey(db: Db, table: string): string[] {
  const keys = db.prepare('SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk').pluck().all(table) as string[];
  return keys.length > 0 ? keys : ['rowid'];
}
