/**
 * The family's plain-language plan (issue 7): what goes into it, decided here and only here, so
 * what is kept from the family is filtered in one tested place (architecture, Documents).
 *
 * What never goes in:
 * - anything marked `not-for-family` or `not-for-named`, for any recipient, anything said in a
 *   restricted part of the meeting or while a family member was out so the meeting could hear
 *   confidential information, and a child's views given while a parent was out at the child's
 *   request (family-safe.ts explains why);
 * - any family member's contact details, except the recipient's own when not confidential;
 * - professionals' analysis, agency views, dissent and the chair's reasons written for the
 *   record: the plan uses the analysis statements, the plan and the decision letter, which are
 *   written for the family and checked by the language engine.
 */
import { actionSections } from './family-plan-actions';
import type { FamilyPlanAction, FamilyPlanModel, FamilyPlanSection } from './family-plan-model';
import { familyName } from './family-plan-names';
import { familyPlanRecipients, networkMembers, type FamilyPlanRecipient } from './family-plan-recipients';
import {
  analysisSections,
  chairSection,
  challengeSection,
  childrenSaidSection,
  contingencySection,
  coreGroupSection,
  datesSection,
  decisionsSection,
  whoCanHelpSection,
} from './family-plan-sections';
import { GLOSSARY, HEADINGS, WORDS } from './family-plan-words';
import type { DocumentSource } from './source';

export { familyPlanRecipients, FAMILY_NETWORK_RECIPIENT, type FamilyPlanRecipient } from './family-plan-recipients';
export * from './family-plan-model';

/** Asked for a family's plan for someone who is not one of its recipients. */
export class FamilyPlanRecipientError extends Error {
  override readonly name = 'FamilyPlanRecipientError';
  constructor() {
    super('This person does not receive the family’s plan.');
  }
}

function recipientFor(source: DocumentSource, recipientId: string): FamilyPlanRecipient {
  const recipient = familyPlanRecipients(source).find((r) => r.id === recipientId);
  if (recipient === undefined) throw new FamilyPlanRecipientError();
  return recipient;
}

/** The family member ids who read this copy: one parent or carer, or the whole network. */
function readerIds(source: DocumentSource, recipient: FamilyPlanRecipient): ReadonlySet<string> {
  return new Set(recipient.kind === 'family-network' ? networkMembers(source).map((m) => m.id) : [recipient.id]);
}

/** The recipient's own contact details for the envelope, never when they are confidential. */
function ownContactDetails(source: DocumentSource, recipient: FamilyPlanRecipient): string | null {
  if (recipient.kind !== 'parent-or-carer') return null;
  const member = source.conference.familyMembers.find((m) => m.id === recipient.id);
  if (member === undefined || member.contactDetailsConfidential) return null;
  const details = member.contactDetails.trim();
  return details === '' ? null : details;
}

/** The glossary of the terms the plan actually uses, and no others. */
function glossarySection(lines: readonly string[]): FamilyPlanSection | null {
  const text = lines.join('\n');
  const entries = GLOSSARY.filter((entry) => entry.pattern.test(text)).map(({ term, meaning }) => ({ term, meaning }));
  return entries.length === 0 ? null : { key: 'glossary', heading: HEADINGS.glossary, paragraphs: [WORDS.glossaryIntro], entries };
}

/** The family's plan made for one recipient from `familyPlanRecipients(source)`. */
export function buildFamilyPlan(source: DocumentSource, recipientId: string): FamilyPlanModel {
  const recipient = recipientFor(source, recipientId);
  const readers = readerIds(source, recipient);
  const childNames = source.conference.children.map(familyName);
  const { actions, later } = actionSections(source, readers);
  const sections: FamilyPlanSection[] = [
    ...analysisSections(source),
    childrenSaidSection(source),
    decisionsSection(source),
    actions,
    contingencySection(source),
    coreGroupSection(source),
    datesSection(source),
    chairSection(source),
    challengeSection(source),
    whoCanHelpSection(source),
    later,
  ].filter((section): section is FamilyPlanSection => section !== null);

  const withoutGlossary: FamilyPlanModel = {
    conferenceId: source.conference.id,
    recipient: { id: recipient.id, kind: recipient.kind, name: recipient.name, contactDetails: ownContactDetails(source, recipient) },
    title: WORDS.title(childNames),
    madeFor: recipient.kind === 'family-network' ? WORDS.madeForNetwork(recipient.memberNames) : WORDS.madeFor(recipient.name),
    madeOn: WORDS.madeOn(source.madeOn),
    introduction: WORDS.introduction(childNames, source.conference.details.scheduledDate),
    sections,
  };
  const glossary = glossarySection(familyPlanText(withoutGlossary));
  return glossary === null ? withoutGlossary : { ...withoutGlossary, sections: [...sections, glossary] };
}

function actionLines(action: FamilyPlanAction): string[] {
  return [action.what, action.who, action.when, ...(action.howOften === null ? [] : [action.howOften])];
}

function sectionLines(section: FamilyPlanSection): string[] {
  const lines = [section.heading, ...section.paragraphs];
  switch (section.key) {
    case 'actions':
      for (const part of section.children) {
        lines.push(part.heading, ...part.seen);
        for (const goal of part.goals) lines.push(goal.text, ...(goal.howWeWillKnow === null ? [] : [goal.howWeWillKnow]));
        // The note sits above the list it warns about.
        if (part.moreActionsNote !== null) lines.push(part.moreActionsNote);
        lines.push(...part.actions.flatMap(actionLines));
      }
      return lines;
    case 'later-actions':
      for (const part of section.children) lines.push(part.heading, ...part.actions.flatMap(actionLines));
      return lines;
    case 'dates':
      return [...lines, ...section.dates.map((d) => `${d.date}: ${d.what}`)];
    case 'who-can-help':
      return [...lines, ...section.people.map((p) => `${p.name}: ${p.role}`)];
    case 'glossary':
      return [...lines, ...section.entries.map((e) => `${e.term}: ${e.meaning}`)];
    default:
      return [...lines, ...section.items];
  }
}

/**
 * Every line of the plan in reading order, one heading, paragraph or list item per string, so
 * the language checker and the reading age see what the family will read:
 * `checkText(familyPlanText(model).join('\n'), { audience: 'family', … })`.
 */
export function familyPlanText(model: FamilyPlanModel): string[] {
  return [model.title, model.madeFor, model.madeOn, ...model.introduction, ...model.sections.flatMap(sectionLines)];
}
