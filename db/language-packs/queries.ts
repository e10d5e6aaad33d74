/** The authority's imported language packs (migration 0026), each stored as its checked file. */
import { checkedPack, LanguagePackFileSchema, packFile, type LanguagePack } from '../../shared/i18n/pack';
import type { Db } from '../open';

interface PackRow {
  readonly locale: string;
  readonly file_json: string;
  readonly updated_at: string;
  readonly updated_by: string;
}

export interface StoredPack {
  readonly pack: LanguagePack;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

/** A stored pack read back through the same checks as an import: a row that no longer passes is left out. */
function fromRow(row: PackRow): StoredPack | null {
  const parsed = LanguagePackFileSchema.safeParse(JSON.parse(row.file_json));
  if (!parsed.success) return null;
  const reading = checkedPack(parsed.data);
  return reading.ok ? { pack: reading.pack, updatedAt: row.updated_at, updatedBy: row.updated_by } : null;
}

export function listImportedPacks(db: Db): StoredPack[] {
  const rows = db.prepare('SELECT * FROM language_pack ORDER BY locale').all() as PackRow[];
  return rows.map(fromRow).filter((stored): stored is StoredPack => stored !== null);
}

export function readImportedPack(db: Db, locale: string): StoredPack | null {
  const row = db.prepare('SELECT * FROM language_pack WHERE locale = ?').get(locale) as PackRow | undefined;
  return row === undefined ? null : fromRow(row);
}

/** Saves a checked pack, replacing any for the same language. */
export function writeImportedPack(db: Db, pack: LanguagePack, at: string, by: string): void {
  db.prepare(
    `INSERT INTO language_pack (locale, file_json, updated_at, updated_by) VALUES (@locale, @json, @at, @by)
     ON CONFLICT (locale) DO UPDATE SET file_json = excluded.file_json, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run({ locale: pack.locale, json: JSON.stringify(packFile(pack)), at, by });
}
