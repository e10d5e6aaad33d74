/**
 * What the three professional documents (record, plan, decision letter) share: who is who in a
 * conference, how a restriction is named in words, and how dates and lists of names read.
 */
import { AGENCY_LABELS } from '../../../shared/authority/agencies';
import { RESTRICTION_REASON_LABELS, type Restriction, type RestrictionReason } from '../../../shared/capture/schema';
import { formatIsoDate } from '../../../shared/dates/format';
import type { DocumentSource } from '../../../shared/documents/source';

export interface ConferencePeople {
  readonly professional: (id: string) => { readonly name: string; readonly role: string; readonly agency: string };
  readonly familyMember: (id: string) => string;
  readonly child: (id: string) => string;
}

/** Looks people up by id among everyone the conference knows; an id it does not know still reads as a person. */
export function conferencePeople({ conference }: Pick<DocumentSource, 'conference'>): ConferencePeople {
  const professionals = new Map<string, { name: string; role: string; agency: string }>();
  for (const person of [conference.chair, conference.leadPractitioner, conference.minuteTaker]) {
    if (person) professionals.set(person.id, { name: person.name, role: person.role, agency: AGENCY_LABELS[person.agency] });
  }
  for (const invitation of conference.invitations) {
    const invitee = invitation.invitee;
    if (invitee.kind === 'professional') professionals.set(invitee.professionalId, { name: invitee.name, role: invitee.role, agency: AGENCY_LABELS[invitee.agency] });
  }
  const members = new Map(conference.familyMembers.map((member) => [member.id, member.displayName]));
  const children = new Map(conference.children.map((child) => [child.id, child.displayName]));
  return {
    professional: (id) => professionals.get(id) ?? { name: 'A professional', role: '', agency: '' },
    familyMember: (id) => members.get(id) ?? 'A member of the family',
    child: (id) => children.get(id) ?? 'A child',
  };
}

/** "Ruby Price", "Ruby Price and Leo Mills", "Ruby Price, Leo Mills and Unborn baby Mills". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

const WORDS_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2026-03-19` → `19 March 2026`, for document titles (the body uses formatIsoDate). */
export function dateInWords(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return WORDS_DATE.format(new Date(Date.UTC(year, month - 1, day)));
}

/** A date the user picked, or the words for its absence. */
export function dateOrNot(date: string | null, missing = 'Not set'): string {
  return date ? formatIsoDate(date) : missing;
}

/** The day the document is made, as the Date react-pdf writes into the file's metadata. */
export function madeOnDate(source: Pick<DocumentSource, 'madeOn'>): Date {
  return new Date(`${source.madeOn}T12:00:00Z`);
}

function reasonInWords(reason: RestrictionReason): string {
  const label = RESTRICTION_REASON_LABELS[reason];
  return label.charAt(0).toLowerCase() + label.slice(1);
}

function namedPeople(restriction: { readonly familyMemberIds: readonly string[]; readonly childIds: readonly string[] }, people: ConferencePeople): string[] {
  return [...restriction.familyMemberIds.map(people.familyMember), ...restriction.childIds.map(people.child)];
}

/**
 * The words that mark restricted information wherever the professional record shows it, so the
 * marking is in the text itself (and so in the tags and in any copy made of the text), not only
 * in a colour. Null when the information is open to the whole family.
 */
export function restrictionLabel(restriction: Restriction, people: ConferencePeople): string | null {
  switch (restriction.level) {
    case 'none':
      return null;
    case 'not-for-family':
      return `Restricted — not for the family: ${reasonInWords(restriction.reason)}`;
    case 'not-for-named':
      return `Restricted — not for ${joinNames(namedPeople(restriction, people))}: ${reasonInWords(restriction.reason)}`;
    case 'shared-only-with':
      return `Restricted — shared only with ${joinNames(namedPeople(restriction, people))}: ${reasonInWords(restriction.reason)}`;
    default: {
      const unexpected: never = restriction;
      throw new Error(`Unknown restriction ${JSON.stringify(unexpected)}`);
    }
  }
}

/** The marking for something said in a closed part of the meeting whose own marking was left open. */
export function closedPartLabel(reason: RestrictionReason): string {
  return `Restricted — said in a closed part of the meeting, not for the family: ${reasonInWords(reason)}`;
}

export function closedPartReasonLabel(reason: RestrictionReason): string {
  return `Restricted — not for the family: ${reasonInWords(reason)}`;
}

/** "Confidential" first, so it is the first thing anyone sees at the top of every page; short enough for one line in large print. */
export function confidentialHeader(what: string, source: Pick<DocumentSource, 'conference'>): string {
  return `Confidential — ${what}, ${formatIsoDate(source.conference.details.scheduledDate)}`;
}

/**
 * Text typed over several lines, on one line. A line break inside a react-pdf run is shaped with
 * the fallback font (Helvetica), which is not embedded, so no text reaches a document with one;
 * long texts that keep their paragraphs go through paragraphsOf instead.
 */
export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/gu, ' ').trim();
}

/** Text typed over several lines, as its paragraphs (never none). */
export function paragraphsOf(text: string, empty = '(nothing written)'): string[] {
  const paragraphs = text.split(/\s*\n\s*/u).map((line) => line.trim()).filter((line) => line !== '');
  return paragraphs.length > 0 ? paragraphs : [empty];
}
