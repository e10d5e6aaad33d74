import type { IgnoreDecision, IgnoreFinding, LanguageRecordKind } from '../../shared/language-settings/schema';
import type { Db } from '../open';

export interface AuthorityPackRow {
  readonly pack: string;
  readonly updated_at: string;
  readonly updated_by: string;
}

export function readAuthorityPackRow(db: Db): AuthorityPackRow | undefined {
  return db.prepare('SELECT pack, updated_at, updated_by FROM language_authority_pack WHERE id = 1').get() as AuthorityPackRow | undefined;
}

export function writeAuthorityPack(db: Db, pack: unknown, at: string, by: string): void {
  db.prepare(
    `INSERT INTO language_authority_pack (id, pack, updated_at, updated_by) VALUES (1, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET pack = excluded.pack, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run(JSON.stringify(pack), at, by);
}

export function clearAuthorityPack(db: Db): void {
  db.prepare('DELETE FROM language_authority_pack WHERE id = 1').run();
}

interface IgnoreRow {
  readonly id: string;
  readonly conference_id: string;
  readonly record_kind: LanguageRecordKind;
  readonly record_id: string;
  readonly field: string;
  readonly rule_id: string;
  readonly flagged_text: string;
  readonly reason: string;
  readonly decided_by: string;
  readonly decided_at: string;
}

const fromRow = (row: IgnoreRow): IgnoreDecision => ({
  id: row.id,
  conferenceId: row.conference_id,
  recordKind: row.record_kind,
  recordId: row.record_id,
  field: row.field,
  ruleId: row.rule_id,
  text: row.flagged_text,
  reason: row.reason,
  decidedBy: row.decided_by,
  decidedAt: row.decided_at,
});

export function listIgnores(db: Db, conferenceId: string): IgnoreDecision[] {
  const rows = db.prepare('SELECT * FROM language_ignore WHERE conference_id = ? ORDER BY decided_at, id').all(conferenceId) as IgnoreRow[];
  return rows.map(fromRow);
}

export function findIgnore(db: Db, id: string): IgnoreDecision | undefined {
  const row = db.prepare('SELECT * FROM language_ignore WHERE id = ?').get(id) as IgnoreRow | undefined;
  return row ? fromRow(row) : undefined;
}

/** Idempotent by id: sending the same decision twice keeps one. */
export function upsertIgnore(db: Db, input: IgnoreFinding, by: string, at: string): void {
  db.prepare(
    `INSERT INTO language_ignore (id, conference_id, record_kind, record_id, field, rule_id, flagged_text, reason, decided_by, decided_at)
     VALUES (@id, @conferenceId, @recordKind, @recordId, @field, @ruleId, @text, @reason, @by, @at)
     ON CONFLICT (id) DO UPDATE SET reason = excluded.reason, decided_by = excluded.decided_by, decided_at = excluded.decided_at`,
  ).run({ ...input, by, at });
}

export function deleteIgnore(db: Db, id: string): void {
  db.prepare('DELETE FROM language_ignore WHERE id = ?').run(id);
}
