import { columns, foreignKeys, parentsFirst, quote } from '../foreign-keys';
import type { Db } from '../open';
import { FAMILY_TABLES, SHARED_TABLES } from './family-tables';
import { peopleNamed } from './named-ids';

/**
 * Moving one family's records between two copies of Confer (the minute-taker's laptop and the
 * chair's). The rows are found by following foreign keys from the family, through the tables a
 * handover carries (family-tables.ts) and no others.
 */
export type Row = Readonly<Record<string, string | number | null>>;
export type TableRows = Readonly<Record<string, readonly Row[]>>;

/** The carried tables, parents first. */
export function carriedTables(db: Db): string[] {
  return parentsFirst(db, [...FAMILY_TABLES, ...SHARED_TABLES]);
}

const isShared = (table: string) => (SHARED_TABLES as readonly string[]).includes(table);

/** Every row that belongs to the family, and every shared row those rows point at (professionals). */
export function collectFamilyRows(db: Db, familyId: string): TableRows {
  const all = carriedTables(db);
  const keysByTable = new Map(all.map((table) => [table, foreignKeys(db, table).filter((fk) => all.includes(fk.table))]));
  const rows = new Map<string, Map<string, Row>>();
  const add = (table: string, found: Row[]) => {
    const map = rows.get(table) ?? new Map<string, Row>();
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
  add('family', db.prepare(`SELECT ${selectable('family')} FROM family WHERE id = ?`).all(familyId) as Row[]);

  // Follow references both ways until nothing new is found: children of what we hold (rows that
  // point at it) and the shared rows it points at (professionals).
  for (let changed = true; changed; ) {
    changed = false;
    for (const table of all) {
      for (const fk of keysByTable.get(table) ?? []) {
        const held = [...(rows.get(fk.table)?.values() ?? [])].map((row) => row[fk.to]).filter((v) => v !== null && v !== undefined);
        if (held.length > 0 && table !== 'family' && !isShared(fk.table) && !isShared(table)) {
          const found = db
            .prepare(`SELECT ${selectable(table)} FROM ${quote(table)} WHERE ${quote(fk.from)} IN (SELECT value FROM json_each(?))`)
            .all(JSON.stringify(held)) as Row[];
          if (add(table, found) > 0) changed = true;
        }
        const pointers = [...(rows.get(table)?.values() ?? [])].map((row) => row[fk.from]).filter((v) => v !== null && v !== undefined);
        if (pointers.length > 0 && isShared(fk.table)) {
          const parents = db
            .prepare(`SELECT ${selectable(fk.table)} FROM ${quote(fk.table)} WHERE ${quote(fk.to)} IN (SELECT value FROM json_each(?))`)
            .all(JSON.stringify(pointers)) as Row[];
          if (add(fk.table, parents) > 0) changed = true;
        }
      }
    }
  }
  const collected = (): TableRows => Object.fromEntries([...rows].filter(([, map]) => map.size > 0).map(([table, map]) => [table, [...map.values()]]));
  // A professional named only inside a record (an action's owner, a rater) travels as well, so
  // the receiving copy knows who they are.
  const named = [...new Set(peopleNamed(collected()).filter((person) => person.kind === 'professional').map((person) => person.id))];
  if (named.length > 0) {
    add('professional', db.prepare(`SELECT ${selectable('professional')} FROM professional WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(named)) as Row[]);
  }
  return collected();
}
