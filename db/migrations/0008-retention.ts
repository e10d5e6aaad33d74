import type Database from 'better-sqlite3-multiple-ciphers';
import type { Migration } from './index';

/**
 * Local retention: a conference marked as exported to the authority's case-management system is
 * removed from this computer after the authority's retention period. The sign-off lock (0004)
 * refuses every change to a finalised conference; a removal is the one sanctioned exception, so
 * each lock trigger learns to stand aside while a removal is in progress (a row in
 * `retention_removal`, written and cleared inside the removal's own transaction).
 */
const LOCK_TRIGGERS = /(_finalised_(insert|update|delete)|^amendment_no_(update|delete)|^distribution_sent_no_(update|delete))$/;
const STAND_ASIDE = 'NOT EXISTS (SELECT 1 FROM retention_removal)';

export function withRemovalException(sql: string): string {
  const when = /\sWHEN\s([\s\S]*?)\sBEGIN\s/i.exec(sql);
  if (when) return sql.replace(when[0], ` WHEN ${STAND_ASIDE} AND (${when[1]}) BEGIN `);
  return sql.replace(/\sBEGIN\s/i, ` WHEN ${STAND_ASIDE} BEGIN `);
}

export const migration0008Retention: Migration = {
  version: 8,
  name: 'retention',
  up(db: Database.Database) {
    db.exec(`
      CREATE TABLE cms_export (
        conference_id TEXT PRIMARY KEY REFERENCES conference(id) ON DELETE CASCADE,
        exported_at TEXT NOT NULL,
        exported_by TEXT NOT NULL
      ) STRICT;
      CREATE TABLE retention_removal (conference_id TEXT PRIMARY KEY) STRICT;
    `);
    const triggers = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").all() as { name: string; sql: string }[];
    for (const trigger of triggers.filter((t) => LOCK_TRIGGERS.test(t.name))) {
      db.exec(`DROP TRIGGER "${trigger.name}"`);
      db.exec(withRemovalException(trigger.sql));
    }
  },
};
