import { describe, expect, it } from 'vitest';
import { censusCode, decisionProblems, initialCategories, outcomesOffered, type DecisionFacts } from '../../shared/decision/rules';
import { DecisionDetailsSchema, type DecisionDetailsInput } from '../../shared/decision/schema';
import { SaveStatementSchema } from '../../shared/decision/analysis';
import { finaliseProblems } from '../../shared/decision/readiness';
import { EMPTY_PLAN } from '../../db/plan/queries';

const facts: DecisionFacts = {
  conferenceType: 'initial',
  conferenceDate: '2026-03-19',
  childIsUnborn: false,
  hadPlan: false,
  professionalIds: new Set(['p1']),
  familyMemberIds: new Set(['f1']),
};
const problems = (input: Partial<DecisionDetailsInput>, over: Partial<DecisionFacts> = {}) =>
  decisionProblems(DecisionDetailsSchema.parse({ chairReasons: 'Reasons.', outcome: 'plan', ...input }), { ...facts, ...over });

describe('census codes', () => {
  it('exports one category as its own code and more than one as MUL', () => {
    expect(censusCode(['neglect'])).toBe('NEG');
    expect(censusCode(['physical'])).toBe('PHY');
    expect(censusCode(['sexual'])).toBe('SAB');
    expect(censusCode(['emotional'])).toBe('EMO');
    expect(censusCode(['emotional', 'neglect'])).toBe('MUL');
    expect(censusCode(['emotional', 'emotional'])).toBe('EMO');
    expect(censusCode([])).toBeNull();
  });
});

describe('the decision for a child', () => {
  it('accepts a plan with the test met, a limb and one category', () => {
    expect(problems({ testMet: true, limb: 'b', categories: ['emotional'] })).toEqual({});
  });
  it('needs the test, the limb and the category for a plan', () => {
    expect(problems({})).toHaveProperty('testMet');
    expect(problems({ testMet: false, categories: ['emotional'] })).toHaveProperty('testMet');
    expect(problems({ testMet: true, categories: ['emotional'] })).toHaveProperty('limb');
    expect(problems({ testMet: true, limb: 'a' })).toHaveProperty('categories');
  });
  it('needs a reason for more than one category', () => {
    expect(problems({ testMet: true, limb: 'a', categories: ['emotional', 'physical'] })).toHaveProperty('categoryJustification');
    expect(problems({ testMet: true, limb: 'a', categories: ['emotional', 'physical'], categoryJustification: 'Both.' })).toEqual({});
  });
  it('says what happens instead when there is no plan, and refuses no plan when the test is met', () => {
    expect(problems({ outcome: 'no-plan', testMet: false })).toHaveProperty('instead');
    expect(problems({ outcome: 'no-plan', testMet: false, instead: 'no-further-action' })).toEqual({});
    expect(problems({ outcome: 'no-plan', testMet: true, instead: 'family-help-plan' })).toHaveProperty('testMet');
    expect(problems({ outcome: 'no-plan', testMet: false, instead: 'family-help-plan', categories: ['neglect'] })).toHaveProperty('categories');
    expect(problems({ outcome: 'no-plan', testMet: false, instead: 'family-help-plan', limb: 'a' })).toHaveProperty('limb');
  });
  it('lets only an unborn baby’s decision wait for a named review after this conference', () => {
    const deferred = { outcome: 'deferred' as const, deferredTo: '2026-06-04', deferredReason: 'Pre-birth assessment.' };
    expect(problems(deferred, { childIsUnborn: true })).toEqual({});
    expect(problems(deferred)).toHaveProperty('outcome');
    expect(problems({ ...deferred, deferredTo: '2026-03-19' }, { childIsUnborn: true })).toHaveProperty('deferredTo');
    expect(problems({ ...deferred, deferredReason: '' }, { childIsUnborn: true })).toHaveProperty('deferredReason');
    expect(outcomesOffered('initial', true, false)).toEqual(['plan', 'no-plan', 'deferred']);
  });
  it('at a review continues, changes or ends a plan the child has; an ending gives its reason', () => {
    const review = { conferenceType: 'review' as const, hadPlan: true };
    expect(outcomesOffered('review', false, true)).toEqual(['continue-plan', 'change-plan', 'end-plan']);
    expect(problems({ outcome: 'continue-plan', testMet: true, limb: 'a', categories: ['neglect'] }, review)).toEqual({});
    expect(problems({ outcome: 'continue-plan', testMet: true, limb: 'a', categories: ['neglect'] })).toHaveProperty('outcome');
    expect(problems({ outcome: 'plan', testMet: true, limb: 'a', categories: ['neglect'] }, review)).toHaveProperty('outcome');
    expect(problems({ outcome: 'end-plan', testMet: false, instead: 'family-help-plan' }, review)).toHaveProperty('endingReason');
    expect(problems({ outcome: 'end-plan', testMet: true, endingReason: 'no-longer-at-risk', instead: 'family-help-plan' }, review)).toHaveProperty('testMet');
    expect(problems({ outcome: 'end-plan', testMet: false, endingReason: 'no-longer-at-risk', instead: 'family-help-plan' }, review)).toEqual({});
    expect(problems({ outcome: 'no-plan', testMet: false, instead: 'family-help-plan' }, review)).toHaveProperty('outcome');
  });
  it('checks each agency view and family view is someone known, once', () => {
    const views = { agencyViews: [{ professionalId: '7d1f0e0a-0000-4000-8000-000000000001', view: 'plan' as const }] };
    expect(problems({ testMet: true, limb: 'a', categories: ['neglect'], ...views })).toHaveProperty(['agencyViews.0.professionalId']);
  });
});

describe('initial and latest category', () => {
  it('is the category when the current run of plans began', () => {
    expect(initialCategories([{ outcome: 'plan', categories: ['emotional'] }, { outcome: 'continue-plan', categories: ['neglect'] }])).toEqual(['emotional']);
    expect(initialCategories([{ outcome: 'plan', categories: ['emotional'] }, { outcome: 'end-plan', categories: [] }, { outcome: 'plan', categories: ['physical'] }])).toEqual(['physical']);
    expect(initialCategories([{ outcome: 'deferred', categories: [] }, { outcome: 'plan', categories: ['physical'] }])).toEqual(['physical']);
  });
});

describe('analysis statements', () => {
  it('pairs a safety goal with a danger statement and says whose words', () => {
    const base = { conferenceId: '7d1f0e0a-0000-4000-8000-000000000001', id: '7d1f0e0a-0000-4000-8000-000000000002', text: 'Safe.' };
    expect(SaveStatementSchema.safeParse({ ...base, kind: 'safety-goal' }).success).toBe(false);
    expect(SaveStatementSchema.safeParse({ ...base, kind: 'strength', inFamilysWords: true }).success).toBe(false);
    expect(SaveStatementSchema.safeParse({ ...base, kind: 'strength', inFamilysWords: true, whoseWords: 'Danielle' }).success).toBe(true);
  });
});

describe('readiness to finalise', () => {
  const plan = { plan: EMPTY_PLAN, outcomes: [], actions: [], needsFirstCoreGroup: true, proposedNextReviewDate: '2026-06-19' };
  const held = { heldDate: '2026-03-19', today: '2026-03-20' };
  it('needs the conference held, on a date that has come (issue 15)', () => {
    const facts = { chairNamed: true, children: [], decisions: [], plan, withoutSpeaker: [] };
    expect(finaliseProblems({ ...facts, heldDate: null, today: '2026-03-20' })).toEqual([
      { path: 'held', message: 'Mark the conference as held: record the date and time it took place.' },
    ]);
    expect(finaliseProblems({ ...facts, heldDate: '2026-03-21', today: '2026-03-20' })).toEqual([
      { path: 'held', message: 'The conference is marked held on a date still to come: correct when it took place.' },
    ]);
    expect(finaliseProblems({ ...facts, heldDate: '2026-03-20', today: '2026-03-20' })).toEqual([]);
  });
  it('needs a decision for every child in the household', () => {
    const result = finaliseProblems({ ...held, chairNamed: true, children: [{ id: 'c1', name: 'Ruby' }, { id: 'c2', name: 'Leo' }], decisions: [{ childId: 'c1', outcome: 'no-plan', problems: {} }], plan, withoutSpeaker: [] });
    expect(result).toEqual([{ path: 'decisions.c2', message: 'Record the decision for Leo.' }]);
  });
  it('needs a complete plan only when a child has one', () => {
    const result = finaliseProblems({ ...held, chairNamed: false, children: [{ id: 'c1', name: 'Ruby' }], decisions: [{ childId: 'c1', outcome: 'plan', problems: {} }], plan, withoutSpeaker: [] });
    expect(result.map((p) => p.path)).toEqual(['chair', 'plan.outcomes', 'plan.visits.c1.frequency', 'plan.visits.c1.seenAlone', 'plan.contingency', 'plan.coreGroup', 'plan.firstCoreGroupDate', 'plan.nextReviewDate']);
  });
  it('needs a speaker for every contribution, saying how many and on which items', () => {
    const facts = { ...held, chairNamed: true, children: [], decisions: [], plan };
    expect(finaliseProblems({ ...facts, withoutSpeaker: [{ itemTitle: 'The family’s views', count: 1 }] })).toEqual([
      { path: 'minutes.speakers', message: '1 contribution to the minutes has no speaker yet, on “The family’s views”. Choose who was speaking in the minutes.' },
    ]);
    expect(finaliseProblems({ ...facts, withoutSpeaker: [{ itemTitle: 'Welcome', count: 2 }, { itemTitle: 'Analysis', count: 1 }, { itemTitle: 'The plan', count: 1 }] })[0]?.message).toBe(
      '4 contributions to the minutes have no speaker yet: 2 on “Welcome”, 1 on “Analysis” and 1 on “The plan”. Choose who was speaking in the minutes.',
    );
  });
});
