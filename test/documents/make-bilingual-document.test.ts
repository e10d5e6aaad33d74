import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { startTestApplication } from '../support/app';
import { databaseSnapshot, ok, refused } from '../support/calls';

let app: ReturnType<typeof startTestApplication>;
let conferenceId: string;

beforeEach(async () => {
  app = startTestApplication();
  conferenceId = (await ok(app, 'loadExampleConference', { stage: 'held' })).id;
});
afterEach(() => app.dispose());

describe('asking for a bilingual family document', () => {
  test('a draft pack is refused until the chair confirms it, and the refusal changes nothing', async () => {
    const { recipients } = await ok(app, 'checkFamilyPlan', { conferenceId, recipientId: null });
    const recipientId = recipients[0]!.id;
    const before = databaseSnapshot(app);
    const error = await refused(app, 'makeDocument', { conferenceId, kind: 'family-plan', recipientId, bilingual: { language: 'pl', order: 'theirs-first' } });
    expect(error.kind).toBe('validation');
    expect(error.message).toContain('No translator has checked the Polish pack yet');
    expect(error.fields?.bilingual).toBeDefined();
    expect(databaseSnapshot(app)).toBe(before);

    const made = await ok(app, 'makeDocument', { conferenceId, kind: 'family-plan', recipientId, bilingual: { language: 'pl', order: 'theirs-first', confirmDraft: true } });
    expect(made.language).toBe('pl');
    expect(made.untranslatedKeys).toEqual([]);
    expect(made.fileName).toMatch(/-pl\.pdf$/u);
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
