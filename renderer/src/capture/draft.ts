import type { AgendaItemKind } from '../../../shared/agenda/schema';
import type { Contribution, ContributionKind, Restriction, RestrictionReason, RestrictedPart, Speaker } from '../../../shared/capture/schema';

/** A contribution as it is being written: everything the save needs, with the speaker not yet chosen. */
export interface ContributionDraft {
  readonly id: string;
  readonly conferenceId: string;
  readonly agendaItemId: string;
  readonly speaker: Speaker | null;
  readonly kind: ContributionKind;
  readonly text: string;
  readonly spokenAt: string;
  readonly restriction: RestrictionDraft;
  readonly reportId: string | null;
}

/** A restriction while it is being chosen: the reason and names may not be given yet. */
export interface RestrictionDraft {
  readonly level: Restriction['level'];
  readonly reason: RestrictionReason | null;
  readonly familyMemberIds: readonly string[];
}

export const NO_RESTRICTION: RestrictionDraft = { level: 'none', reason: null, familyMemberIds: [] };

export function restrictionDraftOf(restriction: Restriction): RestrictionDraft {
  switch (restriction.level) {
    case 'none':
      return NO_RESTRICTION;
    case 'not-for-family':
      return { level: restriction.level, reason: restriction.reason, familyMemberIds: [] };
    case 'not-for-named':
    case 'shared-only-with':
      return { level: restriction.level, reason: restriction.reason, familyMemberIds: restriction.familyMemberIds };
    default: {
      const unexpected: never = restriction;
      throw new Error(`Unknown restriction ${JSON.stringify(unexpected)}`);
    }
  }
}

/** The shape the schema checks: a missing reason or name list is an error beside the field. */
export function restrictionInput(draft: RestrictionDraft): unknown {
  return { level: draft.level, reason: draft.reason ?? undefined, familyMemberIds: draft.familyMemberIds };
}

/** What the agenda item is for suggests what is being said. */
export function defaultKind(itemKind: AgendaItemKind): ContributionKind {
  switch (itemKind) {
    case 'family-views':
      return 'family-view';
    case 'child-views':
      return 'child-view';
    case 'analysis':
      return 'analysis';
    default:
      return 'information';
  }
}

export function timeNow(now = new Date()): string {
  return `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
}

/** During a restricted part, what is said is not for the family unless the minute-taker says otherwise. */
export function newDraft(conferenceId: string, agendaItemId: string, itemKind: AgendaItemKind, openPart: RestrictedPart | null, speaker: Speaker | null = null): ContributionDraft {
  return {
    id: crypto.randomUUID(),
    conferenceId,
    agendaItemId,
    speaker,
    kind: defaultKind(itemKind),
    text: '',
    spokenAt: timeNow(),
    restriction: openPart ? { level: 'not-for-family', reason: openPart.reason, familyMemberIds: [] } : NO_RESTRICTION,
    reportId: null,
  };
}

export function draftOf(conferenceId: string, contribution: Contribution): ContributionDraft {
  return {
    id: contribution.id,
    conferenceId,
    agendaItemId: contribution.agendaItemId,
    speaker: contribution.speaker,
    kind: contribution.kind,
    text: contribution.text,
    spokenAt: contribution.spokenAt,
    restriction: restrictionDraftOf(contribution.restriction),
    reportId: contribution.reportId,
  };
}

export function isRestricted(restriction: { readonly level: Restriction['level'] }): boolean {
  return restriction.level !== 'none';
}
