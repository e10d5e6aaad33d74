/**
 * Who will do what by when, for each child. An outcome with no children named is for every child
 * with a plan (shared/plan/schema.ts). Actions already done or no longer needed are left off: the
 * family's plan is about what happens next. At most MAX_PROMINENT_ACTIONS are shown per child;
 * the rest are listed near the end with a sentence saying so.
 */
import type { Child } from '../family/schema';
import { hasPlan } from '../decision/schema';
import type { Action, Outcome } from '../plan/schema';
import { familyName } from './family-plan-names';
import type { FamilyPlanAction, FamilyPlanChildren, FamilyPlanLaterActions, FamilyPlanSection } from './family-plan-model';
import { MAX_PROMINENT_ACTIONS } from './family-plan-model';
import { ENGLISH_PLAN_WORDS, type FamilyPlanWords } from './family-plan-words';
import type { DocumentSource } from './source';

/** The outcomes for one child: an outcome with no children named is for every child with a plan. */
export function outcomesFor(child: Child, source: DocumentSource): readonly Outcome[] {
  const { decisions, outcomes } = source.decisionRecord;
  // As in the decision letter: no child with a plan, no plan to show.
  if (!decisions.some((d) => hasPlan(d.outcome))) return [];
  const decision = decisions.find((d) => d.childId === child.id);
  const childHasPlan = decision !== undefined && hasPlan(decision.outcome);
  return outcomes.filter((o) => (o.childIds.length === 0 ? childHasPlan : o.childIds.includes(child.id)));
}

export function isStillToDo(action: Action): boolean {
  return action.progress !== 'done' && action.progress !== 'stopped';
}

function actionModel(action: Action, readers: ReadonlySet<string>, { WORDS }: FamilyPlanWords): FamilyPlanAction {
  const names = action.ownerNames.filter((n) => n.trim() !== '');
  return {
    what: action.what,
    who: WORDS.who(names.length > 0 ? names.join(', ') : WORDS.nobodyNamed),
    when: WORDS.when(action.dueDate),
    howOften: action.frequency.trim() === '' ? null : WORDS.howOften(action.frequency),
    forRecipient: action.owners.some((o) => o.kind === 'family-member' && readers.has(o.familyMemberId)),
  };
}

function seenLines(child: Child, source: DocumentSource, { WORDS }: FamilyPlanWords): readonly string[] {
  const visit = source.decisionRecord.plan.visits.find((v) => v.childId === child.id);
  if (!visit) return [];
  const name = familyName(child, WORDS.theBaby);
  const worker = source.conference.leadPractitioner?.name ?? WORDS.yourWorker;
  const lines: string[] = [];
  if (visit.frequency.trim() !== '') lines.push(WORDS.seenHowOften(worker, name, visit.frequency));
  if (visit.where.trim() !== '') lines.push(WORDS.seenWhere(worker, name, visit.where));
  if (visit.seenAlone.trim() !== '') lines.push(WORDS.seenAlone(worker, name, visit.seenAlone));
  return lines;
}

interface Group {
  readonly children: Child[];
  readonly outcomes: readonly Outcome[];
}

/** Children with exactly the same outcomes share one part; the family's order of children is kept. */
function groups(source: DocumentSource, w: FamilyPlanWords): readonly Group[] {
  const byOutcomes = new Map<string, Group>();
  for (const child of source.conference.children) {
    const outcomes = outcomesFor(child, source);
    if (outcomes.length === 0 && seenLines(child, source, w).length === 0) continue;
    const key = outcomes.map((o) => o.id).join(' ');
    const group = byOutcomes.get(key);
    if (group) group.children.push(child);
    else byOutcomes.set(key, { children: [child], outcomes });
  }
  return [...byOutcomes.values()];
}

/** The "who will do what" section, and the "more things to do" section when a child has over 8. */
export function actionSections(
  source: DocumentSource,
  readers: ReadonlySet<string>,
  w: FamilyPlanWords = ENGLISH_PLAN_WORDS,
): { actions: FamilyPlanSection | null; later: FamilyPlanSection | null } {
  const { HEADINGS, WORDS } = w;
  const parts: FamilyPlanChildren[] = [];
  const later: FamilyPlanLaterActions[] = [];
  for (const { children, outcomes } of groups(source, w)) {
    const names = children.map((child) => familyName(child, WORDS.theBaby));
    const together = w.joinWithAnd(names);
    const outcomeIds = new Set(outcomes.map((o) => o.id));
    const all = source.decisionRecord.actions.filter((a) => outcomeIds.has(a.outcomeId) && isStillToDo(a)).map((a) => actionModel(a, readers, w));
    // The conference's own order is kept: the chair lists what matters most first.
    const rest = all.slice(MAX_PROMINENT_ACTIONS);
    const childIds = children.map((c) => c.id);
    const childId = childIds[0] ?? '';
    parts.push({
      childId,
      childIds,
      names,
      heading: WORDS.childHeading(together),
      seen: children.flatMap((c) => seenLines(c, source, w)),
      goals: outcomes.map((o) => ({ text: WORDS.goal(o.text), howWeWillKnow: o.measure.trim() === '' ? null : WORDS.howWeWillKnow(o.measure) })),
      actions: all.slice(0, MAX_PROMINENT_ACTIONS),
      moreActionsThanShown: rest.length > 0,
      moreActionsNote: rest.length > 0 ? WORDS.moreActions(together, rest.length) : null,
    });
    if (rest.length > 0) later.push({ childId, childIds, heading: WORDS.laterHeading(together), actions: rest });
  }
  return {
    actions: parts.length === 0 ? null : { key: 'actions', heading: HEADINGS.actions, paragraphs: [WORDS.actionsIntro], children: parts },
    later: later.length === 0 ? null : { key: 'later-actions', heading: HEADINGS.laterActions, paragraphs: [WORDS.laterActionsIntro], children: later },
  };
}
