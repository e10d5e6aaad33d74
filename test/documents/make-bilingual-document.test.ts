/**
 * Asking for a bilingual family document (issue 16): the pack's checks (a draft must be
 * confirmed), the translator's round trip (every one of the conference's own words in the copy
 * translated or left in English), and the copy made from both: the pack's fixed words, the
 * translated words and the English source, each in its place.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { startTestApplication } from '../support/app';
import { databaseSnapshot, ok, refused } from '../support/calls';
import { pdfText } from '../support/pdf-checks';
import { makeTempDir } from '../support/temp-dir';
import { translateEverything } from '../support/translate-copy';

let app: ReturnType<typeof startTestApplication>;
let conferenceId: string;
const folder = makeTempDir('confer-bilingual-made-');

beforeEach(async () => {
  app = startTestApplication();
  conferenceId = (await ok(app, 'loadExampleConference', { stage: 'held' })).id;
});
afterEach(() => app.dispose());

const textOf = (made: { fileName: string; pdfBase64: string }) => {
  const file = join(folder.path, made.fileName);
  writeFileSync(file, Buffer.from(made.pdfBase64, 'base64'));
  return pdfText(file).replace(/\s+/gu, ' ');
};

describe('asking for a bilingual family document', () => {
  test('refused for a draft pack until confirmed, then until the copy’s own words are translated; both refusals change nothing', async () => {
    const { recipients } = await ok(app, 'checkFamilyPlan', { conferenceId, recipientId: null });
    const recipientId = recipients[0]!.id;
    const before = databaseSnapshot(app);
    const draft = await refused(app, 'makeDocument', { conferenceId, kind: 'family-plan', recipientId, bilingual: { language: 'pl', order: 'theirs-first' } });
    expect(draft.kind).toBe('validation');
    expect(draft.message).toContain('No translator has checked the Polish pack yet');
    expect(draft.fields?.bilingual).toBeDefined();
    const untranslated = await refused(app, 'makeDocument', { conferenceId, kind: 'family-plan', recipientId, bilingual: { language: 'pl', order: 'theirs-first', confirmDraft: true } });
    expect(untranslated.kind).toBe('conflict');
    expect(untranslated.message).toContain('not translated');
    expect(databaseSnapshot(app)).toBe(before);
  });

  test('after the round trip: the pack’s fixed words, the translated own words and the English, the language first', async () => {
    const { recipients } = await ok(app, 'checkFamilyPlan', { conferenceId, recipientId: null });
    const recipientId = recipients[0]!.id;
    const imported = await translateEverything(app, conferenceId, recipientId, 'pl');
    expect(imported.status.complete).toBe(true);
    const made = await ok(app, 'makeDocument', { conferenceId, kind: 'family-plan', recipientId, bilingual: { language: 'pl', order: 'theirs-first', confirmDraft: true } });
    expect(made.language).toBe('pl');
    expect(made.untranslatedKeys).toEqual([]);
    expect(made.fileName).toMatch(/-pl\.pdf$/u);
    const text = textOf(made);
    // A statement of the example, translated ("PL …") and in English, the translation first.
    const segment = imported.status.segments.find((s) => s.kind === 'statement' && s.source.length > 30)!;
    const english = segment.source.replace(/\s+/gu, ' ').slice(0, 40);
    const translated = text.indexOf(`PL ${english}`);
    expect(translated).toBeGreaterThanOrEqual(0);
    expect(text.indexOf(english, translated + 3 + english.length)).toBeGreaterThan(translated);
    // Fixed words from the pack and the English source.
    expect(text.indexOf('Co idzie dobrze')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('What is going well')).toBeGreaterThan(text.indexOf('Co idzie dobrze'));
  }, 120_000);

  test('the decision letter: refused for a draft until confirmed and until its own words are translated, then made in both languages', async () => {
    const { recipients } = await ok(app, 'checkFamilyPlan', { conferenceId, kind: 'letter', recipientId: null });
    const parent = recipients.find((recipient) => recipient.description === 'Parent or carer')!;
    const before = databaseSnapshot(app);
    const draft = await refused(app, 'makeDocument', { conferenceId, kind: 'letter', recipientId: parent.id, bilingual: { language: 'pl', order: 'theirs-first' } });
    expect(draft.kind).toBe('validation');
    expect(draft.fields?.bilingual).toBeDefined();
    const untranslated = await refused(app, 'makeDocument', { conferenceId, kind: 'letter', recipientId: parent.id, bilingual: { language: 'pl', order: 'theirs-first', confirmDraft: true } });
    expect(untranslated.kind).toBe('conflict');
    expect(databaseSnapshot(app)).toBe(before);

    const imported = await translateEverything(app, conferenceId, parent.id, 'pl');
    expect(imported.status.complete).toBe(true);
    const made = await ok(app, 'makeDocument', { conferenceId, kind: 'letter', recipientId: parent.id, bilingual: { language: 'pl', order: 'theirs-first', confirmDraft: true } });
    expect(made.language).toBe('pl');
    expect(made.untranslatedKeys).toEqual([]);
    expect(made.fileName).toMatch(/^decision-letter-.*-pl\.pdf$/u);
    const text = textOf(made);
    // Fixed words from the pack before the English source, and the conference's own words translated ("PL …").
    expect(text.indexOf('Co postanowiła konferencja')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('What the conference decided')).toBeGreaterThan(text.indexOf('Co postanowiła konferencja'));
    expect(text).toContain('PL ');
  }, 120_000);

  test('a language without a pack, a malformed choice, or a professional document in two languages is refused', async () => {
    const { recipients } = await ok(app, 'checkFamilyPlan', { conferenceId, recipientId: null });
    const recipientId = recipients[0]!.id;
    const before = databaseSnapshot(app);
    expect((await refused(app, 'makeDocument', { conferenceId, kind: 'family-plan', recipientId, bilingual: { language: 'xx', order: 'theirs-first', confirmDraft: true } })).kind).toBe('validation');
    expect((await refused(app, 'makeDocument', { conferenceId, kind: 'family-plan', recipientId, bilingual: { language: 'Polish', order: 'theirs-first' } })).kind).toBe('validation');
    expect((await refused(app, 'makeDocument', { conferenceId, kind: 'family-plan', recipientId, bilingual: { language: 'pl', order: 'sideways' } })).kind).toBe('validation');
    expect((await refused(app, 'makeDocument', { conferenceId, kind: 'record', bilingual: { language: 'pl', order: 'theirs-first', confirmDraft: true } })).kind).toBe('validation');
    expect(databaseSnapshot(app)).toBe(before);
  });
});
