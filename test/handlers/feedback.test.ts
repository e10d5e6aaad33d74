import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApplication } from '../support/app';
import { databaseSnapshot, ok, refused } from '../support/calls';
import { adeyemiConference, type AdeyemiConference } from '../support/family-side';

let app: ReturnType<typeof startTestApplication>;
let family: AdeyemiConference;
beforeEach(async () => {
  app = startTestApplication();
  family = await adeyemiConference(app);
});
afterEach(() => app.dispose());

const NO_ANSWERS = { knew_why: null, saw_reports_in_time: null, listened_to: null, understood_decision: null, know_what_happens_next: null, had_support: null };
const answers = (overrides: Record<string, number | null> = {}) => ({ ...NO_ANSWERS, knew_why: 4, listened_to: 5, ...overrides });
const feedback = (overrides: Record<string, unknown> = {}) => ({
  conferenceId: family.conferenceId,
  respondent: 'parent-or-carer',
  how: 'from-paper',
  answers: answers(),
  anythingElse: 'The room was too hot.',
  ...overrides,
});
const stored = () => app.db.prepare('SELECT * FROM family_feedback').all() as Record<string, unknown>[];

describe('issue 17 item 2: recording the family’s feedback', () => {
  it('keeps an anonymous answer, on the scale or unanswered, with the date on the paper form', async () => {
    expect(await ok(app, 'recordFeedback', feedback({ givenOn: '2026-03-20', answers: answers({ had_support: null }) }))).toEqual({ saved: true });
    const [row] = stored();
    expect(row).toMatchObject({ conference_id: family.conferenceId, family_member_id: null, respondent: 'parent-or-carer', how: 'from-paper', given_on: '2026-03-20', knew_why: 4, listened_to: 5, had_support: null, anything_else: 'The room was too hot.' });
    expect(await ok(app, 'getFeedbackCounts', { conferenceId: family.conferenceId })).toEqual({
      conferenceId: family.conferenceId,
      total: 1,
      anonymous: 1,
      byRespondent: { 'parent-or-carer': 1, 'young-person': 0, 'family-network': 0 },
      byHow: { 'on-the-laptop': 0, 'from-paper': 1 },
    });
  });

  it('keeps a named answer from someone of this family who was invited, as who they are', async () => {
    await ok(app, 'recordFeedback', feedback({ familyMemberId: family.ngozi, respondent: 'family-network' }));
    expect(stored()[0]).toMatchObject({ family_member_id: family.ngozi, respondent: 'family-network' });
    const form = await ok(app, 'getFeedbackForm', { conferenceId: family.conferenceId });
    expect(form.familyMode).toBe(false);
    expect(form.people.map((p) => [p.name, p.respondent])).toEqual([
      ['Grace Adeyemi', 'parent-or-carer'],
      ['Daniel Byrne', 'parent-or-carer'],
      ['Ngozi Adeyemi', 'family-network'],
    ]);
  });

  it('refuses a family member of another conference, and the wrong kind of respondent, changing nothing', async () => {
    const other = await adeyemiConference(app);
    const before = databaseSnapshot(app);
    const foreign = await refused(app, 'recordFeedback', feedback({ familyMemberId: other.grace }));
    expect(foreign).toMatchObject({ kind: 'validation', fields: { familyMemberId: expect.stringContaining('Choose a name') } });
    const mismatch = await refused(app, 'recordFeedback', feedback({ familyMemberId: family.ngozi, respondent: 'parent-or-carer' }));
    expect(mismatch).toMatchObject({ kind: 'validation', fields: { respondent: expect.any(String) } });
    const child = await refused(app, 'recordFeedback', feedback({ familyMemberId: family.grace, respondent: 'young-person' }));
    expect(child.kind).toBe('validation');
    expect(databaseSnapshot(app)).toBe(before);
  });

  it('validates every answer: off the scale, wrong types, unknown fields, too long, hidden characters, the future', async () => {
    const before = databaseSnapshot(app);
    const bad: Record<string, unknown>[] = [
      feedback({ answers: answers({ knew_why: 6 }) }),
      feedback({ answers: answers({ knew_why: 0 }) }),
      feedback({ answers: answers({ knew_why: 2.5 }) }),
      feedback({ answers: { ...answers(), knew_why: '4' } }),
      feedback({ answers: { ...answers(), extra_question: 3 } }),
      feedback({ respondent: 'social-worker' }),
      feedback({ how: 'by-post' }),
      feedback({ anythingElse: 'x'.repeat(5_001) }),
      feedback({ anythingElse: 'Fine \u202Eenif' }),
      feedback({ givenOn: '2026-02-30' }),
      feedback({ givenOn: '2999-01-01' }),
      feedback({ conferenceId: 'not-an-id' }),
      { ...feedback(), sneaky: true },
    ];
    for (const input of bad) expect((await refused(app, 'recordFeedback', input)).kind, JSON.stringify(input).slice(0, 80)).toMatch(/validation/);
    expect(databaseSnapshot(app)).toBe(before);
  });

  it('is kept apart from the record: the conference, its documents’ source and the search never read it', async () => {
    await ok(app, 'recordFeedback', feedback({ anythingElse: 'Marigold pelican remark' }));
    const conference = await ok(app, 'getConference', { conferenceId: family.conferenceId });
    expect(JSON.stringify(conference)).not.toContain('Marigold');
    const found = await ok(app, 'searchCaseload', { text: 'Marigold' });
    expect(JSON.stringify(found)).not.toContain(family.conferenceId);
    const history = await ok(app, 'getConferenceHistory', { conferenceId: family.conferenceId });
    expect(history.some((event) => event.entity === 'family-feedback')).toBe(false);
  });

  it('can be given after the conference is finalised', async () => {
    await ok(app, 'markConferenceHeld', { conferenceId: family.conferenceId, held: { date: '2026-03-19', time: '10:00' } });
    app.db.prepare("UPDATE conference SET status = 'finalised' WHERE id = ?").run(family.conferenceId);
    expect(await ok(app, 'recordFeedback', feedback())).toEqual({ saved: true });
  });
});
