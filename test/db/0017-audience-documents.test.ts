import Database from 'better-sqlite3-multiple-ciphers';
import { beforeEach, describe, expect, it } from 'vitest';
import { listDocumentExports, type DocumentExportRow } from '../../db/documents/queries';
import { listInvitations, updateInvitationSupports } from '../../db/invitations/queries';
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
    INSERT INTO professional (id, name, role, agency, created_at, updated_at) VALUES ('p1', 'Ada Viser', 'Adviser', 'domestic-abuse-service', 'now', 'now');
    INSERT INTO invitation (id, conference_id, professional_id, created_at, updated_at) VALUES ('i1', 'k1', 'p1', 'now', 'now');
    INSERT INTO document_export (id, conference_id, kind, print_size, recipient_id, made_at, made_by, wording_errors, override_reason)
      VALUES ('old-letter', 'k1', 'letter', 'standard', NULL, '2026-03-20T08:00:00.000Z', 'priya', 0, NULL),
             ('old-plan', 'k1', 'family-plan', 'large', 'm1', '2026-03-20T08:30:00.000Z', 'priya', 1, 'The family asked for it today.');
  `);
});

const made = (overrides: Partial<DocumentExportRow> = {}): DocumentExportRow => ({
  id: 'd1', conferenceId: 'k1', kind: 'letter', printSize: 'standard', recipientId: 'm1', madeAt: '2026-03-20T09:00:00.000Z',
  madeBy: 'priya', wordingErrors: 0, overrideReason: null, addedChildIds: [], addedReason: null, ...overrides,
});

/** A document made in the shape 0017 left (the query of today also writes 0029's reading measures). */
function insertDocumentExport(database: Database.Database, row: DocumentExportRow): void {
  database
    .prepare(
      `INSERT INTO document_export (id, conference_id, kind, print_size, recipient_id, made_at, made_by, wording_errors, override_reason, added_child_ids, added_reason)
       VALUES (@id, @conferenceId, @kind, @printSize, @recipientId, @madeAt, @madeBy, @wordingErrors, @overrideReason, @addedChildIds, @addedReason)`,
    )
    .run({ ...row, addedChildIds: JSON.stringify(row.addedChildIds) });
}

describe('migration 0017: whom a helper supports, and family documents made for one recipient', () => {
  it('keeps every document already made, letters without a recipient included', () => {
    runMigrations(db, undefined, 17);
    expect(listDocumentExports(db, 'k1')).toEqual([
      { id: 'old-plan', conferenceId: 'k1', kind: 'family-plan', printSize: 'large', recipientId: 'm1', madeAt: '2026-03-20T08:30:00.000Z', madeBy: 'priya', wordingErrors: 1, overrideReason: 'The family asked for it today.', addedChildIds: [], addedReason: null },
      { id: 'old-letter', conferenceId: 'k1', kind: 'letter', printSize: 'standard', recipientId: null, madeAt: '2026-03-20T08:00:00.000Z', madeBy: 'priya', wordingErrors: 0, overrideReason: null, addedChildIds: [], addedReason: null },
    ]);
  });

  it('keeps the children the chair added to a copy with the reason, and never one without the other', () => {
    runMigrations(db, undefined, 17);
    insertDocumentExport(db, made({ addedChildIds: ['c1'], addedReason: 'He cares for her on Saturdays.' }));
    expect(listDocumentExports(db, 'k1')[0]).toMatchObject({ id: 'd1', addedChildIds: ['c1'], addedReason: 'He cares for her on Saturdays.' });
    expect(() => insertDocumentExport(db, made({ id: 'd2', addedChildIds: ['c1'] }))).toThrow(/CHECK/);
    expect(() => insertDocumentExport(db, made({ id: 'd3', addedReason: 'A reason for nothing.' }))).toThrow(/CHECK/);
    expect(() => insertDocumentExport(db, made({ id: 'd4', addedChildIds: ['c1'], addedReason: '   ' }))).toThrow(/CHECK/);
  });

  it('a family document names its recipient, the professional documents do not, and the record is never changed', () => {
    runMigrations(db, undefined, 17);
    expect(() => insertDocumentExport(db, made({ kind: 'family-plan', recipientId: null }))).toThrow(/CHECK/);
    expect(() => insertDocumentExport(db, made({ kind: 'record' }))).toThrow(/CHECK/);
    insertDocumentExport(db, made({ id: 'd5', kind: 'record', recipientId: null }));
    expect(() => db.prepare("UPDATE document_export SET made_by = 'someone else'").run()).toThrow('never changed');
    db.prepare("DELETE FROM conference WHERE id = 'k1'").run();
    expect(listDocumentExports(db, 'k1')).toEqual([]);
  });

  it('an invitation supports the whole family until the chair says whom', () => {
    runMigrations(db, undefined, 17);
    expect(listInvitations(db, 'k1')[0]?.supportsFamilyMemberIds).toEqual([]);
    updateInvitationSupports(db, 'i1', ['m1'], 'later');
    expect(listInvitations(db, 'k1')[0]?.supportsFamilyMemberIds).toEqual(['m1']);
    expect(() => db.prepare("UPDATE invitation SET supports_family_member_ids = 'not a list'").run()).toThrow(/CHECK/);
  });
});
