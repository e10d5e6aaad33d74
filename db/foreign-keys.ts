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

export interface ColumnInfo {
  readonly name: string;
  /** The declared type: TEXT, INTEGER, REAL, BLOB or ANY in a STRICT table. */
  readonly type: string;
  readonly notNull: boolean;
  /** Position in the primary key, from 1; 0 when not part of it. */
  readonly pk: number;
}

/** The stored columns with their declared types. */
export function columnInfo(db: Db, table: string): ColumnInfo[] {
  return (db.prepare('SELECT name, type, "notnull" AS not_null, pk FROM pragma_table_xinfo(?) WHERE hidden = 0').all(table) as { name: string; type: string; not_null: number; pk: number }[]).map(
    (column) => ({ name: column.name, type: column.type.toUpperCase(), notNull: column.not_null === 1, pk: column.pk }),
  );
}

/** The column that is the table's rowid (an INTEGER PRIMARY KEY, numbered by each database), if any. */
export function rowidKey(db: Db, table: string): string | null {
  const keys = columnInfo(db, table).filter((column) => column.pk > 0);
  return keys.length === 1 && keys[0]?.type === 'INTEGER' ? keys[0].name : null;
}

/**
 * A table's rows in an order where a row comes before any row of the same table it points at:
 * the order to remove them in, so each can go without breaking a link or a check on the way (a
 * safety goal must keep its danger statement for as long as it exists). Reversed, the order to
 * add them in.
 */
export function pointersFirst<Row extends Readonly<Record<string, unknown>>>(rows: readonly Row[], selfKeys: readonly ForeignKey[]): Row[] {
  if (selfKeys.length === 0) return [...rows];
  const depth = new Map<Row, number>();
  const byTarget = (fk: ForeignKey, value: unknown) => rows.find((row) => row[fk.to] === value);
  const depthOf = (row: Row, path: Set<Row>): number => {
    const known = depth.get(row);
    if (known !== undefined) return known;
    if (path.has(row)) return 0;
    path.add(row);
    let deepest = 0;
    for (const fk of selfKeys) {
      const target = row[fk.from] === null || row[fk.from] === undefined ? undefined : byTarget(fk, row[fk.from]);
      if (target) deepest = Math.max(deepest, depthOf(target, path) + 1);
    }
    depth.set(row, deepest);
    return deepest;
  };
  return [...rows].sort((a, b) => depthOf(b, new Set()) - depthOf(a, new Set()));
}
