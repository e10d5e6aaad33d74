import Database from 'better-sqlite3-multiple-ciphers';
import { beforeEach, describe, expect, it } from 'vitest';
import { runMigrations } from '../../db/migrations';

let db: Database.Database;
beforeEach(() => {
  db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  runMigrations(db, undefined, 12);
  db.exec(`
    INSERT INTO family VALUES ('f1', 'now');
    INSERT INTO conference (id, family_id, type, status, scheduled_date, scheduled_time, trigger_date, created_at, updated_at)
      VALUES ('k1', 'f1', 'initial', 'draft', '2026-03-19', '10:00', '2026-03-02', 'now', 'now');
  `);
});

// In SQL, as the table was at version 12: the queries follow the latest version (see 0017).
interface Row {
  id: string; conferenceId: string; kind: string; printSize: string; recipientId: string | null;
  madeAt: string; madeBy: string; wordingErrors: number; overrideReason: string | null;
}
const made = (overrides: Partial<Row> = {}): Row => ({
  id: 'd1', conferenceId: 'k1', kind: 'record', printSize: 'standard', recipientId: null,
  madeAt: '2026-03-20T09:00:00.000Z', madeBy: 'priya', wordingErrors: 0, overrideReason: null, ...overrides,
});
function insertDocumentExport(into: Database.Database, row: Row): void {
  into.prepare(
    `INSERT INTO document_export (id, conference_id, kind, print_size, recipient_id, made_at, made_by, wording_errors, override_reason)
     VALUES (@id, @conferenceId, @kind, @printSize, @recipientId, @madeAt, @madeBy, @wordingErrors, @overrideReason)`,
  ).run(row);
}
const listDocumentExports = (from: Database.Database, conferenceId: string) =>
  from.prepare('SELECT id FROM document_export WHERE conference_id = ? ORDER BY made_at DESC, rowid DESC').all(conferenceId) as { id: string }[];

describe('migration 0012: the documents made for a conference', () => {
  it('records the documents made, newest first', () => {
    insertDocumentExport(db, made());
    insertDocumentExport(db, made({ id: 'd2', kind: 'family-plan', recipientId: 'm1', madeAt: '2026-03-20T10:00:00.000Z', wordingErrors: 1, overrideReason: 'The family asked for it today.' }));
    expect(listDocumentExports(db, 'k1').map((row) => row.id)).toEqual(['d2', 'd1']);
  });

  it('a family’s plan names its recipient, and nothing else does', () => {
    expect(() => insertDocumentExport(db, made({ kind: 'family-plan' }))).toThrow(/CHECK/);
    expect(() => insertDocumentExport(db, made({ recipientId: 'm1' }))).toThrow(/CHECK/);
  });

  it('is never changed, and goes with the conference when it is removed', () => {
    insertDocumentExport(db, made());
    expect(() => db.prepare("UPDATE document_export SET made_by = 'someone else'").run()).toThrow('never changed');
    db.prepare("DELETE FROM conference WHERE id = 'k1'").run();
    expect(listDocumentExports(db, 'k1')).toEqual([]);
  });
});
