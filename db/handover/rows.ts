import type { Db } from '../open';

/**
 * Moving one family's records between two copies of Confer (the minute-taker's laptop and the
 * chair's). The set of rows is found by following foreign keys from the family, so tables added
 * by later migrations travel too without being listed here.
 */
export type TableRows = Readonly<Record<string, readonly Record<string, unknown>[]>>;

interface ForeignKey {
  readonly table: string;
  readonly from: string;
  readonly to: string;
}

/** Tables never carried: the audit trail stays with the machine it describes; settings are per authority. */
const NOT_CARRIED = new Set(['audit_event', 'authority_settings', 'agenda_template_item']);

/**
 * Shared across families: carried when a family's rows point at them, but never followed
 * downwards, or a professional would pull in every other family they work with.
 */
const SHARED = new Set(['professional']);

function tables(db: Db): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[]).filter(
    (name) => !NOT_CARRIED.has(name),
  );
}

function foreignKeys(db: Db, table: string): ForeignKey[] {
  return (db.prepare(`SELECT "table", "from", "to" FROM pragma_foreign_key_list(?)`).all(table) as ForeignKey[]).map((fk) => ({ ...fk, to: fk.to ?? 'id' }));
}

export function columns(db: Db, table: string): string[] {
  return (db.prepare('SELECT name FROM pragma_table_xinfo(?) WHERE hidden = 0').pluck().all(table) as string[]);
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/** Every row that belongs to the family, and every row those rows point at (professionals). */
export function collectFamilyRows(db: Db, familyId: string): TableRows {
  const all = tables(db);
  const keysByTable = new Map(all.map((table) => [table, foreignKeys(db, table)]));
  const rows = new Map<string, Map<string, Record<string, unknown>>>();
  const add = (table: string, found: Record<string, unknown>[]) => {
    const map = rows.get(table) ?? new Map<string, Record<string, unknown>>();
    let added = 0;
    for (const row of found) {
      const key = JSON.stringify(row);
      if (!map.has(key)) {
        map.set(key, row);
        added++;
      }
    }
    rows.set(table, map);
    return added;
  };
  const selectable = (table: string) => columns(db, table).map(quote).join(', ');
  add('family', db.prepare(`SELECT ${selectable('family')} FROM family WHERE id = ?`).all(familyId) as Record<string, unknown>[]);

  // Follow references both ways until nothing new is found: children of what we hold (rows that
  // point at it) and parents it needs (rows it points at, such as professionals).
  for (let changed = true; changed; ) {
    changed = false;
    for (const table of all) {
      for (const fk of keysByTable.get(table) ?? []) {
        const held = [...(rows.get(fk.table)?.values() ?? [])].map((row) => row[fk.to]).filter((v) => v !== null && v !== undefined);
        if (held.length > 0 && table !== 'family' && !SHARED.has(fk.table)) {
          const found = db
            .prepare(`SELECT ${selectable(table)} FROM ${quote(table)} WHERE ${quote(fk.from)} IN (SELECT value FROM json_each(?))`)
            .all(JSON.stringify(held)) as Record<string, unknown>[];
          if (add(table, found) > 0) changed = true;
        }
        const pointers = [...(rows.get(table)?.values() ?? [])].map((row) => row[fk.from]).filter((v) => v !== null && v !== undefined);
        if (pointers.length > 0 && fk.table !== 'family' && !NOT_CARRIED.has(fk.table)) {
          const parents = db
            .prepare(`SELECT ${selectable(fk.table)} FROM ${quote(fk.table)} WHERE ${quote(fk.to)} IN (SELECT value FROM json_each(?))`)
            .all(JSON.stringify(pointers)) as Record<string, unknown>[];
          if (add(fk.table, parents) > 0) changed = true;
        }
      }
    }
  }
  return Object.fromEntries([...rows].map(([table, map]) => [table, [...map.values()]]));
}

/** Tables in an order where every row's parents come first. */
export function insertionOrder(db: Db): string[] {
  const all = tables(db);
  const ordered: string[] = [];
  const visit = (table: string, path: Set<string>) => {
    if (ordered.includes(table) || path.has(table)) return;
    path.add(table);
    for (const fk of foreignKeys(db, table)) if (fk.table !== table && all.includes(fk.table)) visit(fk.table, path);
    ordered.push(table);
  };
  for (const table of all) visit(table, new Set());
  return ordered;
}

export class HandoverShapeError extends Error {
  constructor() {
    super('This package does not match this version of Confer’s records, so nothing was imported.');
    this.name = 'HandoverShapeError';
  }
}

/**
 * Inserts the rows, skipping any already here (same id), so importing a package twice changes
 * nothing the second time. Unknown tables or columns refuse the whole package. Returns how many
 * rows were new.
 */
export function insertRows(db: Db, rows: TableRows, prepareRow?: (table: string, row: Record<string, unknown>) => Record<string, unknown>): number {
  const order = insertionOrder(db);
  for (const table of Object.keys(rows)) if (!order.includes(table)) throw new HandoverShapeError();
  let inserted = 0;
  for (const table of order) {
    const list = rows[table];
    if (!list || list.length === 0) continue;
    const known = new Set(columns(db, table));
    // Earlier rows first, so a review follows the conference it reviews.
    const sorted = [...list].sort((a, b) => String(a['created_at'] ?? '').localeCompare(String(b['created_at'] ?? '')));
    for (const original of sorted) {
      const row = prepareRow ? prepareRow(table, original) : original;
      const names = Object.keys(row);
      if (names.some((name) => !known.has(name))) throw new HandoverShapeError();
      const result = db
        .prepare(`INSERT OR IGNORE INTO ${quote(table)} (${names.map(quote).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`)
        .run(...names.map((name) => row[name] as string | number | null));
      inserted += result.changes;
    }
  }
  return inserted;
}
