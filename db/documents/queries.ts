import type { ConferenceDocumentKind } from '../../shared/documents/source';
import type { Db } from '../open';

export interface DocumentExportRow {
  readonly id: string;
  readonly conferenceId: string;
  readonly kind: ConferenceDocumentKind;
  readonly printSize: 'standard' | 'large';
  readonly recipientId: string | null;
  readonly madeAt: string;
  readonly madeBy: string;
  readonly wordingErrors: number;
  readonly overrideReason: string | null;
  /** Children the chair added to the recipient's copy (migration 0017), and why. */
  readonly addedChildIds: readonly string[];
  readonly addedReason: string | null;
  /** How a family's plan or a child's copy read when it was made (migration 0029); null for the rest. */
  readonly measured?: { readonly words: number; readonly readingAge: number | null; readonly readingAgeTarget: number; readonly findings: number } | null;
}

export function insertDocumentExport(db: Db, row: DocumentExportRow): void {
  db.prepare(
    `INSERT INTO document_export (id, conference_id, kind, print_size, recipient_id, made_at, made_by, wording_errors, override_reason, added_child_ids, added_reason,
       words, reading_age, reading_age_target, wording_findings)
     VALUES (@id, @conferenceId, @kind, @printSize, @recipientId, @madeAt, @madeBy, @wordingErrors, @overrideReason, @addedChildIds, @addedReason,
       @words, @readingAge, @readingAgeTarget, @findings)`,
  ).run({
    id: row.id,
    conferenceId: row.conferenceId,
    kind: row.kind,
    printSize: row.printSize,
    recipientId: row.recipientId,
    madeAt: row.madeAt,
    madeBy: row.madeBy,
    wordingErrors: row.wordingErrors,
    overrideReason: row.overrideReason,
    addedChildIds: JSON.stringify(row.addedChildIds),
    addedReason: row.addedReason,
    words: row.measured?.words ?? null,
    readingAge: row.measured?.readingAge ?? null,
    readingAgeTarget: row.measured?.readingAgeTarget ?? null,
    findings: row.measured?.findings ?? null,
  });
}

/** Newest first. */
export function listDocumentExports(db: Db, conferenceId: string): DocumentExportRow[] {
  const rows = db
    .prepare(
      `SELECT id, conference_id AS conferenceId, kind, print_size AS printSize, recipient_id AS recipientId, made_at AS madeAt,
              made_by AS madeBy, wording_errors AS wordingErrors, override_reason AS overrideReason,
              added_child_ids AS addedChildIds, added_reason AS addedReason
       FROM document_export WHERE conference_id = ? ORDER BY made_at DESC, rowid DESC`,
    )
    .all(conferenceId) as (Omit<DocumentExportRow, 'addedChildIds'> & { addedChildIds: string })[];
  return rows.map((row) => ({ ...row, addedChildIds: JSON.parse(row.addedChildIds) as string[] }));
}
