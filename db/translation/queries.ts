import type { StoredTranslation } from '../../shared/translation/status';
import type { Db } from '../open';

/** Which copy and language: every translation query is for one of these. */
export interface CopyLanguage {
  readonly conferenceId: string;
  readonly recipientId: string;
  readonly language: string;
}

export interface TranslationExportRow extends CopyLanguage {
  readonly id: string;
  /** Each segment id the file held, with the hash of its English. */
  readonly segmentHashes: Readonly<Record<string, string>>;
  readonly madeAt: string;
  readonly madeBy: string;
}

export function insertTranslationExport(db: Db, row: TranslationExportRow): void {
  db.prepare(
    `INSERT INTO translation_export (id, conference_id, recipient_id, language, segment_hashes, made_at, made_by)
     VALUES (@id, @conferenceId, @recipientId, @language, @segmentHashes, @madeAt, @madeBy)`,
  ).run({ ...row, segmentHashes: JSON.stringify(row.segmentHashes) });
}

export function findTranslationExport(db: Db, id: string): TranslationExportRow | undefined {
  const row = db
    .prepare(
      `SELECT id, conference_id AS conferenceId, recipient_id AS recipientId, language, segment_hashes AS segmentHashes, made_at AS madeAt, made_by AS madeBy
       FROM translation_export WHERE id = ?`,
    )
    .get(id) as (Omit<TranslationExportRow, 'segmentHashes'> & { segmentHashes: string }) | undefined;
  return row === undefined ? undefined : { ...row, segmentHashes: JSON.parse(row.segmentHashes) as Record<string, string> };
}

export interface TranslationRow {
  readonly segmentId: string;
  readonly sourceHash: string;
  readonly target: string;
}

/** Replaces the stored translation of each segment given (the newest file wins). Call inside a transaction. */
export function saveTranslations(db: Db, copy: CopyLanguage, exportId: string, rows: readonly TranslationRow[], by: string, at: string): void {
  const upsert = db.prepare(
    `INSERT INTO translation (conference_id, recipient_id, language, segment_id, source_hash, target_text, export_id, imported_by, imported_at)
     VALUES (@conferenceId, @recipientId, @language, @segmentId, @sourceHash, @target, @exportId, @by, @at)
     ON CONFLICT (conference_id, recipient_id, language, segment_id)
     DO UPDATE SET source_hash = excluded.source_hash, target_text = excluded.target_text, export_id = excluded.export_id,
                   imported_by = excluded.imported_by, imported_at = excluded.imported_at`,
  );
  for (const row of rows) upsert.run({ ...copy, ...row, exportId, by, at });
}

export function listTranslations(db: Db, copy: CopyLanguage): StoredTranslation[] {
  return db
    .prepare(
      `SELECT segment_id AS segmentId, source_hash AS sourceHash, target_text AS target
       FROM translation WHERE conference_id = @conferenceId AND recipient_id = @recipientId AND language = @language ORDER BY segment_id`,
    )
    .all(copy) as StoredTranslation[];
}

export function listLeftInEnglish(db: Db, copy: CopyLanguage): string[] {
  return db
    .prepare(
      `SELECT segment_id FROM translation_left_in_english
       WHERE conference_id = @conferenceId AND recipient_id = @recipientId AND language = @language ORDER BY segment_id`,
    )
    .pluck()
    .all(copy) as string[];
}

/** Records or withdraws the chair's choice to leave one segment in English. */
export function setLeftInEnglish(db: Db, copy: CopyLanguage, segmentId: string, leave: boolean, by: string, at: string): void {
  if (leave) {
    db.prepare(
      `INSERT OR IGNORE INTO translation_left_in_english (conference_id, recipient_id, language, segment_id, chosen_by, chosen_at)
       VALUES (@conferenceId, @recipientId, @language, @segmentId, @by, @at)`,
    ).run({ ...copy, segmentId, by, at });
  } else {
    db.prepare(
      `DELETE FROM translation_left_in_english
       WHERE conference_id = @conferenceId AND recipient_id = @recipientId AND language = @language AND segment_id = @segmentId`,
    ).run({ ...copy, segmentId });
  }
}
