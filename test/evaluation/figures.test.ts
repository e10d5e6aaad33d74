import { describe, expect, it } from 'vitest';
import { evaluationFigures } from '../../electron/handlers/evaluation';
import { combineFigures, EvaluationFilterSchema, findingsPerThousandWords } from '../../shared/evaluation/figures';
import { evaluationCaseload } from '../support/evaluation-caseload';

const year2026 = EvaluationFilterSchema.parse({ from: '2026-01-01', to: '2026-12-31' });

/** Each expected value is worked out by hand from the facts in test/support/evaluation-caseload.ts. */
describe('the evaluation figures on a hand-made caseload', () => {
  const figures = evaluationFigures(evaluationCaseload(), year2026);

  it('counts the conferences in the range, and those held (A, B, C; D is only booked, E is in 2025)', () => {
    expect(figures.conferences).toBe(4);
    expect(figures.room.conferencesHeld).toBe(3);
  });

  it('timeliness: A held within 15 working days, B a week late, the review C a day early; the letter and record', () => {
    expect(figures.timeliness).toEqual({
      initialHeld: 2, initialOnTime: 1, initialNoStartDate: 0,
      reviewsHeld: 1, reviewsOnTime: 1, reviewsNoStartDate: 0,
      // A's letter went on 23 March, the working day after; B and C have sent nothing yet.
      lettersOnTime: 1, lettersLate: 0, lettersNotSent: 2,
      // A's record and plan went on 20 April, after 14 April (Easter's two bank holidays counted out).
      recordsOnTime: 0, recordsLate: 1, recordsNotSent: 2,
    });
  });

  it('the family in the room: parents, advocates, network, interpreters, reports shared in time', () => {
    expect(figures.room).toEqual({
      conferencesHeld: 3,
      parentsInvited: 4, parentsInPerson: 1, parentsOnline: 1, parentsDidNotAttend: 1, parentsNotRecorded: 1,
      advocatesPresent: 1, conferencesWithAdvocate: 1, networkMembersPresent: 1,
      interpretersNeeded: 1, interpretersBooked: 1,
      // Due by 17 March (3 working days before 20 March): 16 March is in time, 19 March is not.
      reportsShared: 2, reportsSharedInTime: 1, reportsNotShared: 1,
    });
  });

  it('the child’s voice and family networks', () => {
    expect(figures.childVoice).toEqual({ children: 4, childrenWithViews: 2, childrenAttended: 1 });
    expect(figures.childVoiceByMethod).toMatchObject({ written: 1, attended: 1, advocate: 0, drawing: 0 });
    expect(figures.networks).toEqual({ conferencesWithPlanRecord: 2, fgdmOffered: 2, fgdmDeclined: 0, fgdmHeld: 1, fgdmHeldBeforeConference: 1, fnspRequested: 1 });
  });

  it('decisions: outcomes, plans by category (a child in two categories counts in both) and dissent', () => {
    expect(figures.decisionsByOutcome).toEqual({ plan: 2, 'continue-plan': 1, 'change-plan': 0, 'end-plan': 0, 'no-plan': 1, deferred: 0 });
    expect(figures.plansByCategory).toEqual({ neglect: 2, emotional: 1, physical: 1, sexual: 0 });
    expect(figures.dissent).toEqual({ disagreements: 1, formalDissents: 1, conferencesWithDissent: 2 });
  });

  it('plain language: family documents per recipient (not the police’s letter), reading age, findings per 1,000 words, overrides', () => {
    expect(figures.documentsByRecipient).toEqual({ 'parent-or-carer': 2, 'family-network': 0, child: 1, everyone: 0 });
    expect(figures.documentsByKind).toEqual({ 'family-plan': 1, 'child-plan': 1, letter: 1, 'information-pack': 0 });
    expect(figures.language).toEqual({ measured: 2, withinTarget: 1, overTarget: 1, documentOverrides: 1, wordingDecisions: 1 });
    expect(figures.wordingByMonth).toEqual([{ month: '2026-03', documents: 2, words: 700, findings: 3 }]);
    // 3 findings in 700 words: 4.3 per 1,000.
    expect(findingsPerThousandWords(figures.wordingByMonth[0]!)).toBe(4.3);
  });

  it('what families said: each statement’s answers on the scale, unanswered counted apart', () => {
    expect(figures.feedbackForms).toBe(2);
    expect(figures.feedbackByRespondent).toEqual({ 'parent-or-carer': 1, 'young-person': 1, 'family-network': 0 });
    expect(figures.feedback.knew_why).toEqual({ 1: 0, 2: 0, 3: 1, 4: 0, 5: 1, unanswered: 0 });
    expect(figures.feedback.listened_to).toEqual({ 1: 0, 2: 0, 3: 0, 4: 1, 5: 0, unanswered: 1 });
    expect(figures.feedback.had_support.unanswered).toBe(2);
  });
});

describe('the filters', () => {
  const db = evaluationCaseload();
  const with_ = (filter: object) => evaluationFigures(db, EvaluationFilterSchema.parse({ ...filter }));

  it('a team, a chair and a type each narrow the conferences', () => {
    expect(with_({ from: '2026-01-01', to: '2026-12-31', team: 'North' }).conferences).toBe(3);
    const chairY = with_({ chairId: null, team: 'South' });
    expect(chairY.conferences).toBe(1);
    expect(chairY.timeliness).toMatchObject({ initialHeld: 1, initialOnTime: 0 });
    expect(with_({ type: 'review' }).conferences).toBe(2);
  });

  it('without dates, every conference counts (E of 2025 too)', () => {
    const all = with_({});
    expect(all.conferences).toBe(5);
    expect(all.plansByCategory.physical).toBe(2);
  });

  it('a range with nothing in it gives noughts, not errors', () => {
    const none = with_({ from: '2030-01-01', to: '2030-12-31' });
    expect(none.conferences).toBe(0);
    expect(none.wordingByMonth).toEqual([]);
    expect(none.timeliness.initialHeld).toBe(0);
  });

  it('refuses a filter that is not one', () => {
    expect(() => EvaluationFilterSchema.parse({ from: 'yesterday' })).toThrow();
    expect(() => EvaluationFilterSchema.parse({ chairId: 'not-an-id' })).toThrow();
    expect(() => EvaluationFilterSchema.parse({ surname: 'Okafor' })).toThrow();
    expect(() => EvaluationFilterSchema.parse({ from: '2026-06-01', to: '2026-05-31' })).toThrow(/after the first date/);
  });
});

describe('reading few conferences’ rows or every row', () => {
  it('gives the same figures either way, for every filter', () => {
    const db = evaluationCaseload();
    for (const filter of [{}, { from: '2026-01-01', to: '2026-12-31' }, { team: 'North' }, { type: 'review' }, { chairId: null, team: 'South' }]) {
      const parsed = EvaluationFilterSchema.parse(filter);
      expect(evaluationFigures(db, parsed, 0), JSON.stringify(filter)).toEqual(evaluationFigures(db, parsed, Number.MAX_SAFE_INTEGER));
    }
  });
});

describe('combining laptops’ figures', () => {
  it('adds every count and merges the months', () => {
    const db = evaluationCaseload();
    const a = evaluationFigures(db, year2026);
    const both = combineFigures([a, a]);
    expect(both.conferences).toBe(8);
    expect(both.room.parentsInvited).toBe(8);
    expect(both.feedback.knew_why[5]).toBe(2);
    expect(both.wordingByMonth).toEqual([{ month: '2026-03', documents: 4, words: 1400, findings: 6 }]);
  });
});
