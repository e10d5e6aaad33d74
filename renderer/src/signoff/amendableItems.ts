import type { Restriction } from '../../../shared/audience/restriction';
import type { ConferenceDetail } from '../../../shared/conference/details';
import type { DecisionRecord } from '../../../shared/decision/record';
import { CATEGORY_LABELS, DECISION_OUTCOME_LABELS } from '../../../shared/decision/schema';
import type { AmendmentSection } from '../../../shared/decision/signoff';
import { kindName } from '../decision/statementNames';

export interface AmendableItem {
  readonly id: string;
  readonly section: AmendmentSection;
  /** How the item is named in the list to choose from and beside the amendment. */
  readonly label: string;
  /** What the record says now, offered as the "original". */
  readonly text: string;
  /** The group it is listed under ("Outcomes", "Actions"). */
  readonly group: string;
  /** Who may see the item's text: a correction to it starts with the same marking. */
  readonly restriction: Restriction;
}

const short = (text: string, length = 60) => (text.length > length ? `${text.slice(0, length).trimEnd()}…` : text);

/**
 * The items of the record an amendment can be beside: each child's decision, the outcomes and
 * actions of the plan, and the statements of the analysis, named as the pages name them.
 */
export function amendableItems(conference: ConferenceDetail, record: DecisionRecord): readonly AmendableItem[] {
  const statements = record.statements.map((s) => {
    const number = record.statements.filter((t) => t.kind === s.kind).indexOf(s) + 1;
    return { id: s.id, section: 'analysis' as const, group: 'Statements', label: `${kindName(s)} ${number}: ${short(s.text)}`, text: s.text, restriction: s.restriction };
  });
  const decisions = record.decisions.map((d) => {
    const child = conference.children.find((c) => c.id === d.childId)?.displayName ?? 'a child';
    const categories = d.categories.map((c) => CATEGORY_LABELS[c]).join(' and ');
    return { id: d.id, section: 'decision' as const, group: 'Decisions', label: `Decision for ${child}`, text: `${DECISION_OUTCOME_LABELS[d.outcome]}${categories ? ` (${categories})` : ''}. ${d.chairReasons}`, restriction: d.chairReasonsRestriction };
  });
  const outcomes = record.outcomes.flatMap((o, index) => [
    { id: o.id, section: 'plan' as const, group: 'Outcomes', label: `Outcome ${index + 1}: ${short(o.text)}`, text: o.measure ? `${o.text} (how everyone will know: ${o.measure})` : o.text, restriction: o.restriction },
  ]);
  const actions = record.outcomes.flatMap((o, index) =>
    record.actions
      .filter((a) => a.outcomeId === o.id)
      .map((a, actionIndex) => ({ id: a.id, section: 'plan' as const, group: 'Actions', label: `Outcome ${index + 1}, action ${actionIndex + 1}: ${short(a.what)}`, text: a.what, restriction: a.restriction })),
  );
  return [...statements, ...decisions, ...outcomes, ...actions];
}
