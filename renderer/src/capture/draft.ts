import type { AgendaItemKind } from '../../../shared/agenda/schema';
import { defaultRestriction } from '../../../shared/audience/room';
import { SPEAKER_NOT_YET_CHOSEN, type Contribution, type ContributionKind, type RestrictedPart, type Speaker } from '../../../shared/capture/schema';
import { restrictionDraftOf, type RestrictionDraft } from '../audience/draft';
import { ukDateTime } from '../../../shared/dates/uk-time';

/** A contribution as it is being written: everything the save needs. It is saved even before its speaker is chosen. */
export interface ContributionDraft {
  readonly id: string;
  readonly conferenceId: string;
  readonly agendaItemId: string;
  readonly speaker: Speaker;
  readonly kind: ContributionKind;
  readonly text: string;
  readonly spokenAt: string;
  readonly restriction: RestrictionDraft;
  readonly reportId: string | null;
  /** The minute-taker chose the kind; until then it follows the speaker. */
  readonly kindChosen: boolean;
}

/**
 * What is being said, as far as the agenda item and the speaker tell. The child's view only when
 * the child speaks: a professional on the child's views item passes the view on only when the
 * minute-taker says so (by choosing the kind), never because of the item alone.
 */
export function defaultKind(itemKind: AgendaItemKind, speaker: Speaker): ContributionKind {
  if (speaker.kind === 'child') return 'child-view';
  switch (itemKind) {
    case 'family-views':
      return 'family-view';
    case 'analysis':
      return 'analysis';
    default:
      return 'information';
  }
}

/** The time now on the UK clock (a contribution's time as the room says it). */
export function timeNow(now = new Date()): string {
  return ukDateTime(now).time;
}

/**
 * A new contribution takes the room's audience: inside an open restricted part it is kept from
 * exactly the people who left (or from the family when no one is named), outside one it is for
 * everyone. The minute-taker can change either.
 */
export function newDraft(
  conferenceId: string,
  agendaItemId: string,
  itemKind: AgendaItemKind,
  parts: readonly Pick<RestrictedPart, 'reason' | 'whoLeftIds' | 'sharedSummary' | 'endedAt'>[],
  speaker: Speaker = SPEAKER_NOT_YET_CHOSEN,
): ContributionDraft {
  return {
    id: crypto.randomUUID(),
    conferenceId,
    agendaItemId,
    speaker,
    kind: defaultKind(itemKind, speaker),
    text: '',
    spokenAt: timeNow(),
    restriction: restrictionDraftOf(defaultRestriction(parts)),
    reportId: null,
    kindChosen: false,
  };
}

/** A speaker chosen: the kind follows them unless the minute-taker has chosen it. */
export function withSpeaker(draft: ContributionDraft, speaker: Speaker, itemKind: AgendaItemKind): Partial<ContributionDraft> {
  return draft.kindChosen ? { speaker } : { speaker, kind: defaultKind(itemKind, speaker) };
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
    kindChosen: true,
  };
}
