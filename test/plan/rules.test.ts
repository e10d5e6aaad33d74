import { describe, expect, it } from 'vitest';
import { planProblems, reviewDateProblems } from '../../shared/plan/rules';
import { EMPTY_PLAN } from '../../db/plan/queries';

const complete = {
  plan: {
    ...EMPTY_PLAN,
    visits: [{ childId: 'c1', frequency: 'Every 10 working days', where: 'Home', seenAlone: 'Every visit', restriction: { level: 'none' as const } }],
    contingency: 'Urgent strategy discussion.',
    coreGroup: [{ kind: 'professional' as const, professionalId: 'p1' }],
    firstCoreGroupDate: '2026-04-01',
    nextReviewDate: '2026-06-19',
  },
  outcomes: [{ id: 'o1', text: 'Ruby is safe', measure: 'No call-outs' }],
  actions: [{ id: 'a1', outcomeId: 'o1', what: 'Visit', owners: [{ kind: 'named' as const, name: 'Tom' }], dueDate: '2026-04-01' }],
  childrenWithPlan: [{ id: 'c1', name: 'Ruby' }],
  needsFirstCoreGroup: true,
  proposedNextReviewDate: '2026-06-19',
};

describe('a plan ready to finalise', () => {
  it('has no problems when complete', () => {
    expect(planProblems(complete)).toEqual([]);
  });
  it('refuses an outcome without a measure, an action without an owner or a date, and no contingency plan', () => {
    const paths = planProblems({
      ...complete,
      plan: { ...complete.plan, contingency: '' },
      outcomes: [{ id: 'o1', text: 'Ruby is safe', measure: '' }],
      actions: [{ id: 'a1', outcomeId: 'o1', what: 'Visit', owners: [], dueDate: null }],
    }).map((p) => p.path);
    expect(paths).toEqual(['outcomes.o1.measure', 'actions.a1.owners', 'actions.a1.dueDate', 'contingency']);
  });
  it('needs how often each child with a plan is seen, and seen alone', () => {
    expect(planProblems({ ...complete, plan: { ...complete.plan, visits: [] } }).map((p) => p.path)).toEqual(['visits.c1.frequency', 'visits.c1.seenAlone']);
  });
  it('needs an action for each outcome', () => {
    expect(planProblems({ ...complete, actions: [] }).map((p) => p.path)).toEqual(['outcomes.o1.actions']);
  });
});

describe('the next review date', () => {
  it('is on or before the due date; earlier is brought forward with a reason', () => {
    expect(reviewDateProblems({ nextReviewDate: '2026-06-19', broughtForwardReason: '' }, '2026-06-19')).toEqual([]);
    expect(reviewDateProblems({ nextReviewDate: '2026-06-22', broughtForwardReason: '' }, '2026-06-19')[0]?.path).toBe('nextReviewDate');
    expect(reviewDateProblems({ nextReviewDate: '2026-06-04', broughtForwardReason: '' }, '2026-06-19')[0]?.path).toBe('broughtForwardReason');
    expect(reviewDateProblems({ nextReviewDate: '2026-06-04', broughtForwardReason: 'Before the birth.' }, '2026-06-19')).toEqual([]);
  });
});
