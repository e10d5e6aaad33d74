import { columns, foreignKeys, pointersFirst, primaryKey, quote, rowidKey } from '../foreign-keys';
import type { Db } from '../open';
import { HandoverRefusedError } from './check';
import { AFTER_SIGN_OFF_TABLES } from './family-tables';
import { carriedTables, collectFamilyRows, type Row, type TableRows } from './rows';

/** Rows about the family rather than one conference: its children, its network and how they are related. */
const FAMILY_LEVEL_TABLES = ['child', 'family_member', 'relationship'] as const;

/** What an import adds: only rows this copy does not have yet, parents first. */
export interface ImportPlan {
  readonly rows: ReadonlyMap<string, readonly Row[]>;
  /** The status of each conference new here that is not a draft, set once its records are in. */
  readonly statuses: ReadonlyMap<string, string>;
  readonly count: number;
}

/**
 * Compares a checked package with this copy. A record already here (the same key) is left as it
 * is, so importing a package twice adds and changes nothing; but it must be this family's record
 * here too, and a package may add to a conference finalised here only what grows after sign-off
 * (amendments, what was sent, documents made).
 */
export function planImport(db: Db, familyId: string, tables: TableRows, now: Date): ImportPlan {
  const here = ownKeys(db, collectFamilyRows(db, familyId));
  const newRows = new Map<string, Row[]>();
  let count = 0;
  for (const table of carriedTables(db)) {
    const rows = tables[table] ?? [];
    if (rows.length === 0) continue;
    const surrogate = rowidKey(db, table);
    const keys = primaryKey(db, table);
    const identity = surrogate ? columns(db, table).filter((c) => c !== surrogate) : keys;
    const find = db.prepare(`SELECT 1 FROM ${quote(table)} WHERE ${identity.map((c) => `${quote(c)} IS ?`).join(' AND ')}`).pluck();
    const fresh: Row[] = [];
    for (const row of rows) {
      const values = identity.map((c) => row[c] ?? null);
      if (find.get(...values) === undefined) {
        fresh.push(surrogate ? Object.fromEntries(Object.entries(row).filter(([c]) => c !== surrogate)) : row);
        continue;
      }
      // Professionals are shared between families: one already here is simply kept.
      if (table !== 'professional' && !here.get(table)?.has(JSON.stringify(values))) throw new HandoverRefusedError('someoneElse');
    }
    if (fresh.length > 0) newRows.set(table, fresh);
    count += fresh.length;
  }

  const statusHere = db.prepare('SELECT status FROM conference WHERE id = ?').pluck();
  for (const row of tables['conference'] ?? []) {
    const status = statusHere.get(row['id']) as string | undefined;
    if (status !== undefined && status !== 'finalised' && row['status'] === 'finalised') throw new HandoverRefusedError('finalisedThere');
  }
  for (const [table, rows] of newRows) {
    if (table === 'conference' || AFTER_SIGN_OFF_TABLES.has(table)) continue;
    for (const row of rows) {
      const conference = conferenceOf(db, table, row, tables);
      if (conference !== null && statusHere.get(conference) === 'finalised') throw new HandoverRefusedError('finalisedHere');
    }
  }
  // A family's people are part of every conference about it: once each of its conferences here is
  // finalised, none are added (the app refuses it too), unless the package brings a new conference
  // they belong to.
  if (FAMILY_LEVEL_TABLES.some((table) => newRows.has(table)) && !newRows.has('conference')) {
    const open = db.prepare("SELECT count(*) AS total, sum(status != 'finalised') AS open FROM conference WHERE family_id = ?").get(familyId) as { total: number; open: number | null };
    if (open.total > 0 && (open.open ?? 0) === 0) throw new HandoverRefusedError('finalisedHere');
  }
  checkAfterSignOffDates(db, tables, newRows, now);
  const statuses = new Map((newRows.get('conference') ?? []).filter((row) => row['status'] !== 'draft').map((row) => [String(row['id']), String(row['status'])]));
  return { rows: newRows, statuses, count };
}

/**
 * Adds the planned rows, parents first and, within a table, a row after the row it points at.
 * Conferences arrive as drafts and take their status last, so a finalised conference's records
 * can be added before it is closed again; its amendments, which exist only for a finalised
 * conference, come after. Returns how many rows were added.
 */
export function insertPlan(db: Db, plan: ImportPlan): number {
  let inserted = 0;
  const insert = (table: string, rows: readonly Row[]) => {
    const selfKeys = foreignKeys(db, table).filter((fk) => fk.table === table);
    for (const original of pointersFirst(rows, selfKeys).reverse()) {
      const row = table === 'conference' && plan.statuses.has(String(original['id'])) ? { ...original, status: 'draft' } : original;
      const names = Object.keys(row);
      inserted += db.prepare(`INSERT INTO ${quote(table)} (${names.map(quote).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(...names.map((name) => row[name] ?? null)).changes;
    }
  };
  for (const [table, rows] of plan.rows) if (table !== 'amendment') insert(table, rows);
  const restore = db.prepare("UPDATE conference SET status = ? WHERE id = ? AND status = 'draft'");
  // A package made before held was its own state (0018) has no held date: a finalised
  // conference was counted as held on its date, as the application counted it then.
  const heldAsScheduled = db.prepare(
    "UPDATE conference SET held_date = scheduled_date, held_time = scheduled_time WHERE id = ? AND held_date IS NULL AND status = 'draft'",
  );
  for (const [id, status] of plan.statuses) {
    if (status === 'finalised') heldAsScheduled.run(id);
    restore.run(status, id);
  }
  insert('amendment', plan.rows.get('amendment') ?? []);
  return inserted;
}

/** When each kind of record that grows after sign-off says it was made. */
const AFTER_SIGN_OFF_DATES: Readonly<Record<string, string>> = { amendment: 'amended_at', distribution_sent: 'recorded_at' };
/** Laptops' clocks differ a little; a day is far beyond that and far short of a forged date. */
const CLOCK_SLACK_MS = 24 * 60 * 60 * 1000;

/**
 * A correction, or a record of what was sent, is made after its conference is finalised (the
 * database allows neither before) and never in the future, on either laptop's clock.
 */
function checkAfterSignOffDates(db: Db, tables: TableRows, newRows: ReadonlyMap<string, readonly Row[]>, now: Date): void {
  const finalisedHere = db.prepare("SELECT finalised_at FROM conference WHERE id = ? AND status = 'finalised'").pluck();
  const finalisedAt = (conferenceId: unknown): string | null => {
    const inPackage = (tables['conference'] ?? []).find((row) => row['id'] === conferenceId);
    const found = (finalisedHere.get(conferenceId) as string | undefined) ?? (inPackage?.['status'] === 'finalised' ? inPackage['finalised_at'] : null);
    return typeof found === 'string' ? found : null;
  };
  const latest = now.getTime() + CLOCK_SLACK_MS;
  for (const [table, column] of Object.entries(AFTER_SIGN_OFF_DATES)) {
    for (const row of newRows.get(table) ?? []) {
      const made = Date.parse(String(row[column]));
      const signedOff = finalisedAt(row['conference_id']);
      if (table === 'amendment' && signedOff === null) throw new HandoverRefusedError('outOfTime');
      if (Number.isNaN(made) || made > latest || (signedOff !== null && table === 'amendment' && made < Date.parse(signedOff))) throw new HandoverRefusedError('outOfTime');
    }
  }
}

/** The keys of this family's rows here, by table. */
function ownKeys(db: Db, rows: TableRows): Map<string, Set<string>> {
  return new Map(
    Object.entries(rows).map(([table, list]) => {
      const keys = rowidKey(db, table) ? columns(db, table).filter((c) => c !== rowidKey(db, table)) : primaryKey(db, table);
      return [table, new Set(list.map((row) => JSON.stringify(keys.map((k) => row[k] ?? null))))];
    }),
  );
}

/** The conference a row is part of, through its own column or its parents in the package. */
function conferenceOf(db: Db, table: string, row: Row, tables: TableRows): string | null {
  if (typeof row['conference_id'] === 'string') return row['conference_id'];
  for (const fk of foreignKeys(db, table)) {
    if (fk.table === table || fk.table === 'professional') continue;
    const parent = (tables[fk.table] ?? []).find((candidate) => candidate[fk.to] === row[fk.from]);
    const found = parent ? conferenceOf(db, fk.table, parent, tables) : null;
    if (found !== null) return found;
  }
  return null;
}
