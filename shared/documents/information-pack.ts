/**
 * The family's information pack before the meeting (issue 17): a personal copy for each parent or
 * carer invited and each young person, saying what a conference is, why this one is happening (as
 * the chair put it), when and where, who is invited, what they can ask for, the reports they have
 * been given so far and when, and a page for their views.
 *
 * Built only from the source as filtered for its recipient by the one rule (`forRecipient` in
 * shared/audience): the chair's reason, the people named and the reports are what reach them.
 */
import { forRecipient } from '../audience/for-recipient';
import type { LeftOut } from '../audience/left-out';
import { CHILD_COPY_AGE, familyRecipients, type FamilyRecipient } from '../audience/recipients';
import { AGENCY_LABELS } from '../authority/agencies';
import { plainDate } from './family-plan-words';
import { PACK_HEADINGS, PACK_WORDS } from './information-pack-words';
import type { DocumentSource } from './source';

export type PackRecipient = Extract<FamilyRecipient, { kind: 'parent-or-carer' | 'child' }>;

export interface PackSection {
  readonly key: 'what-is-it' | 'why' | 'when' | 'who' | 'rights' | 'reports';
  readonly heading: string;
  readonly paragraphs: readonly string[];
  readonly items: readonly string[];
}

export interface InformationPackModel {
  readonly title: string;
  readonly madeFor: string;
  readonly madeOn: string;
  readonly recipient: { readonly id: string; readonly name: string; readonly kind: PackRecipient['kind'] };
  readonly sections: readonly PackSection[];
  /** The one-page form to fill in and bring. */
  readonly views: { readonly heading: string; readonly intro: string; readonly questions: readonly string[] };
}

export class InformationPackRecipientError extends Error {
  override readonly name = 'InformationPackRecipientError';
  constructor() {
    super('Choose a parent or carer who is invited, or a young person, for this information pack.');
  }
}

/**
 * Who can have a pack: each parent or carer invited to this conference, and each child aged 10 or
 * more on the day of the conference (the age a child's own copy is offered from).
 */
export function informationPackRecipients(source: DocumentSource): PackRecipient[] {
  const invited = new Set(source.conference.invitations.flatMap((i) => (i.invitee.kind === 'family-member' ? [i.invitee.familyMemberId] : [])));
  return familyRecipients(source).filter(
    (recipient): recipient is PackRecipient =>
      (recipient.kind === 'parent-or-carer' && invited.has(recipient.id)) || (recipient.kind === 'child' && recipient.age !== null && recipient.age >= CHILD_COPY_AGE),
  );
}

export interface InformationPackFor {
  readonly model: InformationPackModel;
  readonly leftOut: readonly LeftOut[];
}

/** The pack for one recipient, from the conference's whole source, filtered for them first. */
export function informationPackFor(source: DocumentSource, recipientId: string): InformationPackFor {
  const recipient = informationPackRecipients(source).find((r) => r.id === recipientId);
  if (recipient === undefined) throw new InformationPackRecipientError();
  const { source: copy, leftOut } = forRecipient(source, recipient);
  // Whether their own interpreter is booked: a fact about them, told to them alone (no one's name).
  const booked = recipient.kind === 'parent-or-carer' && source.capture.interpreters.some((i) => i.familyMemberId === recipient.id && i.booked);
  return { model: buildInformationPack(copy, recipient, { interpreterBooked: booked }), leftOut };
}

function whenSection(copy: DocumentSource): PackSection {
  const { details } = copy.conference;
  const where = details.mode === 'online' ? PACK_WORDS.online : details.mode === 'hybrid' ? PACK_WORDS.hybrid(details.venue) : PACK_WORDS.inPerson(details.venue);
  return { key: 'when', heading: PACK_HEADINGS.when, paragraphs: [PACK_WORDS.whenLine(plainDate(details.scheduledDate), details.scheduledTime), where], items: [] };
}

/** The people invited that this copy may name: family by name, professionals by name and role. */
function whoSection(copy: DocumentSource): PackSection {
  const roles = new Map(copy.conference.familyMembers.map((m) => [m.id, m.kind === 'parent-or-carer' ? 'parent or carer' : 'family and friends']));
  const items = copy.conference.invitations.map((invitation) => {
    if (invitation.invitee.kind === 'family-member') return `${invitation.invitee.name} (${roles.get(invitation.invitee.familyMemberId) ?? 'family'})`;
    const role = invitation.invitee.role.trim() === '' ? AGENCY_LABELS[invitation.invitee.agency] : invitation.invitee.role;
    return `${invitation.invitee.name} (${role})`;
  });
  const chair = copy.conference.chair ? [`${copy.conference.chair.name} (the chair)`] : [];
  const all = [...chair, ...items];
  return { key: 'who', heading: PACK_HEADINGS.who, paragraphs: [all.length > 0 ? PACK_WORDS.whoIntro : PACK_WORDS.nobodyYet], items: all };
}

function rightsSection(copy: DocumentSource, recipient: PackRecipient, interpreterBooked: boolean): PackSection {
  const own = recipient.kind === 'parent-or-carer' ? copy.conference.familyMembers.find((m) => m.id === recipient.id) : undefined;
  const language = own?.interpreterLanguage.trim() ?? '';
  const interpreter = language === '' ? PACK_WORDS.interpreterOffer : interpreterBooked ? PACK_WORDS.interpreterBooked(language) : PACK_WORDS.interpreterNeeded(language);
  return { key: 'rights', heading: PACK_HEADINGS.rights, paragraphs: [], items: [...PACK_WORDS.rights.slice(0, 1), interpreter, ...PACK_WORDS.rights.slice(1)] };
}

/** Reports given to the family so far, with the day; a report not shared is not listed, nor why. */
function reportsSection(copy: DocumentSource): PackSection {
  const shared = copy.conference.reports.filter((r) => (r.sharedWithFamily === 'yes' || r.sharedWithFamily === 'in-part') && r.sharedDate !== null);
  const items = shared
    .slice()
    .sort((a, b) => (a.sharedDate ?? '').localeCompare(b.sharedDate ?? ''))
    .map((r) => PACK_WORDS.reportLine(r.author, AGENCY_LABELS[r.agency], plainDate(r.sharedDate ?? ''), r.sharedWithFamily === 'in-part'));
  return { key: 'reports', heading: PACK_HEADINGS.reports, paragraphs: [items.length > 0 ? PACK_WORDS.reportsIntro : PACK_WORDS.noReports], items };
}

/**
 * The pack from the source `forRecipient` returned for this recipient.
 * @param copy the source as filtered for this recipient, never the conference's whole source
 */
export function buildInformationPack(copy: DocumentSource, recipient: PackRecipient, own: { readonly interpreterBooked: boolean } = { interpreterBooked: false }): InformationPackModel {
  const forChild = recipient.kind === 'child';
  const reason = copy.familyReason?.reason.trim() ?? '';
  const day = plainDate(copy.conference.details.scheduledDate);
  const sections: PackSection[] = [
    { key: 'what-is-it', heading: PACK_HEADINGS.whatIsIt, paragraphs: forChild ? PACK_WORDS.whatIsItForChild : PACK_WORDS.whatIsIt, items: [] },
    { key: 'why', heading: PACK_HEADINGS.why, paragraphs: reason === '' ? [PACK_WORDS.noReason] : [PACK_WORDS.reasonIntro, reason], items: [] },
    whenSection(copy),
    whoSection(copy),
    rightsSection(copy, recipient, own.interpreterBooked),
    reportsSection(copy),
  ];
  return {
    title: `Your information pack for the meeting on ${day}`,
    madeFor: `Made for ${recipient.name}`,
    madeOn: `Made on ${plainDate(copy.madeOn)}`,
    recipient: { id: recipient.id, name: recipient.name, kind: recipient.kind },
    sections,
    views: { heading: PACK_HEADINGS.views, intro: PACK_WORDS.viewsIntro, questions: forChild ? PACK_WORDS.viewsQuestionsForChild : PACK_WORDS.viewsQuestions },
  };
}

/** Every line of the pack in reading order, for the language checks. */
export function informationPackText(model: InformationPackModel): string[] {
  return [
    model.title,
    model.madeFor,
    model.madeOn,
    ...model.sections.flatMap((section) => [section.heading, ...section.paragraphs, ...section.items]),
    model.views.heading,
    model.views.intro,
    ...model.views.questions,
  ];
}
