/**
 * One pure function decides what of a conference reaches one recipient (issue 13), for every
 * family-facing output: the family's plan, the decision letter, the child's own copy, and any
 * family document later. Builders take `forRecipient(...).source` and never filter by themselves.
 *
 * - Every marked text goes through `reaches` (./reach.ts) with the copy's readers and the
 *   household; a contribution through every marking that applies to it (./room.ts). Where a text
 *   does not reach but its own marking has a summary that may be shared, the summary goes in its
 *   place (a restricted part's summary is shown once, as the part's, under its own marking).
 * - Recipient rules: a copy covers only its recipient's children (./recipients.ts) and any the
 *   chair adds with a reason; decisions, categories, outcomes, actions, visits, views and dissent
 *   for other children are left out. Helpers (an advocate, a domestic abuse adviser) who support
 *   someone else in the family are not named: left out of who can help, the core group and who
 *   does what, with what they said, their scales, views and dissent (the whole family's helpers
 *   support no one in particular).
 *   Contact details: only the recipient's own, never confidential ones.
 * - Everything left out is listed with the rule that left it out, for the chair's check.
 */
import type { Contribution, RestrictedPart } from '../capture/schema';
import { CHILD_VOICE_METHOD_LABELS } from '../capture/schema';
import type { ConferenceDetail } from '../conference/details';
import { COLUMN_OF } from '../decision/analysis';
import type { DecisionRecord } from '../decision/record';
import { familyName } from '../documents/family-plan-names';
import type { DocumentSource } from '../documents/source';
import { decisionLetter } from '../letter/decision-letter';
import type { Action, Owner } from '../plan/schema';
import { markingRule, type LeftOut, type LeftOutKind, type LeftOutRule } from './left-out';
import { reaches, type Household, type Readers } from './reach';
import { householdOf, recipientReaders, type FamilyRecipient } from './recipients';
import { FOR_EVERYONE, shareableSummary, type Restriction } from './restriction';
import { contributionRestrictions } from './room';

export interface ForRecipientOptions {
  /** Children the chair adds to this copy, beyond the recipient's own. */
  readonly addedChildIds?: readonly string[];
  /** Why the chair adds them: required when any are added, kept with the record of documents made. */
  readonly addedReason?: string | null;
}

export interface ForRecipient {
  /** Only what this recipient may see; its letter is made from it. */
  readonly source: DocumentSource;
  /** What was left out of this copy, and why. */
  readonly leftOut: readonly LeftOut[];
  /** The children this copy covers, in the family's order. */
  readonly childIds: readonly string[];
}

/** A copy that would cover no child: the recipient is related to none and the chair added none. */
export class NoChildInCopyError extends Error {
  override readonly name = 'NoChildInCopyError';
  constructor() {
    super('This copy would cover no child. Record how they are related to a child, or add a child with a reason.');
  }
}

/** A child the chair added is not a child of this conference, or no reason was given. */
export class AddedChildError extends Error {
  override readonly name = 'AddedChildError';
  constructor(readonly problem: 'not-in-conference' | 'reason-needed') {
    super(problem === 'reason-needed' ? 'Say why this copy covers another child.' : 'Choose a child of this conference.');
  }
}

function coveredChildren(source: DocumentSource, recipient: FamilyRecipient, options: ForRecipientOptions): ReadonlySet<string> {
  const added = options.addedChildIds ?? [];
  const children = new Set(source.conference.children.map((c) => c.id));
  if (added.some((id) => !children.has(id))) throw new AddedChildError('not-in-conference');
  if (added.length > 0 && (options.addedReason ?? '').trim() === '') throw new AddedChildError('reason-needed');
  const covered = new Set([...recipient.childIds, ...added].filter((id) => children.has(id)));
  if (covered.size === 0) throw new NoChildInCopyError();
  return covered;
}

interface RoomMarking {
  readonly restriction: Restriction;
  readonly rule: Extract<LeftOutRule, 'restricted-part' | 'exclusion'>;
}

type Verdict = { readonly kind: 'text' } | { readonly kind: 'summary'; readonly summary: string } | { readonly kind: 'out'; readonly rule: LeftOutRule };

interface Item {
  readonly kind: LeftOutKind;
  readonly id: string;
  readonly description: string;
}

/** What one copy's filtering needs, and the list it adds to. */
class Copy {
  readonly leftOut: LeftOut[] = [];
  private readonly childNames: ReadonlyMap<string, string>;

  constructor(
    readonly source: DocumentSource,
    readonly readers: Readers,
    readonly household: Household,
    readonly covered: ReadonlySet<string>,
    /** Professionals who support someone in the family other than this copy's readers. */
    readonly otherPeoplesHelpers: ReadonlySet<string>,
  ) {
    this.childNames = new Map(source.conference.children.map((c) => [c.id, familyName(c)]));
  }

  leave(item: Item, rule: LeftOutRule, summaryInstead = false): void {
    this.leftOut.push({ ...item, rule, summaryInstead });
  }

  /** Whether a marked text reaches this copy, its summary instead, or neither (and if not, why). */
  judge(item: Item, own: Restriction, room: readonly RoomMarking[] = []): Verdict {
    const ownReaches = reaches(own, this.readers, this.household);
    const roomBlock = room.find((marking) => !reaches(marking.restriction, this.readers, this.household));
    if (ownReaches && roomBlock === undefined) return { kind: 'text' };
    if (roomBlock === undefined) {
      const summary = shareableSummary(own);
      const rule = markingRule(own, this.readers);
      this.leave(item, rule, summary !== '');
      return summary === '' ? { kind: 'out', rule } : { kind: 'summary', summary };
    }
    // Its own marking is the more particular reason, when both keep it out.
    const rule = ownReaches ? roomBlock.rule : markingRule(own, this.readers);
    this.leave(item, rule);
    return { kind: 'out', rule };
  }

  covers(childId: string): boolean {
    return this.covered.has(childId);
  }

  name(childId: string): string {
    return this.childNames.get(childId) ?? 'a child';
  }

  /** "Ruby’s", "Ruby and Leo’s", "the baby’s"; "the" for a plan-wide item. */
  whose(childIds: readonly string[]): string {
    if (childIds.length === 0) return 'the';
    const names = childIds.map((id) => this.name(id));
    const joined = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
    return `${joined}’s`;
  }
}

/** The text a verdict leaves: the text itself, its summary, or nothing. */
function kept(verdict: Verdict, text: string): string {
  return verdict.kind === 'text' ? text : verdict.kind === 'summary' ? verdict.summary : '';
}

function roomMarkings(contribution: Contribution, capture: DocumentSource['capture']): RoomMarking[] {
  const parts = contributionRestrictions(contribution, { restrictedParts: capture.restrictedParts, exclusions: [] }).slice(1);
  const exclusions = contributionRestrictions(contribution, { restrictedParts: [], exclusions: capture.exclusions }).slice(1);
  return [...parts.map((restriction) => ({ restriction, rule: 'restricted-part' as const })), ...exclusions.map((restriction) => ({ restriction, rule: 'exclusion' as const }))];
}

function filterCapture(copy: Copy): DocumentSource['capture'] {
  const { capture } = copy.source;
  const contributions: Contribution[] = [];
  for (const c of capture.contributions) {
    const item: Item = { kind: 'contribution', id: c.id, description: `something ${c.speakerName} said at ${c.spokenAt}` };
    if (c.speaker.kind === 'child' && !copy.covers(c.speaker.childId)) {
      copy.leave(item, 'other-child');
      continue;
    }
    if (c.speaker.kind === 'professional' && copy.otherPeoplesHelpers.has(c.speaker.professionalId)) {
      copy.leave(item, 'supports-someone-else');
      continue;
    }
    const verdict = copy.judge(item, c.restriction, roomMarkings(c, capture));
    if (verdict.kind === 'text') contributions.push(c);
    else if (verdict.kind === 'summary') contributions.push({ ...c, text: verdict.summary, restriction: FOR_EVERYONE });
  }
  const childVoices = capture.childVoices.flatMap((voice) => {
    const item: Item = { kind: 'child-voice', id: voice.id, description: `${copy.whose([voice.childId])} views (${CHILD_VOICE_METHOD_LABELS[voice.method].toLowerCase()})` };
    if (!copy.covers(voice.childId)) {
      copy.leave(item, 'other-child');
      return [];
    }
    const verdict = copy.judge(item, voice.restriction);
    if (verdict.kind === 'out') return [];
    return [verdict.kind === 'text' ? voice : { ...voice, words: verdict.summary, restriction: FOR_EVERYONE }];
  });
  const restrictedParts: RestrictedPart[] = capture.restrictedParts.map((part) => {
    if (part.sharedSummary.trim() === '') return part;
    const item: Item = { kind: 'restricted-part-summary', id: part.id, description: `the summary of the part of the meeting from ${part.startedAt}` };
    const verdict = copy.judge(item, part.summaryRestriction);
    return { ...part, sharedSummary: kept(verdict, part.sharedSummary), summaryRestriction: FOR_EVERYONE };
  });
  const exclusions = capture.exclusions.map((exclusion) => {
    if (exclusion.viewsPresentedBy.trim() === '') return exclusion;
    const item: Item = { kind: 'exclusion', id: exclusion.id, description: `how ${exclusion.familyMemberName}’s views were presented while they were out` };
    const verdict = copy.judge(item, exclusion.restriction);
    return verdict.kind === 'text' ? exclusion : { ...exclusion, viewsPresentedBy: kept(verdict, ''), restriction: FOR_EVERYONE };
  });
  return { ...capture, contributions, childVoices, restrictedParts, exclusions };
}

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
    const text = verdict.kind === 'text' ? { text: outcome.text, measure: outcome.measure } : { text: verdict.summary, measure: '' };
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
    const who = withoutOtherPeoplesHelpers(copy, action.owners, action.ownerNames);
    actions.push({ ...action, ...who, what: kept(verdict, action.what), restriction: verdict.kind === 'text' ? action.restriction : FOR_EVERYONE });
  }
  const { plan } = record;
  const visits = plan.visits.filter((visit) => {
    if (copy.covers(visit.childId)) return true;
    copy.leave({ kind: 'visit', id: visit.childId, description: `how ${copy.name(visit.childId)} will be seen` }, 'other-child');
    return false;
  });
  const conferenceId = copy.source.conference.id;
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
      coreGroup: plan.coreGroup.filter((member) => member.kind !== 'professional' || !copy.otherPeoplesHelpers.has(member.professionalId)),
    },
  };
}

const COLUMN_WORDS = { worries: 'a worry', 'working-well': 'something going well', 'needs-to-happen': 'something that needs to happen' } as const;

function filterRecord(copy: Copy): DecisionRecord {
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
    return [verdict.kind === 'text' ? dissent : { ...dissent, grounds: verdict.summary, outcome: '', restriction: FOR_EVERYONE }];
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
  };
}

/**
 * Helpers who support particular family members, not every reader of this copy: as with text
 * shared only with named people, a copy read by several (the network's, everyone's) names a
 * helper only when the helper supports each of them, or the whole family.
 */
function helpersOfOthers(source: DocumentSource, readers: Readers): ReadonlySet<string> {
  const others = new Set<string>();
  for (const invitation of source.conference.invitations) {
    if (invitation.invitee.kind !== 'professional' || invitation.supportsFamilyMemberIds.length === 0) continue;
    const supportsEveryReader = readers.childIds.size === 0 && readers.familyMemberIds.size > 0 && [...readers.familyMemberIds].every((id) => invitation.supportsFamilyMemberIds.includes(id));
    if (!supportsEveryReader) others.add(invitation.invitee.professionalId);
  }
  return others;
}

function filterConference(copy: Copy, recipient: FamilyRecipient): ConferenceDetail {
  const { conference } = copy.source;
  const invitations = conference.invitations.filter((invitation) => {
    if (invitation.invitee.kind !== 'professional' || !copy.otherPeoplesHelpers.has(invitation.invitee.professionalId)) return true;
    const { name, role } = invitation.invitee;
    copy.leave({ kind: 'helper', id: invitation.invitee.professionalId, description: role.trim() === '' ? name : `${name} (${role})` }, 'supports-someone-else');
    return false;
  });
  const familyMembers = conference.familyMembers.map((m) => {
    const own = recipient.kind === 'parent-or-carer' && m.id === recipient.id;
    if (own && m.contactDetailsConfidential && m.contactDetails.trim() !== '') {
      copy.leave({ kind: 'contact-details', id: m.id, description: `${m.displayName}’s contact details` }, 'confidential-contact');
    }
    return own && !m.contactDetailsConfidential ? m : { ...m, contactDetails: '' };
  });
  return { ...conference, children: conference.children.filter((c) => copy.covers(c.id)), familyMembers, invitations };
}

/**
 * The core group's professionals by name, as the conference's own letter named them: a copy's
 * letter is made again from the filtered record and needs no other source of names.
 */
function coreGroupProfessionals(source: DocumentSource): { id: string; name: string; role: string; agency: 'other' }[] {
  const names = source.letter.coreGroup.members;
  return source.decisionRecord.plan.coreGroup.flatMap((member, i) => (member.kind === 'professional' && names[i] !== undefined ? [{ id: member.professionalId, name: names[i], role: '', agency: 'other' as const }] : []));
}

function addressedTo(source: DocumentSource, recipient: FamilyRecipient): string[] {
  switch (recipient.kind) {
    case 'parent-or-carer':
    case 'child':
      return [recipient.name];
    case 'family-network':
      return [...recipient.memberNames];
    case 'everyone':
      return source.conference.familyMembers.filter((m) => m.kind === 'parent-or-carer').map((m) => m.displayName);
    default: {
      const never: never = recipient;
      return never;
    }
  }
}

/** What of this conference reaches one recipient's copy, and what was left out and why. */
export function forRecipient(source: DocumentSource, recipient: FamilyRecipient, options: ForRecipientOptions = {}): ForRecipient {
  const covered = coveredChildren(source, recipient, options);
  const readers = recipientReaders(recipient);
  const copy = new Copy(source, readers, householdOf(source), covered, helpersOfOthers(source, readers));
  const conference = filterConference(copy, recipient);
  const capture = filterCapture(copy);
  const decisionRecord = filterRecord(copy);
  const letter = decisionLetter({ conference, record: decisionRecord, professionals: coreGroupProfessionals(source), to: addressedTo(source, recipient) });
  return {
    source: { ...source, conference, capture, decisionRecord, letter },
    leftOut: copy.leftOut,
    childIds: source.conference.children.filter((c) => covered.has(c.id)).map((c) => c.id),
  };
}
