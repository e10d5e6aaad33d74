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
import type { DocumentSource } from '../documents/source';
import { decisionLetter } from '../letter/decision-letter';
import { Copy, kept, type Item, type RoomMarking } from './copy';
import type { LeftOut } from './left-out';
import type { Readers } from './reach';
import { householdOf, recipientReaders, type FamilyRecipient } from './recipients';
import { filterRecord } from './record-for-recipient';
import { FOR_EVERYONE } from './restriction';
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
    // A summary is the chair's words, standing alone: not who said what it replaces, nor the report it spoke to.
    else if (verdict.kind === 'summary') contributions.push({ ...c, speaker: { kind: 'chair' }, speakerName: copy.source.conference.chair?.name ?? 'The chair', speakerRole: 'chair', reportId: null, text: verdict.summary, restriction: FOR_EVERYONE });
  }
  const childVoices = capture.childVoices.flatMap((voice) => {
    const item: Item = { kind: 'child-voice', id: voice.id, description: `${copy.whose([voice.childId])} views (${CHILD_VOICE_METHOD_LABELS[voice.method].toLowerCase()})` };
    if (!copy.covers(voice.childId)) {
      copy.leave(item, 'other-child');
      return [];
    }
    const verdict = copy.judge(item, voice.restriction);
    if (verdict.kind === 'out') return [];
    return [verdict.kind === 'text' ? voice : { ...voice, words: verdict.summary, gatheredBy: '', gatheredOn: null, restriction: FOR_EVERYONE }];
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
  // Interpreters and their preferences are arranged by professionals: no family document prints them.
  return { ...capture, contributions, childVoices, restrictedParts, exclusions, interpreters: [] };
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
  // Nor are they named as a report's author.
  const reports = conference.reports.filter((report) => !copy.otherPeoplesHelpers.has(report.professionalId));
  return { ...conference, children: conference.children.filter((c) => copy.covers(c.id)), familyMembers, invitations, reports };
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

/** The chair's reason for the conference, its summary instead, or none, as its marking says. */
function filterFamilyReason(copy: Copy): DocumentSource['familyReason'] {
  const stored = copy.source.familyReason;
  if (!stored || stored.reason.trim() === '') return null;
  const verdict = copy.judge({ kind: 'conference-reason', id: copy.source.conference.id, description: 'why the conference is happening' }, stored.restriction);
  const reason = kept(verdict, stored.reason);
  return reason === '' ? null : { reason, restriction: FOR_EVERYONE };
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
    source: { ...source, conference, capture, decisionRecord, letter, familyReason: filterFamilyReason(copy) },
    leftOut: copy.leftOut,
    childIds: source.conference.children.filter((c) => covered.has(c.id)).map((c) => c.id),
  };
}
