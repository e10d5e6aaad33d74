import type { DecisionOutcome } from '../decision/schema';
import { hasPlan } from '../decision/schema';
import { compareIsoDates } from '../dates/local-date';
import type { PlanDetails, SaveAction, SaveOutcome } from './schema';

export interface PlanProblem {
  /** A field path the screen can link to, for example `outcomes.<id>.measure`. */
  readonly path: string;
  readonly message: string;
}

export interface PlanFacts {
  readonly plan: PlanDetails;
  readonly outcomes: readonly Pick<SaveOutcome, 'id' | 'text' | 'measure'>[];
  readonly actions: readonly Pick<SaveAction, 'id' | 'outcomeId' | 'what' | 'owners' | 'dueDate'>[];
  /** The children who have a plan after this conference, with their names. */
  readonly childrenWithPlan: readonly { id: string; name: string }[];
  /** After an initial conference a first core group is booked; after a review it already meets. */
  readonly needsFirstCoreGroup: boolean;
  readonly proposedNextReviewDate: string | null;
}

/**
 * What stops a plan being finalised (brief §1.6, requirement 12): every outcome has a measure,
 * every action has an owner and a date, each child has a visiting frequency, there is a
 * contingency plan, a core group, and the next dates.
 */
export function planProblems(facts: PlanFacts): readonly PlanProblem[] {
  const problems: PlanProblem[] = [];
  const { plan } = facts;
  if (facts.outcomes.length === 0) problems.push({ path: 'outcomes', message: 'Add at least one outcome to the plan.' });
  for (const outcome of facts.outcomes) {
    if (outcome.measure === '') problems.push({ path: `outcomes.${outcome.id}.measure`, message: `Say how everyone will know this is achieved: “${short(outcome.text)}”.` });
    if (!facts.actions.some((action) => action.outcomeId === outcome.id)) {
      problems.push({ path: `outcomes.${outcome.id}.actions`, message: `Add an action for the outcome “${short(outcome.text)}”.` });
    }
  }
  for (const action of facts.actions) {
    if (action.owners.length === 0) problems.push({ path: `actions.${action.id}.owners`, message: `Say who will do “${short(action.what)}”.` });
    if (action.dueDate === null) problems.push({ path: `actions.${action.id}.dueDate`, message: `Say by when “${short(action.what)}” will be done.` });
  }
  for (const child of facts.childrenWithPlan) {
    const visit = plan.visits.find((v) => v.childId === child.id);
    if (!visit || visit.frequency === '') problems.push({ path: `visits.${child.id}.frequency`, message: `Say how often ${child.name} will be seen.` });
    if (!visit || visit.seenAlone === '') problems.push({ path: `visits.${child.id}.seenAlone`, message: `Say when ${child.name} will be seen alone.` });
  }
  if (plan.contingency === '') problems.push({ path: 'contingency', message: 'Write the contingency plan: what will happen if the plan is not followed or things change.' });
  if (plan.coreGroup.length === 0) problems.push({ path: 'coreGroup', message: 'Choose the members of the core group.' });
  if (facts.needsFirstCoreGroup && plan.firstCoreGroupDate === null) problems.push({ path: 'firstCoreGroupDate', message: 'Enter the date of the first core group.' });
  if (plan.nextReviewDate === null) problems.push({ path: 'nextReviewDate', message: 'Enter the date of the next review conference.' });
  problems.push(...reviewDateProblems(plan, facts.proposedNextReviewDate));
  return problems;
}

/**
 * A review is held by its due date; booking it earlier brings it forward, which needs a reason
 * (for example so an unborn baby's decision is made before the birth).
 */
export function reviewDateProblems(plan: Pick<PlanDetails, 'nextReviewDate' | 'broughtForwardReason'>, dueDate: string | null): readonly PlanProblem[] {
  if (plan.nextReviewDate === null || dueDate === null) return [];
  const order = compareIsoDates(plan.nextReviewDate, dueDate);
  if (order > 0) return [{ path: 'nextReviewDate', message: 'The review must be held by its due date.' }];
  if (order < 0 && plan.broughtForwardReason === '') return [{ path: 'broughtForwardReason', message: 'The review is earlier than its due date: say why it is brought forward.' }];
  return [];
}

/** Whether any child leaves the conference with a child protection plan. */
export function anyPlan(outcomes: readonly DecisionOutcome[]): boolean {
  return outcomes.some(hasPlan);
}

function short(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine;
}
