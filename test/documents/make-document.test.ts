import { randomUUID } from 'node:crypto';
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

describe('making documents', () => {
  test('the family’s plan: recipients first, then its reading age and whether it may go out', async () => {
    const { recipients, check } = await ok(app, 'checkFamilyPlan', { conferenceId, recipientId: null });
    expect(check).toBeNull();
    expect(recipients.length).toBeGreaterThan(0);
    const checked = await ok(app, 'checkFamilyPlan', { conferenceId, recipientId: recipients[0]!.id });
    expect(checked.check?.readingAge).toBeGreaterThan(0);
    expect(checked.check?.gate.allowed).toBe(true);
  });

  test('a made document is a PDF with its file name, and the export is in the conference’s history', async () => {
    const { recipients } = await ok(app, 'checkFamilyPlan', { conferenceId, recipientId: null });
    const made = await ok(app, 'makeDocument', { conferenceId, kind: 'family-plan', recipientId: recipients[0]!.id, printSize: 'large' });
    expect(Buffer.from(made.pdfBase64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(made.fileName).toMatch(/-large-print\.pdf$/);
    const history = await ok(app, 'getConferenceHistory', { conferenceId });
    expect(history.some((event) => event.action === 'export' && event.entity === 'document')).toBe(true);
  }, 60_000);

  test('the family’s plan for someone who does not receive it is refused and changes nothing', async () => {
    const before = databaseSnapshot(app);
    const error = await refused(app, 'makeDocument', { conferenceId, kind: 'family-plan', recipientId: 'family-member-who-is-not-there' });
    expect(error.kind).toBe('validation');
    const missing = await refused(app, 'makeDocument', { conferenceId, kind: 'family-plan' });
    expect(missing.fields?.recipientId).toBe('Choose who the family’s plan is for.');
    expect(databaseSnapshot(app)).toBe(before);
  });

  test('a family’s plan with harmful wording goes out only with the chair’s reason, which is kept with the record of it', async () => {
    await ok(app, 'saveStatement', { conferenceId, id: randomUUID(), kind: 'harm', text: 'Staff are worried about Ruby’s risky behaviour at the park after dark.' });
    const { recipients } = await ok(app, 'checkFamilyPlan', { conferenceId, recipientId: null });
    const recipientId = recipients[0]!.id;
    const checked = await ok(app, 'checkFamilyPlan', { conferenceId, recipientId });
    expect(checked.check?.gate.allowed).toBe(false);
    expect(checked.check?.errors.length).toBeGreaterThan(0);

    const before = databaseSnapshot(app);
    const held = await refused(app, 'makeDocument', { conferenceId, kind: 'family-plan', recipientId });
    expect(held.kind).toBe('conflict');
    const tooShort = await refused(app, 'makeDocument', { conferenceId, kind: 'family-plan', recipientId, overrideReason: 'Urgent.' });
    expect(tooShort.message).toContain('too short');
    expect(databaseSnapshot(app)).toBe(before);

    const reason = 'The family asked for the plan before the core group on Wednesday.';
    await ok(app, 'makeDocument', { conferenceId, kind: 'family-plan', recipientId, overrideReason: reason });
    await ok(app, 'makeDocument', { conferenceId, kind: 'letter', overrideReason: 'Not needed for a letter, so not kept.' });
    const exports = await ok(app, 'listDocumentExports', { conferenceId });
    expect(exports.map((e) => [e.kind, e.recipientName, e.overrideReason])).toEqual([
      ['letter', null, null],
      ['family-plan', recipients[0]!.name, reason],
    ]);
    expect(exports[1]!.wordingErrors).toBe(checked.check?.errors.length);
  }, 60_000);
});
