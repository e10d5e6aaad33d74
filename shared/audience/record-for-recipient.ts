/**
 * The decision record as one copy's readers may see it (./for-recipient.ts): the analysis, the
 * decisions with their reasons and views, dissent, the plan's outcomes, actions, visits,
 * contingency and core group, and amendments.
 */
import { COLUMN_OF } from '../decision/analysis';
import type { DecisionRecord } from '../decision/record';
import type { Action, Owner } from '../plan/schema';
import { kept, type Copy, type Item } from './copy';
import type { LeftOutRule } from './left-out';
import { FOR_EVERYONE } from './restriction';

function withoutOtherPeoplesHelpers(copy: Copy, owners: readonly Owner[], names: readonly string[]): { owners: Owner[]; ownerNames: string[] } {
  const keep = owners.map((owner) => owner.kind !== 'professional' || !copy.otherPeoplesHelpers.has(owner.professionalId));
  return { owners: owners.filter((_, i) => keep[i]), ownerNames: names.filter((_, i) => keep[i] ?? true) };
}

function filterPlan(copy: Copy, record: DecisionRecord): Pick<DecisionRecord, 'outcomes' | 'actions' | 'plan'> {
  const outcomes: DecisionRecord['outcomes'] = [];
  const outcomeChildren = new Map<string, readonly string[]>();
  const outcomesOut = new Map<string, LeftOutRule>();
  for (const outcome of record.outcomes) {
    outcomeChildren.set(outcome.id, outcome.childIds);
    const item: Item = { kind: 'outcome', id: outcome.id, description: `an outcome in ${copy.whose(outcome.childIds)} plan` };
    const childIds = outcome.childIds.filter((id) => copy.covers(id));
    if (outcome.childIds.length > 0 && childIds.length === 0) {
      copy.leave(item, 'other-child');
      outcomesOut.set(outcome.id, 'other-child');
      continue;
    }
    const verdict = copy.judge(item, outcome.restriction);
    if (verdict.kind === 'out') {
      outcomesOut.set(outcome.id, verdict.rule);
      continue;
    }
    // A summary stands alone: nothing else of the item it replaces goes with it.
    const text = verdict.kind === 'text' ? { text: outcome.text, measure: outcome.measure } : { text: verdict.summary, measure: '', progressNote: '' };
    outcomes.push({ ...outcome, ...text, childIds, restriction: verdict.kind === 'text' ? outcome.restriction : FOR_EVERYONE });
  }
  const actions: Action[] = [];
  for (const action of record.actions) {
    const item: Item = { kind: 'action', id: action.id, description: `an action in ${copy.whose(outcomeChildren.get(action.outcomeId) ?? [])} plan` };
    const outcomeOut = outcomesOut.get(action.outcomeId);
    if (outcomeOut !== undefined) {
      copy.leave(item, outcomeOut);
      continue;
    }
    const verdict = copy.judge(item, action.restriction);
    if (verdict.kind === 'out') continue;
    if (verdict.kind === 'summary') {
      // A summary stands alone: who does it, when, how often and to whom it reports may be what is kept.
      actions.push({ ...action, owners: [], ownerNames: [], dueDate: null, frequency: '', reportsTo: '', progressNote: '', what: verdict.summary, restriction: FOR_EVERYONE });
      continue;
    }
    const who = withoutOtherPeoplesHelpers(copy, action.owners, action.ownerNames);
    actions.push({ ...action, ...who });
  }
  const { plan } = record;
  const visits = plan.visits.filter((visit) => {
    const item: Item = { kind: 'visit', id: visit.childId, description: `how ${copy.name(visit.childId)} will be seen` };
    if (!copy.covers(visit.childId)) {
      copy.leave(item, 'other-child');
      return false;
    }
    // A visit's marking has no summary (shared/plan/schema.ts): it reaches whole, or not at all.
    return copy.judge(item, visit.restriction).kind === 'text';
  });
  const conferenceId = copy.source.conference.id;
  const broughtForward =
    plan.broughtForwardReason.trim() === '' ? { kind: 'text' as const } : copy.judge({ kind: 'brought-forward-reason', id: conferenceId, description: 'why the review is brought forward' }, plan.broughtForwardReasonRestriction);
  const contingency = plan.contingency.trim() === '' ? { kind: 'text' as const } : copy.judge({ kind: 'contingency', id: conferenceId, description: 'what will happen if the plan is not followed' }, plan.contingencyRestriction);
  const network = plan.familyNetwork;
  const networkPlan = network.familyPlan.trim() === '' ? { kind: 'text' as const } : copy.judge({ kind: 'family-network-plan', id: conferenceId, description: 'the family network’s part of the plan' }, network.familyPlanRestriction);
  return {
    outcomes,
    actions,
    plan: {
      ...plan,
      visits,
      contingency: kept(contingency, plan.contingency),
      contingencyRestriction: contingency.kind === 'text' ? plan.contingencyRestriction : FOR_EVERYONE,
      familyNetwork: { ...network, familyPlan: kept(networkPlan, network.familyPlan), familyPlanRestriction: networkPlan.kind === 'text' ? network.familyPlanRestriction : FOR_EVERYONE },
      broughtForwardReason: kept(broughtForward, plan.broughtForwardReason),
      broughtForwardReasonRestriction: broughtForward.kind === 'text' ? plan.broughtForwardReasonRestriction : FOR_EVERYONE,
      coreGroup: plan.coreGroup.filter((member) => member.kind !== 'professional' || !copy.otherPeoplesHelpers.has(member.professionalId)),
    },
  };
}

const COLUMN_WORDS = { worries: 'a worry', 'working-well': 'something going well', 'needs-to-happen': 'something that needs to happen' } as const;

export function filterRecord(copy: Copy): DecisionRecord {
  const record = copy.source.decisionRecord;
  const member = new Map(copy.source.conference.familyMembers.map((m) => [m.id, m.displayName]));
  const statements = record.statements.flatMap((s) => {
    const verdict = copy.judge({ kind: 'statement', id: s.id, description: `${COLUMN_WORDS[COLUMN_OF[s.kind]]} in the analysis` }, s.restriction);
    if (verdict.kind === 'out') return [];
    return [verdict.kind === 'text' ? s : { ...s, text: verdict.summary, inFamilysWords: false, whoseWords: '', restriction: FOR_EVERYONE }];
  });
  const scales = record.scales.flatMap((scale) => {
    const item: Item = { kind: 'scale', id: scale.id, description: `${scale.raterName}’s reason for their number on the scale` };
    if (scale.rater.kind === 'child' && !copy.covers(scale.rater.childId)) {
      copy.leave(item, 'other-child');
      return [];
    }
    if (scale.rater.kind === 'professional' && copy.otherPeoplesHelpers.has(scale.rater.professionalId)) {
      copy.leave(item, 'supports-someone-else');
      return [];
    }
    if (scale.reason.trim() === '') return [scale];
    const verdict = copy.judge(item, scale.restriction);
    return [verdict.kind === 'text' ? scale : { ...scale, reason: kept(verdict, ''), restriction: FOR_EVERYONE }];
  });
  const decisions = record.decisions.flatMap((decision) => {
    const whose = copy.whose([decision.childId]);
    if (!copy.covers(decision.childId)) {
      copy.leave({ kind: 'decision', id: decision.id, description: `${whose} decision and category` }, 'other-child');
      return [];
    }
    const reasons = copy.judge({ kind: 'chair-reasons', id: decision.id, description: `the chair’s reasons for ${copy.name(decision.childId)}` }, decision.chairReasonsRestriction);
    const agencyViews = decision.agencyViews.flatMap((view) => {
      if (copy.otherPeoplesHelpers.has(view.professionalId)) {
        copy.leave({ kind: 'agency-view', id: decision.id, description: `a helper’s view on ${copy.name(decision.childId)}` }, 'supports-someone-else');
        return [];
      }
      if (view.reason.trim() === '') return [view];
      const verdict = copy.judge({ kind: 'agency-view', id: decision.id, description: `an agency’s reason for its view on ${copy.name(decision.childId)}` }, view.restriction);
      return [verdict.kind === 'text' ? view : { ...view, reason: kept(verdict, ''), restriction: FOR_EVERYONE }];
    });
    const familyViews = decision.familyViews.map((view) => {
      if (view.view.trim() === '') return view;
      const who = member.get(view.familyMemberId) ?? 'a family member';
      const verdict = copy.judge({ kind: 'family-view', id: decision.id, description: `${who}’s view on ${copy.name(decision.childId)}’s decision` }, view.restriction);
      return verdict.kind === 'text' ? view : { ...view, view: kept(verdict, ''), restriction: FOR_EVERYONE };
    });
    const chairReasons = kept(reasons, decision.chairReasons);
    return [{ ...decision, chairReasons, chairReasonsRestriction: reasons.kind === 'text' ? decision.chairReasonsRestriction : FOR_EVERYONE, agencyViews, familyViews }];
  });
  const dissents = record.dissents.flatMap((dissent) => {
    const item: Item = { kind: 'dissent', id: dissent.id, description: `${dissent.professionalName}’s disagreement about ${copy.name(dissent.childId)}` };
    if (!copy.covers(dissent.childId)) {
      copy.leave(item, 'other-child');
      return [];
    }
    if (copy.otherPeoplesHelpers.has(dissent.professionalId)) {
      copy.leave(item, 'supports-someone-else');
      return [];
    }
    const verdict = copy.judge(item, dissent.restriction);
    if (verdict.kind === 'out') return [];
    return [verdict.kind === 'text' ? dissent : { ...dissent, grounds: verdict.summary, outcome: '', escalatedTo: '', restriction: FOR_EVERYONE }];
  });
  const plan = filterPlan(copy, record);
  const gone = new Map(copy.leftOut.map((entry) => [entry.id, entry.rule]));
  const amendments = record.amendments.flatMap((amendment) => {
    const item: Item = { kind: 'amendment', id: amendment.id, description: `a correction to the record (${amendment.section})` };
    const itemGone = amendment.entityId === null ? undefined : gone.get(amendment.entityId);
    if (itemGone !== undefined) {
      copy.leave(item, itemGone);
      return [];
    }
    const verdict = copy.judge(item, amendment.restriction);
    if (verdict.kind === 'out') return [];
    return [verdict.kind === 'text' ? amendment : { ...amendment, correction: verdict.summary, original: '', restriction: FOR_EVERYONE }];
  });
  return {
    ...record,
    statements,
    scales,
    decisions,
    childrenWithPreviousPlan: record.childrenWithPreviousPlan.filter((id) => copy.covers(id)),
    dissents,
    ...plan,
    amendments,
    // Nor as one who receives the documents.
    distribution: {
      ...record.distribution,
      recipients: record.distribution.recipients.filter((r) => r.recipient.kind !== 'professional' || !copy.otherPeoplesHelpers.has(r.recipient.professionalId)),
    },
  };
}

