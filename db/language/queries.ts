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

// The records whose texts are checked, read here so the checks need nothing from the screens' queries.

/** The tables of the records kept by their own id, with the conference each belongs to. */
const OWNED_TABLES = {
  decision: 'decision',
  statement: 'safety_statement',
  dissent: 'dissent',
  outcome: 'plan_outcome',
  action: 'plan_action',
  amendment: 'amendment',
} as const;
export type OwnedRecordKind = keyof typeof OWNED_TABLES;

/** The conference a record belongs to, or undefined when there is no such record. */
export function recordConference(db: Db, recordKind: OwnedRecordKind, id: string): string | undefined {
  return db.prepare(`SELECT conference_id FROM ${OWNED_TABLES[recordKind]} WHERE id = ?`).pluck().get(id) as string | undefined;
}

export interface StoredText {
  readonly recordKind: OwnedRecordKind | 'plan';
  readonly recordId: string;
  readonly field: string;
  readonly text: string;
}

/** The decision and plan's long texts for one conference, by record and field. */
export function decisionAndPlanTexts(db: Db, conferenceId: string): StoredText[] {
  const texts: StoredText[] = [];
  const read = (recordKind: StoredText['recordKind'], sql: string, columns: Readonly<Record<string, string>>) => {
    for (const row of db.prepare(sql).all(conferenceId) as Record<string, string>[]) {
      for (const [field, column] of Object.entries(columns)) texts.push({ recordKind, recordId: row['id'] ?? '', field, text: row[column] ?? '' });
    }
  };
  read('decision', 'SELECT id, chair_reasons, category_justification, deferred_reason FROM decision WHERE conference_id = ? ORDER BY created_at, rowid', {
    chairReasons: 'chair_reasons',
    categoryJustification: 'category_justification',
    deferredReason: 'deferred_reason',
  });
  read('statement', 'SELECT id, text FROM safety_statement WHERE conference_id = ? ORDER BY created_at, rowid', { text: 'text' });
  read('dissent', 'SELECT id, grounds, outcome FROM dissent WHERE conference_id = ? ORDER BY created_at, rowid', { grounds: 'grounds', outcome: 'outcome' });
  read('plan', 'SELECT conference_id AS id, contingency FROM plan WHERE conference_id = ?', { contingency: 'contingency' });
  read('outcome', 'SELECT id, text, measure FROM plan_outcome WHERE conference_id = ? ORDER BY position, rowid', { text: 'text', measure: 'measure' });
  read('action', 'SELECT id, what FROM plan_action WHERE conference_id = ? ORDER BY position, rowid', { what: 'what' });
  read('amendment', 'SELECT id, correction, reason FROM amendment WHERE conference_id = ? ORDER BY amended_at, rowid', { correction: 'correction', reason: 'reason' });
  return texts;
}
