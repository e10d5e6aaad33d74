import type { ReadinessProblem } from './signoff';
import { hasPlan, type DecisionOutcome } from './schema';
import { planProblems, type PlanFacts } from '../plan/rules';

export interface ReadinessFacts {
  /** When the conference took place, once marked held; and today, both UK local dates. */
  readonly heldDate: string | null;
  readonly today: string;
  readonly chairNamed: boolean;
  /** Every child in the household, by name. */
  readonly children: readonly { id: string; name: string }[];
  readonly decisions: readonly { childId: string; outcome: DecisionOutcome; problems: Readonly<Record<string, string>> }[];
  readonly plan: Omit<PlanFacts, 'childrenWithPlan'>;
  /** Contributions to the minutes still without a speaker, counted per agenda item in agenda order. */
  readonly withoutSpeaker: readonly { itemTitle: string; count: number }[];
}

const contributions = (count: number) => (count === 1 ? '1 contribution' : `${count} contributions`);

/** "2 contributions to the minutes have no speaker yet: 1 on “Welcome” and 1 on “The family’s views”." */
export function withoutSpeakerMessage(items: ReadinessFacts['withoutSpeaker']): string {
  const total = items.reduce((sum, item) => sum + item.count, 0);
  const where = items.map((item) => `${items.length === 1 ? '' : `${item.count} `}on “${item.itemTitle}”`);
  const list = where.length <= 1 ? (where[0] ?? '') : `${where.slice(0, -1).join(', ')} and ${where.at(-1) ?? ''}`;
  return `${contributions(total)} to the minutes ${total === 1 ? 'has' : 'have'} no speaker yet${items.length === 1 ? ',' : ':'} ${list}. Choose who was speaking in the minutes.`;
}

/**
 * What stops the chair finalising (brief requirements 8 and 12): a chair, a speaker for every
 * contribution to the minutes, a sound decision for every child in the household, and — when any
 * child has a plan — a complete plan.
 */
export function finaliseProblems(facts: ReadinessFacts): readonly ReadinessProblem[] {
  const problems: ReadinessProblem[] = [];
  // Only what has happened can be signed off (issue 15).
  if (facts.heldDate === null) {
    problems.push({ path: 'held', message: 'Mark the conference as held: record the date and time it took place.' });
  } else if (facts.heldDate > facts.today) {
    problems.push({ path: 'held', message: 'The conference is marked held on a date still to come: correct when it took place.' });
  }
  if (!facts.chairNamed) problems.push({ path: 'chair', message: 'Name the chair in the conference details.' });
  // A record signed off with words nobody said would be a forgery by omission.
  if (facts.withoutSpeaker.length > 0) problems.push({ path: 'minutes.speakers', message: withoutSpeakerMessage(facts.withoutSpeaker) });
  const childrenWithPlan: { id: string; name: string }[] = [];
  for (const child of facts.children) {
    const decision = facts.decisions.find((d) => d.childId === child.id);
    if (!decision) {
      problems.push({ path: `decisions.${child.id}`, message: `Record the decision for ${child.name}.` });
      continue;
    }
    if (Object.keys(decision.problems).length > 0) {
      problems.push({ path: `decisions.${child.id}`, message: `Check the decision for ${child.name}: ${Object.values(decision.problems)[0] ?? ''}` });
    }
    if (hasPlan(decision.outcome)) childrenWithPlan.push(child);
  }
  if (childrenWithPlan.length > 0) {
    problems.push(...planProblems({ ...facts.plan, childrenWithPlan }).map((p) => ({ path: `plan.${p.path}`, message: p.message })));
  }
  return problems;
}
