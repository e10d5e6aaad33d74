import type { Db } from './open';

/**
 * The schema as SQLite describes it: tables, their columns, keys and foreign keys. Handover and
 * retention both walk a family's records by their foreign keys, so tables added later are found
 * without being listed in either.
 */
export interface ForeignKey {
  /** The table pointed at. */
  readonly table: string;
  /** The column that points. */
  readonly from: string;
  /** The column pointed at. */
  readonly to: string;
}

export const quote = (identifier: string): string => `"${identifier.replace(/"/g, '""')}"`;

export function tableNames(db: Db): string[] {
  return db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
}

export function foreignKeys(db: Db, table: string): ForeignKey[] {
  return (db.prepare(`SELECT "table", "from", "to" FROM pragma_foreign_key_list(?)`).all(table) as ForeignKey[]).map((fk) => ({ ...fk, to: fk.to ?? 'id' }));
}

/** The stored columns (not generated ones), in the table's order. */
export function columns(db: Db, table: string): string[] {
  return db.prepare('SELECT name FROM pragma_table_xinfo(?) WHERE hidden = 0').pluck().all(table) as string[];
}

export function primaryKey(db: Db, table: string): string[] {
  const keys = db.prepare('SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk').pluck().all(table) as string[];
  return keys.length > 0 ? keys : ['rowid'];
}

/** The tables given, in an order where every table comes after the tables it points at. */
export function parentsFirst(db: Db, tables: readonly string[]): string[] {
  const ordered: string[] = [];
  const visit = (table: string, path: Set<string>) => {
    if (ordered.includes(table) || path.has(table)) return;
    path.add(table);
    for (const fk of foreignKeys(db, table)) if (fk.table !== table && tables.includes(fk.table)) visit(fk.table, path);
    ordered.push(table);
  };
  for (const table of tables) visit(table, new Set());
  return ordered;
}
