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

async function children() {
  const conference = await ok(app, 'getConference', { conferenceId });
  return { ruby: conference.children.find((c) => c.givenName === 'Ruby')!, baby: conference.children.find((c) => c.isUnborn)! };
}

describe('the child’s own copy, through the application', () => {
  test('every born child can have one, offered by default from age 10; the chosen child’s copy is checked against the children’s target', async () => {
    const { children: list, leftOut, check } = await ok(app, 'checkChildPlan', { conferenceId, childId: null });
    expect(leftOut).toBeNull();
    expect(check).toBeNull();
    // Ruby is 9 and Leo 4 at the conference; the baby is not born, so has no copy.
    expect(list.map((c) => [c.name, c.age, c.offeredByDefault])).toEqual([
      ['Ruby Price', 9, false],
      ['Leo Mills', 4, false],
    ]);
    const { ruby } = await children();
    const checked = await ok(app, 'checkChildPlan', { conferenceId, childId: ruby.id });
    expect(checked.check).toMatchObject({ childId: ruby.id, title: 'Your plan, Ruby', readingAgeTarget: 9, gate: { allowed: true, reason: 'No wording problems block this child’s copy.' } });
    expect(checked.check?.readingAge).toBeGreaterThan(0);
    // What was left out of her copy, and why: the other children's decisions, the adviser who supports her mother.
    expect(checked.leftOut?.some((entry) => entry.rule === 'other-child' && entry.description.includes('Leo'))).toBe(true);
    expect(checked.leftOut?.some((entry) => entry.rule === 'supports-someone-else')).toBe(true);
  });

  test('the authority’s target for children’s copies is its own setting', async () => {
    const settings = await ok(app, 'getAuthoritySettings', {});
    await ok(app, 'updateAuthoritySettings', { settings: { ...settings, childReadingAgeTarget: 8 } });
    const { ruby } = await children();
    const checked = await ok(app, 'checkChildPlan', { conferenceId, childId: ruby.id });
    expect(checked.check?.readingAgeTarget).toBe(8);
    expect((await ok(app, 'checkFamilyPlan', { conferenceId, recipientId: null })).check).toBeNull();
  });

  test('made as a PDF and recorded with the child it was made for', async () => {
    const { ruby } = await children();
    const made = await ok(app, 'makeDocument', { conferenceId, kind: 'child-plan', recipientId: ruby.id, printSize: 'large' });
    expect(Buffer.from(made.pdfBase64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(made).toMatchObject({ fileName: 'your-plan-ruby-2026-03-19-large-print.pdf', title: 'Your plan, Ruby', pdfUaIdentifier: true });
    const exports = await ok(app, 'listDocumentExports', { conferenceId });
    expect(exports[0]).toMatchObject({ kind: 'child-plan', printSize: 'large', recipientName: 'Ruby Price', wordingErrors: 0, overrideReason: null });
  }, 120_000);

  test('a copy for no child, or for a baby not yet born, is refused beside the field and changes nothing', async () => {
    const { baby } = await children();
    const before = databaseSnapshot(app);
    const missing = await refused(app, 'makeDocument', { conferenceId, kind: 'child-plan' });
    expect(missing.fields?.recipientId).toBe('Choose which child this copy is for.');
    const unborn = await refused(app, 'makeDocument', { conferenceId, kind: 'child-plan', recipientId: baby.id });
    expect(unborn).toMatchObject({ kind: 'validation', message: 'Choose which child this copy is for.' });
    const check = await refused(app, 'checkChildPlan', { conferenceId, childId: baby.id });
    expect(check.kind).toBe('validation');
    expect(databaseSnapshot(app)).toBe(before);
  });
});
