import type { ReadinessProblem } from './signoff';
import { hasPlan, type DecisionOutcome } from './schema';
import { planProblems, type PlanFacts } from '../plan/rules';

export interface ReadinessFacts {
  readonly chairNamed: boolean;
  /** Every child in the household, by name. */
  readonly children: readonly { id: string; name: string }[];
  readonly decisions: readonly { childId: string; outcome: DecisionOutcome; problems: Readonly<Record<string, string>> }[];
  readonly plan: Omit<PlanFacts, 'childrenWithPlan'>;
}

/**
 * What stops the chair finalising (brief requirements 8 and 12): a chair, a sound decision for
 * every child in the household, and — when any child has a plan — a complete plan.
 */
export function finaliseProblems(facts: ReadinessFacts): readonly ReadinessProblem[] {
  const problems: ReadinessProblem[] = [];
  if (!facts.chairNamed) problems.push({ path: 'chair', message: 'Name the chair in the conference details.' });
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
