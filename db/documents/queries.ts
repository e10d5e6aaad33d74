import type { Db } from '../open';

export interface DocumentExportRow {
  readonly id: string;
  readonly conferenceId: string;
  readonly kind: 'record' | 'plan' | 'letter' | 'family-plan' | 'child-plan';
  readonly printSize: 'standard' | 'large';
  readonly recipientId: string | null;
  readonly madeAt: string;
  readonly madeBy: string;
  readonly wordingErrors: number;
  readonly overrideReason: string | null;
}

export function insertDocumentExport(db: Db, row: DocumentExportRow): void {
  db.prepare(
    `INSERT INTO document_export (id, conference_id, kind, print_size, recipient_id, made_at, made_by, wording_errors, override_reason)
     VALUES (@id, @conferenceId, @kind, @printSize, @recipientId, @madeAt, @madeBy, @wordingErrors, @overrideReason)`,
  ).run(row);
}

/** Newest first. */
export function listDocumentExports(db: Db, conferenceId: string): DocumentExportRow[] {
  return db
    .prepare(
      `SELECT id, conference_id AS conferenceId, kind, print_size AS printSize, recipient_id AS recipientId, made_at AS madeAt,
              made_by AS madeBy, wording_errors AS wordingErrors, override_reason AS overrideReason
       FROM document_export WHERE conference_id = ? ORDER BY made_at DESC, rowid DESC`,
    )
    .all(conferenceId) as DocumentExportRow[];
}
