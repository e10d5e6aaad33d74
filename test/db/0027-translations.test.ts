import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../../db/migrations';
import { insertTranslationExport, listLeftInEnglish, listTranslations, saveTranslations, setLeftInEnglish } from '../../db/translation/queries';

function migrated() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  runMigrations(db);
  db.exec(`
    INSERT INTO family VALUES ('f1', 'now');
    INSERT INTO conference (id, family_id, type, status, scheduled_date, scheduled_time, trigger_date, created_at, updated_at)
      VALUES ('k1', 'f1', 'review', 'draft', '2026-05-11', '14:00', '2026-04-20', 'now', 'now');
  `);
  return db;
}

const HASH = 'a'.repeat(64);
const copy = { conferenceId: 'k1', recipientId: 'family-network', language: 'pl' };

describe('migration 0027: translations', () => {
  it('keeps one translation per copy, language and segment, the newest import winning, and goes with its conference', () => {
    const db = migrated();
    insertTranslationExport(db, { id: 'e1', ...copy, segmentHashes: { 'plan:contingency': HASH }, madeAt: 'now', madeBy: 'chair' });
    saveTranslations(db, copy, 'e1', [{ segmentId: 'plan:contingency', sourceHash: HASH, target: 'Pierwszy' }], 'chair', 'now');
    saveTranslations(db, copy, 'e1', [{ segmentId: 'plan:contingency', sourceHash: HASH, target: 'Drugi' }], 'chair', 'later');
    expect(listTranslations(db, copy)).toEqual([{ segmentId: 'plan:contingency', sourceHash: HASH, target: 'Drugi' }]);
    expect(listTranslations(db, { ...copy, language: 'ro' })).toEqual([]);
    expect(() => saveTranslations(db, copy, 'e1', [{ segmentId: 'x', sourceHash: 'short', target: 't' }], 'chair', 'now')).toThrow(/CHECK/);
    setLeftInEnglish(db, copy, 'plan:contingency', true, 'chair', 'now');
    setLeftInEnglish(db, copy, 'plan:contingency', true, 'chair', 'now');
    expect(listLeftInEnglish(db, copy)).toEqual(['plan:contingency']);
    db.exec("DELETE FROM conference WHERE id = 'k1'");
    for (const table of ['translation_export', 'translation', 'translation_left_in_english']) expect(db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
  });
});
