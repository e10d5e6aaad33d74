import { AuthoritySettingsSchema, DEFAULT_AUTHORITY_SETTINGS, type AuthoritySettings } from '../../shared/authority/settings';
import type { Db } from '../open';

/** The authority's settings, or the defaults when none are saved (or what is saved no longer parses). */
export function readAuthoritySettings(db: Db): AuthoritySettings {
  const text = db.prepare('SELECT settings FROM authority_settings WHERE id = 1').pluck().get() as string | undefined;
  if (text === undefined) return DEFAULT_AUTHORITY_SETTINGS;
  const parsed = AuthoritySettingsSchema.safeParse({ ...DEFAULT_AUTHORITY_SETTINGS, ...(JSON.parse(text) as object) });
  return parsed.success ? parsed.data : DEFAULT_AUTHORITY_SETTINGS;
}

export function writeAuthoritySettings(db: Db, settings: AuthoritySettings, at: string): void {
  db.prepare(
    `INSERT INTO authority_settings (id, settings, updated_at) VALUES (1, ?, ?)
     ON CONFLICT (id) DO UPDATE SET settings = excluded.settings, updated_at = excluded.updated_at`,
  ).run(JSON.stringify(settings), at);
}
