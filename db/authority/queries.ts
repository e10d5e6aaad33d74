import { AuthoritySettingsSchema, DEFAULT_AUTHORITY_SETTINGS, MIN_RETENTION_DAYS, type AuthoritySettings } from '../../shared/authority/settings';
import type { Db } from '../open';

/** The authority's settings, or the defaults when none are saved (or what is saved no longer parses). */
export function readAuthoritySettings(db: Db): AuthoritySettings {
  const text = db.prepare('SELECT settings FROM authority_settings WHERE id = 1').pluck().get() as string | undefined;
  if (text === undefined) return DEFAULT_AUTHORITY_SETTINGS;
  const saved = JSON.parse(text) as Record<string, unknown>;
  // A retention period saved before the floor existed is read as the floor, keeping every other setting.
  const retentionDays = typeof saved['retentionDays'] === 'number' ? Math.max(saved['retentionDays'], MIN_RETENTION_DAYS) : saved['retentionDays'];
  const parsed = AuthoritySettingsSchema.safeParse({ ...DEFAULT_AUTHORITY_SETTINGS, ...saved, ...(retentionDays === undefined ? {} : { retentionDays }) });
  return parsed.success ? parsed.data : DEFAULT_AUTHORITY_SETTINGS;
}

export function writeAuthoritySettings(db: Db, settings: AuthoritySettings, at: string): void {
  db.prepare(
    `INSERT INTO authority_settings (id, settings, updated_at) VALUES (1, ?, ?)
     ON CONFLICT (id) DO UPDATE SET settings = excluded.settings, updated_at = excluded.updated_at`,
  ).run(JSON.stringify(settings), at);
}
