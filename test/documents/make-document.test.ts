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
    const noLetter = await refused(app, 'makeDocument', { conferenceId, kind: 'letter' });
    expect(noLetter.fields?.recipientId).toBe('Choose who the decision letter is for.');
    expect(databaseSnapshot(app)).toBe(before);
  });

  test('the chair sees what was left out of each recipient’s copy, and why, before it is made', async () => {
    const { recipients } = await ok(app, 'checkFamilyPlan', { conferenceId, recipientId: null });
    const jordan = recipients.find((r) => r.name === 'Jordan Mills')!;
    const plan = await ok(app, 'checkFamilyPlan', { conferenceId, recipientId: jordan.id });
    expect(plan.leftOut).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'helper', rule: 'supports-someone-else', description: expect.stringContaining('Nadia Rahman') })]));
    expect(plan.leftOut?.some((entry) => entry.rule === 'other-child' && entry.description.includes('Ruby'))).toBe(true);
    const letters = await ok(app, 'checkFamilyPlan', { conferenceId, kind: 'letter', recipientId: null });
    expect(letters.recipients.map((r) => r.name)).toEqual(expect.arrayContaining(['Danielle Price', 'Jordan Mills', 'Aaron Whitfield', 'everyone invited']));
    const letter = await ok(app, 'checkFamilyPlan', { conferenceId, kind: 'letter', recipientId: jordan.id });
    expect(letter.check).toBeNull();
    expect(letter.leftOut?.map((entry) => entry.rule)).toContain('kept-from-reader');
  });

  test('a decision letter for one parent, and another child added to a copy with the reason kept with the record of it', async () => {
    const { recipients } = await ok(app, 'checkFamilyPlan', { conferenceId, kind: 'letter', recipientId: null });
    const jordan = recipients.find((r) => r.name === 'Jordan Mills')!;
    const conference = await ok(app, 'getConference', { conferenceId });
    const ruby = conference.children.find((c) => c.givenName === 'Ruby')!;
    expect(jordan.childIds).not.toContain(ruby.id);

    const before = databaseSnapshot(app);
    const noReason = await refused(app, 'makeDocument', { conferenceId, kind: 'letter', recipientId: jordan.id, addedChildIds: [ruby.id] });
    expect(noReason.fields?.addedReason).toBe('Say why this copy covers another child.');
    const stranger = await refused(app, 'makeDocument', { conferenceId, kind: 'letter', recipientId: jordan.id, addedChildIds: [jordan.id], addedReason: 'A reason.' });
    expect(stranger.fields?.addedChildIds).toBe('Choose a child of this conference.');
    expect(databaseSnapshot(app)).toBe(before);

    const made = await ok(app, 'makeDocument', { conferenceId, kind: 'letter', recipientId: jordan.id, addedChildIds: [ruby.id], addedReason: 'Ruby stays with Jordan’s family at weekends.' });
    expect(made.fileName).toMatch(/^decision-letter-jordan-mills-/);
    const [latest] = await ok(app, 'listDocumentExports', { conferenceId });
    expect(latest).toMatchObject({ kind: 'letter', recipientName: 'Jordan Mills', addedChildren: [ruby.displayName], addedReason: 'Ruby stays with Jordan’s family at weekends.' });
  }, 60_000);

  test('a copy that would cover no child is refused with a message beside the children', async () => {
    const conference = await ok(app, 'getConference', { conferenceId });
    const aaron = conference.familyMembers.find((m) => m.givenName === 'Aaron')!;
    const { kind, givenName, familyName, livesInHousehold, contactDetails, contactDetailsConfidential, firstLanguage, interpreterLanguage, interpreterDialect, communicationNeeds } = aaron;
    await ok(app, 'updateFamilyMember', {
      familyMemberId: aaron.id,
      member: { kind, givenName, familyName, livesInHousehold, contactDetails, contactDetailsConfidential, firstLanguage, interpreterLanguage, interpreterDialect, communicationNeeds, relationships: [] },
    });
    const before = databaseSnapshot(app);
    const error = await refused(app, 'makeDocument', { conferenceId, kind: 'family-plan', recipientId: aaron.id });
    expect(error.kind).toBe('validation');
    expect(error.fields?.addedChildIds).toContain('would cover no child');
    expect(databaseSnapshot(app)).toBe(before);
  });

  test('whom a helper supports is recorded per invitation, only for this family and only for a professional', async () => {
    const conference = await ok(app, 'getConference', { conferenceId });
    const nadia = conference.invitations.find((i) => i.invitee.name === 'Nadia Rahman')!;
    const danielle = conference.familyMembers.find((m) => m.givenName === 'Danielle')!;
    expect(nadia.supportsFamilyMemberIds).toEqual([danielle.id]);
    const changed = await ok(app, 'setInvitationSupports', { invitationId: nadia.id, supportsFamilyMemberIds: [] });
    expect(changed.invitations.find((i) => i.id === nadia.id)?.supportsFamilyMemberIds).toEqual([]);
    const before = databaseSnapshot(app);
    const outsider = await refused(app, 'setInvitationSupports', { invitationId: nadia.id, supportsFamilyMemberIds: [conferenceId] });
    expect(outsider.fields?.supportsFamilyMemberIds).toBe('Choose people from this family.');
    const family = conference.invitations.find((i) => i.invitee.kind === 'family-member')!;
    expect((await refused(app, 'setInvitationSupports', { invitationId: family.id, supportsFamilyMemberIds: [] })).kind).toBe('validation');
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
    await ok(app, 'makeDocument', { conferenceId, kind: 'letter', recipientId: 'everyone-invited', overrideReason: 'Not needed for a letter, so not kept.' });
    const exports = await ok(app, 'listDocumentExports', { conferenceId });
    expect(exports.map((e) => [e.kind, e.recipientName, e.overrideReason])).toEqual([
      ['letter', 'everyone invited', null],
      ['family-plan', recipients[0]!.name, reason],
    ]);
    expect(exports[1]!.wordingErrors).toBe(checked.check?.errors.length);
  }, 60_000);
});
