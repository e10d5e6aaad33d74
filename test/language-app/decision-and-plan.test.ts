import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConferenceDetail } from '../../shared/conference/details';
import type { DecisionRecord } from '../../shared/decision/record';
import { LANGUAGE_FIELDS } from '../../shared/language-settings/schema';
import { startTestApplication } from '../support/app';
import { databaseSnapshot, finaliseHeld, ok, refused } from '../support/calls';
import { recordExampleDecisions, recordExamplePlan } from '../decision/example';

let app: ReturnType<typeof startTestApplication>;
let example: ConferenceDetail;
let other: ConferenceDetail;
beforeEach(async () => {
  app = startTestApplication();
  example = await ok(app, 'loadExampleConference', {});
  other = await ok(app, 'loadExampleConference', {});
});
afterEach(() => app.dispose());

function ignore(conferenceId: string, recordKind: string, recordId: string, field: string) {
  return {
    id: randomUUID(),
    conferenceId,
    recordKind,
    recordId,
    field,
    ruleId: 'depersonalising.role-as-name',
    text: 'Mother',
    reason: 'The wording agreed with the family at the conference.',
  };
}

/** One record of each new kind, and the field checked in it. */
async function recordEach(conference: ConferenceDetail): Promise<[string, string, string][]> {
  await ok(app, 'saveStatement', { conferenceId: conference.id, id: randomUUID(), kind: 'strength', text: 'Carol helps every week.' });
  await recordExampleDecisions(app, conference);
  const record: DecisionRecord = await recordExamplePlan(app, conference);
  const first = <T>(items: readonly T[]): T => {
    const item = items[0];
    if (item === undefined) throw new Error('expected an item');
    return item;
  };
  return [
    ['decision', first(record.decisions).id, 'chairReasons'],
    ['statement', first(record.statements).id, 'text'],
    ['dissent', first(record.dissents).id, 'grounds'],
    ['outcome', first(record.outcomes).id, 'text'],
    ['outcome', first(record.outcomes).id, 'measure'],
    ['action', first(record.actions).id, 'what'],
    ['plan', conference.id, 'contingency'],
  ];
}

describe('the decision and plan’s long texts', () => {
  it('declares each field with its audience: the plan’s outcomes, actions and contingency are family-facing', () => {
    expect(LANGUAGE_FIELDS.decision.chairReasons).toBe('professional');
    expect(LANGUAGE_FIELDS.statement.text).toBe('professional');
    expect(LANGUAGE_FIELDS.dissent.grounds).toBe('professional');
    expect(LANGUAGE_FIELDS.outcome).toEqual({ text: 'family', measure: 'family' });
    expect(LANGUAGE_FIELDS.action.what).toBe('family');
    expect(LANGUAGE_FIELDS.plan.contingency).toBe('family');
    expect(LANGUAGE_FIELDS.amendment).toEqual({ correction: 'professional', reason: 'professional' });
  });

  it('accepts an ignore decision for a record of each new kind of this conference', async () => {
    const targets = await recordEach(example);
    for (const [kind, id, field] of targets) {
      const input = ignore(example.id, kind, id, field);
      const list = await ok(app, 'ignoreFinding', input);
      expect(list.find((saved) => saved.id === input.id), kind).toMatchObject({ recordKind: kind, recordId: id, field });
    }
    expect(await ok(app, 'listIgnoreDecisions', { conferenceId: example.id })).toHaveLength(targets.length);
  });

  it('refuses one for an unknown record, or another conference’s record, and changes nothing', async () => {
    const theirs = await recordEach(other);
    await recordEach(example);
    const before = databaseSnapshot(app);
    for (const [kind, id, field] of theirs) {
      const unknown = await refused(app, 'ignoreFinding', ignore(example.id, kind, randomUUID(), field));
      expect(unknown.kind, kind).toBe('not-found');
      const another = await refused(app, 'ignoreFinding', ignore(example.id, kind, id, field));
      expect(another.kind, kind).toBe(kind === 'plan' ? 'not-found' : 'conflict');
    }
    expect((await refused(app, 'ignoreFinding', ignore(example.id, 'outcome', randomUUID(), 'progressNote'))).kind).toBe('validation');
    expect(databaseSnapshot(app)).toBe(before);
  });

  it('checks an amendment’s record, and refuses any decision once the conference is finalised', async () => {
    await recordExampleDecisions(app, example);
    await recordExamplePlan(app, example);
    await finaliseHeld(app, example.id);
    const record = await ok(app, 'amendConference', {
      conferenceId: example.id,
      id: randomUUID(),
      section: 'plan',
      correction: 'Mother to engage with services.',
      reason: 'The outcome was minuted wrongly.',
    });
    const amendmentId = record.amendments[0]?.id ?? '';
    expect((await refused(app, 'ignoreFinding', ignore(example.id, 'amendment', randomUUID(), 'correction'))).kind).toBe('not-found');
    expect((await refused(app, 'ignoreFinding', ignore(other.id, 'amendment', amendmentId, 'correction'))).kind).toBe('conflict');
    // The record is this conference's, but a finalised conference's decisions cannot change.
    expect((await refused(app, 'ignoreFinding', ignore(example.id, 'amendment', amendmentId, 'correction'))).kind).toBe('locked');
    const summary = await ok(app, 'getLanguageSummary', { conferenceId: example.id });
    expect(summary.byCategory.map((entry) => entry.category)).toContain('depersonalising');
  });
});

describe('the summary counts the decision and plan', () => {
  it('flags “Mother to engage with services” in an outcome as family-facing, and counts each new field', async () => {
    const empty = await ok(app, 'getLanguageSummary', { conferenceId: example.id });
    await recordExampleDecisions(app, example);
    await recordExamplePlan(app, example);
    const planned = await ok(app, 'getLanguageSummary', { conferenceId: example.id });
    // 3 decisions (chair's reasons; the deferred one's reason), 1 dissent, 6 outcomes × 2, 8 actions, the contingency plan.
    expect(planned.textsChecked - empty.textsChecked).toBe(3 + 1 + 1 + 12 + 8 + 1);
    const outcomeId = randomUUID();
    await ok(app, 'saveOutcome', { conferenceId: example.id, id: outcomeId, text: 'Mother to engage with services', measure: '' });
    const flagged = await ok(app, 'getLanguageSummary', { conferenceId: example.id });
    expect(flagged.textsChecked).toBe(planned.textsChecked + 1);
    const vague = (summary: typeof planned) => summary.byCategory.find((entry) => entry.category === 'vague')?.counts ?? { error: 0, warning: 0, info: 0 };
    const role = (summary: typeof planned) => summary.byCategory.find((entry) => entry.category === 'depersonalising')?.counts.warning ?? 0;
    // Family-facing: "engage with services" is a warning for the family (it would only be a note in the professional record).
    expect(vague(flagged).warning).toBe(vague(planned).warning + 1);
    expect(vague(flagged).info).toBe(vague(planned).info);
    expect(role(flagged)).toBe(role(planned) + 1);

    const decisions = await ok(app, 'listIgnoreDecisions', { conferenceId: example.id });
    expect(decisions).toEqual([]);
  });
});
