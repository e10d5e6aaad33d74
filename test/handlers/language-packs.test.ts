/**
 * Language packs in Settings (issue 16): an imported pack is checked whole and replaces the
 * shipped draft for its language; a hostile or broken file is refused and changes nothing; a pack
 * can be exported and marked reviewed by a named translator, after which a bilingual copy needs
 * no confirmation and carries no draft note.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { packFile } from '../../shared/i18n/pack';
import { shippedPack } from '../../shared/i18n/shipped-packs';
import { startTestApplication } from '../support/app';
import { databaseSnapshot, ok, refused } from '../support/calls';
import { pdfText } from '../support/pdf-checks';
import { makeTempDir } from '../support/temp-dir';
import { translateEverything } from '../support/translate-copy';

let app: ReturnType<typeof startTestApplication>;
beforeEach(() => {
  app = startTestApplication();
});
afterEach(() => app.dispose());

const polishFile = (change: (file: ReturnType<typeof packFile>) => void = () => undefined) => {
  const file = structuredClone(packFile(shippedPack('pl')!));
  change(file);
  return JSON.stringify(file);
};

describe('language packs in Settings', () => {
  test('lists the shipped drafts, each with no missing keys', async () => {
    const packs = await ok(app, 'listLanguagePacks', {});
    expect(packs.map((p) => p.locale).sort()).toEqual(['ar', 'bn', 'lt', 'pa', 'pl', 'pt', 'ro', 'so', 'ti', 'ur']);
    expect(packs.every((p) => p.source === 'shipped' && p.reviewed === null && p.missingKeys.length === 0)).toBe(true);
  });

  test('an import replaces the shipped draft for its language, and reports missing and unknown keys', async () => {
    const fileText = polishFile((file) => {
      delete file.messages['plan.heading.worries'];
      file.messages['plan.heading.somethingNew'] = 'Coś nowego';
      file.messages['plan.heading.goingWell'] = 'Co się udaje';
    });
    const imported = await ok(app, 'importLanguagePack', { fileText });
    expect(imported).toMatchObject({ locale: 'pl', missingKeys: ['plan.heading.worries'], unknownKeys: ['plan.heading.somethingNew'] });
    const polish = imported.packs.find((p) => p.locale === 'pl')!;
    expect(polish).toMatchObject({ source: 'imported', missingKeys: ['plan.heading.worries'] });
    const exported = await ok(app, 'exportLanguagePack', { locale: 'pl' });
    expect(JSON.parse(exported.text).messages['plan.heading.goingWell']).toBe('Co się udaje');
    expect(exported.fileName).toBe('confer-language-pack-pl.json');
  });

  test('a broken or hostile file is refused, saying why, and changes nothing', async () => {
    const before = databaseSnapshot(app);
    for (const fileText of [
      'not json',
      polishFile((file) => (file.messages['plan.title'] = 'Nasz plan {children')),
      polishFile((file) => (file.messages['plan.title'] = 'Nasz plan {evil}')),
      polishFile((file) => Object.assign(file, { script: '<script>' })),
      polishFile((file) => Object.assign(file, { locale: 'pl; DROP TABLE language_pack' })),
    ]) {
      const error = await refused(app, 'importLanguagePack', { fileText });
      expect(error.kind).toBe('validation');
      expect(error.message).toMatch(/cannot be used|too big/u);
    }
    expect((await refused(app, 'importLanguagePack', { fileText: 'x'.repeat(700_000) })).kind).toBe('validation');
    expect(databaseSnapshot(app)).toBe(before);
  });

  test('marked reviewed by a named translator, a pack needs no confirmation and its copy says no draft', async () => {
    const before = databaseSnapshot(app);
    expect((await refused(app, 'markLanguagePackReviewed', { locale: 'pl', by: '', on: '2026-03-01' })).kind).toBe('validation');
    expect((await refused(app, 'markLanguagePackReviewed', { locale: 'xx', by: 'Anna Nowak', on: '2026-03-01' })).kind).toBe('validation');
    expect(databaseSnapshot(app)).toBe(before);
    const packs = await ok(app, 'markLanguagePackReviewed', { locale: 'pl', by: 'Anna Nowak', on: '2026-03-01' });
    expect(packs.find((p) => p.locale === 'pl')).toMatchObject({ source: 'imported', reviewed: { by: 'Anna Nowak', on: '2026-03-01' } });

    const conferenceId = (await ok(app, 'loadExampleConference', { stage: 'held' })).id;
    const { recipients } = await ok(app, 'checkFamilyPlan', { conferenceId, recipientId: null });
    await translateEverything(app, conferenceId, recipients[0]!.id, 'pl');
    const made = await ok(app, 'makeDocument', { conferenceId, kind: 'family-plan', recipientId: recipients[0]!.id, bilingual: { language: 'pl', order: 'english-first' } });
    expect(made.language).toBe('pl');
    const folder = makeTempDir('confer-reviewed-pack-');
    try {
      const file = join(folder.path, made.fileName);
      writeFileSync(file, Buffer.from(made.pdfBase64, 'base64'));
      const text = pdfText(file).replace(/\s+/gu, ' ');
      expect(text).toContain('Co idzie dobrze');
      expect(text).not.toContain('has not been checked by a translator');
    } finally {
      folder.remove();
    }
  }, 120_000);
});
