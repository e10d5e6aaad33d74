/**
 * The family-safe screen (issue 13): a screen the family may be looking at shows only what
 * reaches every one of them together, by the same rule as their documents (./reach.ts).
 */
import type { Capture, Contribution } from '../capture/schema';
import type { DecisionRecord } from '../decision/record';
import { readers, type Readers } from './reach';
import { shareableSummary, type Restriction } from './restriction';
import { contributionRestrictions } from './room';

/** Everyone in the family, as one audience: every family member and every child. */
export function wholeFamily(conference: { readonly familyMembers: readonly { readonly id: string }[]; readonly children: readonly { readonly id: string }[] }): Readers {
  return readers(
    conference.familyMembers.map((m) => m.id),
    conference.children.map((c) => c.id),
  );
}

/**
 * True when text under these markings may be on a screen the family can see: what `reaches`
 * says with the whole family reading together. Every person a marking can name is one of them,
 * so only text for everyone reaches them all (test/audience/family-screen.test.ts holds the two
 * equal); said this way, a screen needs no list of the family to decide.
 */
export function shownToFamily(restrictions: Restriction | readonly Restriction[]): boolean {
  const all: readonly Restriction[] = Array.isArray(restrictions) ? restrictions : [restrictions as Restriction];
  return all.every((restriction) => restriction.level === 'none');
}

/** A contribution on the family-safe screen: its own marking, and the part of the meeting it was said in. */
export function contributionShownToFamily(contribution: Pick<Contribution, 'restriction' | 'spokenAt' | 'kind' | 'speaker'>, capture: Parameters<typeof contributionRestrictions>[1]): boolean {
  return shownToFamily(contributionRestrictions(contribution, capture));
}

/** What a hidden text says instead, so the screen never looks as if nothing was written. */
export const HIDDEN_ON_FAMILY_SCREEN = 'Hidden on the family-safe screen.';

/** A text under a marking: itself, its summary that may be shared, or the hidden note. */
function shownText(text: string, restriction: Restriction): string {
  if (text.trim() === '' || shownToFamily(restriction)) return text;
  const summary = shareableSummary(restriction);
  return summary === '' ? HIDDEN_ON_FAMILY_SCREEN : summary;
}

type Conference = { readonly familyMembers: readonly { readonly id: string; readonly contactDetails: string; readonly contactDetailsConfidential: boolean }[]; readonly children: readonly { readonly id: string }[] };

/** The conference for a screen the family can see: confidential contact details are gone. */
export function familySafeConference<C extends Conference>(conference: C): C {
  return { ...conference, familyMembers: conference.familyMembers.map((m) => (m.contactDetailsConfidential ? { ...m, contactDetails: '' } : m)) };
}

/** The minutes for a screen the family can see: what reaches all of them, and nothing of the closed parts but what may be shared. */
export function familySafeCapture<C extends Capture>(capture: C): C {
  return {
    ...capture,
    contributions: capture.contributions.filter((c) => contributionShownToFamily(c, capture)),
    childVoices: capture.childVoices.filter((voice) => shownToFamily(voice.restriction)),
    exclusions: [],
    restrictedParts: capture.restrictedParts.map((part) => ({ ...part, whoLeftIds: [], whoLeft: [], sharedSummary: shownToFamily(part.summaryRestriction) ? part.sharedSummary : '' })),
  };
}

function hiddenItem(record: DecisionRecord, entityId: string | null): boolean {
  if (entityId === null) return false;
  const items: readonly { readonly id: string; readonly restriction: Restriction }[] = [...record.statements, ...record.scales, ...record.outcomes, ...record.actions, ...record.dissents];
  const item = items.find((candidate) => candidate.id === entityId);
  return item !== undefined && !shownToFamily(item.restriction);
}

/** The analysis, decisions, plan and sign-off for a screen the family can see. */
export function familySafeRecord<R extends DecisionRecord>(record: R): R {
  const shown = (item: { readonly restriction: Restriction }) => shownToFamily(item.restriction);
  const outcomes = record.outcomes.filter(shown);
  const outcomeIds = new Set(outcomes.map((o) => o.id));
  return {
    ...record,
    statements: record.statements.filter(shown),
    scales: record.scales.map((scale) => ({ ...scale, reason: shownText(scale.reason, scale.restriction) })),
    decisions: record.decisions.map((decision) => ({
      ...decision,
      chairReasons: shownText(decision.chairReasons, decision.chairReasonsRestriction),
      agencyViews: decision.agencyViews.filter(shown),
      familyViews: decision.familyViews.filter(shown),
    })),
    dissents: record.dissents.filter(shown),
    plan: {
      ...record.plan,
      contingency: shownText(record.plan.contingency, record.plan.contingencyRestriction),
      familyNetwork: { ...record.plan.familyNetwork, familyPlan: shownText(record.plan.familyNetwork.familyPlan, record.plan.familyNetwork.familyPlanRestriction) },
      visits: record.plan.visits.filter(shown),
      broughtForwardReason: shownText(record.plan.broughtForwardReason, record.plan.broughtForwardReasonRestriction),
    },
    outcomes,
    actions: record.actions.filter((action) => shown(action) && outcomeIds.has(action.outcomeId)),
    // A correction to an item the family may not see says what the item said.
    amendments: record.amendments.filter((amendment) => shown(amendment) && !hiddenItem(record, amendment.entityId)),
  };
}
