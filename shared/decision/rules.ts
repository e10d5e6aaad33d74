import type { ConferenceType } from '../conference/schema';
import { compareIsoDates } from '../dates/local-date';
import { hasPlan, type Category, type DecisionDetails, type DecisionOutcome } from './schema';

/** The Children in Need census codes for the category of abuse (brief §1.5). */
export const CENSUS_CODES: Readonly<Record<Category, 'PHY' | 'EMO' | 'SAB' | 'NEG'>> = {
  physical: 'PHY',
  emotional: 'EMO',
  sexual: 'SAB',
  neglect: 'NEG',
};
export type CensusCode = 'PHY' | 'EMO' | 'SAB' | 'NEG' | 'MUL';

/** One category is its own code; more than one is MUL; none is no code. */
export function censusCode(categories: readonly Category[]): CensusCode | null {
  const distinct = [...new Set(categories)];
  if (distinct.length === 0) return null;
  if (distinct.length > 1) return 'MUL';
  return CENSUS_CODES[distinct[0] as Category];
}

/** What a decision is checked against: facts about the conference and the child. */
export interface DecisionFacts {
  readonly conferenceType: ConferenceType;
  readonly conferenceDate: string;
  readonly childIsUnborn: boolean;
  /** The child had a child protection plan after the previous conference. */
  readonly hadPlan: boolean;
  readonly professionalIds: ReadonlySet<string>;
  readonly familyMemberIds: ReadonlySet<string>;
}

type FieldProblems = Record<string, string>;

/**
 * The rules a decision must keep, as field problems (empty when it is sound): the test and its
 * limb match the decision, a plan has a category, more than one category is justified, a plan
 * ending gives its reason, no plan says what happens instead, and only an unborn baby's decision
 * may wait for a named review.
 */
export function decisionProblems(decision: DecisionDetails, facts: DecisionFacts): FieldProblems {
  const problems: FieldProblems = {};
  const isReview = facts.conferenceType === 'review';
  const outcome: DecisionOutcome = decision.outcome;

  if (outcome === 'deferred') {
    if (!facts.childIsUnborn) problems['outcome'] = 'Only an unborn baby’s decision can be deferred to a later review.';
    if (decision.deferredTo === null) problems['deferredTo'] = 'Enter the date of the review the decision is deferred to.';
    else if (compareIsoDates(decision.deferredTo, facts.conferenceDate) <= 0) problems['deferredTo'] = 'The review must be after this conference.';
    if (decision.deferredReason === '') problems['deferredReason'] = 'Say why the decision is deferred, for example the pre-birth assessment is not complete.';
  } else {
    if (decision.testMet === null) problems['testMet'] = 'Say whether the test for a child protection plan is met.';
  }

  if (hasPlan(outcome)) {
    if (decision.testMet === false) problems['testMet'] = 'A child protection plan needs the test to be met.';
    if (decision.testMet === true && decision.limb === null) problems['limb'] = 'Choose which part of the test is met.';
    if (decision.categories.length === 0) problems['categories'] = 'Choose the category of abuse.';
    if (outcome !== 'plan' && !facts.hadPlan) problems['outcome'] = 'The child did not have a plan after the last conference: choose “A child protection plan”.';
    if (outcome !== 'plan' && !isReview) problems['outcome'] = 'Only a review conference can continue or change a plan.';
    if (outcome === 'plan' && isReview && facts.hadPlan) problems['outcome'] = 'The child already has a plan: choose whether it continues, changes or ends.';
  } else if (decision.categories.length > 0) {
    problems['categories'] = 'A category is recorded only with a child protection plan.';
  }
  if (decision.categories.length > 1 && decision.categoryJustification === '') {
    problems['categoryJustification'] = 'More than one category needs a reason: usually only one is used.';
  }

  if (outcome === 'no-plan') {
    if (decision.testMet === true) problems['testMet'] = 'The test is met: a child protection plan is needed, or record the decision as the chair’s with reasons.';
    if (isReview && facts.hadPlan) problems['outcome'] = 'The child had a plan: choose “The child protection plan ends” and give the reason.';
  }
  if (outcome === 'end-plan') {
    if (!isReview || !facts.hadPlan) problems['outcome'] = 'Only a review conference can end a plan the child has.';
    if (decision.endingReason === null) problems['endingReason'] = 'Choose why the plan ends.';
    if (decision.endingReason === 'no-longer-at-risk' && decision.testMet === true) {
      problems['testMet'] = 'The test is still met, so the child is still at continuing risk of significant harm.';
    }
  }
  if ((outcome === 'no-plan' || outcome === 'end-plan') && decision.instead === null) {
    problems['instead'] = 'Say what happens instead: a family help plan, or no further action.';
  }
  if (decision.testMet !== true && decision.limb !== null) problems['limb'] = 'A part of the test is chosen only when the test is met.';

  const seen = new Set<string>();
  decision.agencyViews.forEach((view, index) => {
    if (!facts.professionalIds.has(view.professionalId)) problems[`agencyViews.${index}.professionalId`] = 'Choose a professional from the list.';
    else if (seen.has(view.professionalId)) problems[`agencyViews.${index}.professionalId`] = 'This professional’s view is already recorded.';
    seen.add(view.professionalId);
  });
  const seenFamily = new Set<string>();
  decision.familyViews.forEach((view, index) => {
    if (!facts.familyMemberIds.has(view.familyMemberId)) problems[`familyViews.${index}.familyMemberId`] = 'Choose a member of this family.';
    else if (seenFamily.has(view.familyMemberId)) problems[`familyViews.${index}.familyMemberId`] = 'This person’s view is already recorded.';
    seenFamily.add(view.familyMemberId);
  });
  return problems;
}

/** The decisions open to a conference of this type for a child, in the order they are offered. */
export function outcomesOffered(conferenceType: ConferenceType, childIsUnborn: boolean, hadPlan: boolean): readonly DecisionOutcome[] {
  const offered: DecisionOutcome[] =
    conferenceType === 'review' && hadPlan ? ['continue-plan', 'change-plan', 'end-plan'] : ['plan', 'no-plan'];
  if (childIsUnborn) offered.push('deferred');
  return offered;
}

/**
 * The category when the current run of plans began: walk back through earlier conferences while
 * the child stayed on a plan. `history` is oldest first and ends with this conference's decision.
 */
export function initialCategories(history: readonly { outcome: DecisionOutcome; categories: readonly Category[] }[]): readonly Category[] {
  let start = history.length - 1;
  while (start > 0) {
    const before = history[start - 1];
    if (!before || !hasPlan(before.outcome)) break;
    start -= 1;
  }
  for (let index = start; index < history.length; index += 1) {
    const entry = history[index];
    if (entry && hasPlan(entry.outcome) && entry.categories.length > 0) return entry.categories;
  }
  return [];
}
