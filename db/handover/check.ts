import { entityId } from '../../shared/text/fields';
import { columnInfo, foreignKeys, type ColumnInfo, type ForeignKey } from '../foreign-keys';
import type { Db } from '../open';
import { isCarried, isFamilyTable } from './family-tables';
import { JSON_COLUMNS, validJson } from './row-schemas';
import { peopleNamed, TABLE_OF, type NamedId } from './named-ids';
import { acceptableText } from './values';
import { carriedTables, type Row, type TableRows } from './rows';

/**
 * Why a package is refused, in words safe to show: a package is refused as a whole, before
 * anything is written, and the message never repeats what the package holds.
 */
export const REFUSALS = {
  shape: 'This package does not match this version of Confer’s records, so nothing was imported.',
  notCarried: 'This package holds records a handover never carries (such as settings, the app lock, the audit trail or retention marks), so nothing was imported.',
  notTheFamily: 'This package holds records that do not belong to the family it is about, so nothing was imported.',
  someoneElse: 'This package holds records that are already on this computer for another family, so nothing was imported.',
  finalisedHere: 'This package would add to a conference that is finalised on this computer, so nothing was imported. Corrections to a finalised conference travel as amendments.',
  finalisedThere:
    'This package holds a conference that has been finalised since it came to this computer. A handover never changes records already here, so nothing was imported.',
  doesNotFit: 'This package does not fit the records on this computer, so nothing was imported.',
  unsafeText:
    'This package holds text Confer would not save (hidden or control characters, text far too long, or a date, time or choice that does not exist), so nothing was imported.',
  acrossConferences: 'This package holds records that point into a different conference from their own, so nothing was imported.',
  tooLarge: 'This package holds more records than a family’s handover ever could, so nothing was imported.',
  notSignedOff: 'This package holds a conference marked finalised that could not have been signed off (something the sign-off needs is missing), so nothing was imported.',
  outOfTime: 'This package holds a correction or a record of what was sent dated before its conference was finalised, or in the future, so nothing was imported.',
} as const;

export class HandoverRefusedError extends Error {
  constructor(readonly reason: keyof typeof REFUSALS) {
    super(REFUSALS[reason]);
    this.name = 'HandoverRefusedError';
  }
}

/**
 * Checks a package's rows on their own, before anything is looked up here: only carried tables;
 * each row exactly the table's columns, of the declared types, JSON as the contract allows; and
 * every row belonging to the package's family, reached by following foreign keys from it, with
 * the professionals only those rows point at.
 */
export function checkPackageRows(db: Db, familyId: string, conferenceId: string, tables: TableRows): void {
  for (const table of Object.keys(tables)) if (!isCarried(table)) throw new HandoverRefusedError('notCarried');
  for (const rows of Object.values(tables)) if (rows.length > MAX_ROWS_PER_TABLE) throw new HandoverRefusedError('tooLarge');
  for (const [table, rows] of Object.entries(tables)) {
    const info = columnInfo(db, table);
    for (const row of rows) checkColumns(table, info, row, new Set(foreignKeys(db, table).map((fk) => fk.from)));
  }
  const named = peopleNamed(tables);
  checkBelongs(db, familyId, conferenceId, tables, named);
  checkNamedPeople(db, tables, named);
  checkSameConference(db, tables);
}

/**
 * A family member or child named inside a record is one of the package's family, so a marking
 * keeps its text from exactly the people it names here; a professional named is one the package
 * brings or one already on this computer.
 */
function checkNamedPeople(db: Db, tables: TableRows, named: readonly NamedId[]): void {
  const held = (table: string) => new Set((tables[table] ?? []).map((row) => row['id']));
  const inPackage = { 'family-member': held(TABLE_OF['family-member']), child: held(TABLE_OF.child), professional: held(TABLE_OF.professional) };
  const professionalHere = db.prepare('SELECT 1 FROM professional WHERE id = ?').pluck();
  for (const { kind, id } of named) {
    if (inPackage[kind].has(id)) continue;
    if (kind === 'professional' && professionalHere.get(id) !== undefined) continue;
    throw new HandoverRefusedError('notTheFamily');
  }
}

/** Far more rows of one table than one family's records could hold (a conference has tens). */
export const MAX_ROWS_PER_TABLE = 50_000;

function checkColumns(table: string, info: readonly ColumnInfo[], row: Row, pointers: ReadonlySet<string>): void {
  const names = Object.keys(row);
  if (names.length !== info.length || names.some((name) => !info.some((column) => column.name === name))) throw new HandoverRefusedError('shape');
  for (const column of info) {
    const value = row[column.name];
    if (value === null || value === undefined) {
      if (column.notNull || column.pk > 0) {
        if (!(column.pk > 0 && column.type === 'INTEGER')) throw new HandoverRefusedError('shape');
      }
      continue;
    }
    const typed = column.type === 'INTEGER' ? Number.isSafeInteger(value) : column.type === 'REAL' ? typeof value === 'number' : column.type === 'TEXT' ? typeof value === 'string' : false;
    if (!typed) throw new HandoverRefusedError('shape');
    // Every record's id, and every reference to one, is an id the application made.
    if (column.type === 'TEXT' && (column.name === 'id' || pointers.has(column.name)) && !entityId.safeParse(value).success) throw new HandoverRefusedError('shape');
    if (!validJson(table, column.name, value)) throw new HandoverRefusedError('shape');
    // Every other text is checked as the forms check it (values.ts).
    if (typeof value === 'string' && column.name !== 'id' && !pointers.has(column.name) && !JSON_COLUMNS[table]?.[column.name] && !acceptableText(table, column.name, value)) {
      throw new HandoverRefusedError('unsafeText');
    }
  }
}

/** Every row reached from the family through its foreign keys, every pointer inside the package. */
function checkBelongs(db: Db, familyId: string, conferenceId: string, tables: TableRows, named: readonly NamedId[]): void {
  const families = tables['family'] ?? [];
  if (families.length !== 1 || families[0]?.['id'] !== familyId) throw new HandoverRefusedError('notTheFamily');
  if (!(tables['conference'] ?? []).some((row) => row['id'] === conferenceId)) throw new HandoverRefusedError('notTheFamily');

  const values = new Map<string, Set<unknown>>();
  const valuesOf = (table: string, column: string) => {
    const key = `${table}.${column}`;
    let found = values.get(key);
    if (!found) {
      found = new Set((tables[table] ?? []).map((row) => row[column]));
      values.set(key, found);
    }
    return found;
  };
  // A professional named only inside a record (an action's owner, say) travels too.
  const pointedAt = new Set<unknown>(named.filter((person) => person.kind === 'professional').map((person) => person.id));
  for (const table of carriedTables(db)) {
    if (table === 'family' || !isFamilyTable(table)) continue;
    const keys = foreignKeys(db, table).filter((fk) => isCarried(fk.table));
    for (const row of tables[table] ?? []) {
      if (!belongs(table, row, keys, valuesOf, pointedAt)) throw new HandoverRefusedError('notTheFamily');
    }
  }
  // A professional travels only because the family's records point at them.
  for (const row of tables['professional'] ?? []) if (!pointedAt.has(row['id'])) throw new HandoverRefusedError('notTheFamily');
}

/**
 * A row belongs when it hangs from the family's records through at least one foreign key, and
 * every foreign key it has leads to a row of this package: its parents in the family (checked
 * before it, parents first), a row of its own table, or a professional the package brings.
 */
function belongs(table: string, row: Row, keys: readonly ForeignKey[], valuesOf: (table: string, column: string) => Set<unknown>, pointedAt: Set<unknown>): boolean {
  let anchored = false;
  for (const fk of keys) {
    const value = row[fk.from];
    if (value === null || value === undefined) continue;
    if (!valuesOf(fk.table, fk.to).has(value)) return false;
    if (fk.table === 'professional') pointedAt.add(value);
    else if (fk.table !== table) anchored = true;
  }
  return anchored;
}

/**
 * A row that is part of a conference points only at rows of the same conference: a contribution
 * at its own conference's agenda items and reports, a rating at its own conference's statements,
 * and so on. Otherwise removing one conference at the end of its retention would take rows of
 * another with it, and a record would show what was said at another meeting. (A conference's link
 * to the conference before it is the one pointer between conferences.)
 */
function checkSameConference(db: Db, tables: TableRows): void {
  const indexes = new Map<string, Map<unknown, Row>>();
  const index = (table: string, column: string) => {
    const key = `${table}.${column}`;
    let found = indexes.get(key);
    if (!found) {
      found = new Map((tables[table] ?? []).map((row) => [row[column], row]));
      indexes.set(key, found);
    }
    return found;
  };
  const keysOf = new Map<string, ForeignKey[]>();
  const keys = (table: string) => {
    let found = keysOf.get(table);
    if (!found) {
      found = foreignKeys(db, table).filter((fk) => fk.table !== 'professional' && isCarried(fk.table));
      keysOf.set(table, found);
    }
    return found;
  };
  const known = new Map<Row, string | null>();
  // The conference a row is part of: its own column, or its parent's (rows are checked to hang
  // from the family first, so a chain of parents ends).
  const conferenceOf = (table: string, row: Row, depth = 0): string | null => {
    if (table === 'conference') return typeof row['id'] === 'string' ? row['id'] : null;
    if (typeof row['conference_id'] === 'string') return row['conference_id'];
    if (known.has(row)) return known.get(row) ?? null;
    let found: string | null = null;
    if (depth < 20) {
      for (const fk of keys(table)) {
        if (fk.table === table || fk.table === 'family') continue;
        const parent = index(fk.table, fk.to).get(row[fk.from]);
        found = parent ? conferenceOf(fk.table, parent, depth + 1) : null;
        if (found !== null) break;
      }
    }
    known.set(row, found);
    return found;
  };
  for (const [table, rows] of Object.entries(tables)) {
    if (!isFamilyTable(table)) continue;
    for (const fk of keys(table)) {
      if (table === 'conference' && fk.table === 'conference') continue;
      for (const row of rows) {
        const value = row[fk.from];
        if (value === null || value === undefined) continue;
        const own = conferenceOf(table, row);
        const target = index(fk.table, fk.to).get(value);
        if (own === null || !target) continue;
        const theirs = conferenceOf(fk.table, target);
        if (theirs !== null && theirs !== own) throw new HandoverRefusedError('acrossConferences');
      }
    }
  }
}
