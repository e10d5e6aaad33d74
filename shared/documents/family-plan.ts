/**
 * The family's plain-language plan (issue 7), for one recipient. What may reach them is decided by
 * `forRecipient` (shared/audience/for-recipient.ts), with every other family-facing output; the
 * plan is built from that copy of the conference and filters nothing itself.
 *
 * What the plan leaves out of what reaches the recipient: professionals' analysis, agency views,
 * dissent and the chair's reasons written for the record. It uses the analysis statements, the
 * plan and the decision letter, which are written for the family and checked by the language
 * engine.
 */
import { forRecipient, type ForRecipientOptions } from '../audience/for-recipient';
import type { LeftOut } from '../audience/left-out';
import { actionSections } from './family-plan-actions';
import type { FamilyPlanAction, FamilyPlanModel, FamilyPlanSection } from './family-plan-model';
import { familyName } from './family-plan-names';
import { familyPlanRecipients, type FamilyPlanRecipient } from './family-plan-recipients';
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
import { ENGLISH_PLAN_WORDS, type FamilyPlanWords } from './family-plan-words';
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

export function familyPlanRecipient(source: DocumentSource, recipientId: string): FamilyPlanRecipient {
  const recipient = familyPlanRecipients(source).find((r) => r.id === recipientId);
  if (recipient === undefined) throw new FamilyPlanRecipientError();
  return recipient;
}

/** The recipient's own contact details for the envelope: their copy holds no one else's, and no confidential ones. */
function ownContactDetails(copy: DocumentSource, recipient: FamilyPlanRecipient): string | null {
  if (recipient.kind !== 'parent-or-carer') return null;
  const member = copy.conference.familyMembers.find((m) => m.id === recipient.id);
  if (member === undefined || member.contactDetailsConfidential) return null;
  const details = member.contactDetails.trim();
  return details === '' ? null : details;
}

/** Which glossary terms English lines use: the terms are found in the English plan, whatever language it is also printed in. */
function glossaryTermsUsed(lines: readonly string[]): readonly number[] {
  const text = lines.join('\n');
  return ENGLISH_PLAN_WORDS.GLOSSARY.flatMap((entry, index) => (entry.pattern.test(text) ? [index] : []));
}

/** The glossary of the terms the plan actually uses, and no others. */
function glossarySection(used: readonly number[], { GLOSSARY, HEADINGS, WORDS }: FamilyPlanWords): FamilyPlanSection | null {
  const entries = used.flatMap((index) => {
    const entry = GLOSSARY[index];
    return entry === undefined ? [] : [{ term: entry.term, meaning: entry.meaning }];
  });
  return entries.length === 0 ? null : { key: 'glossary', heading: HEADINGS.glossary, paragraphs: [WORDS.glossaryIntro], entries };
}

export interface FamilyPlanFor {
  readonly model: FamilyPlanModel;
  /** What was left out of this recipient's copy and why, for the chair's check. */
  readonly leftOut: readonly LeftOut[];
  readonly childIds: readonly string[];
  /** The same plan in a second language, when asked for: the same copy, the same structure. */
  readonly translated: FamilyPlanModel | null;
}

/**
 * A second language for the plan: its fixed words, and the recipient's copy with the conference's
 * own words in that language (shared/i18n/own-words.ts).
 */
export interface PlanLanguage {
  readonly words: FamilyPlanWords;
  readonly ownWords: (copy: DocumentSource) => DocumentSource;
}

/**
 * The family's plan for one recipient from `familyPlanRecipients(source)`, and what was left out
 * of it. With a second language, the recipient's copy is taken once and the plan built from it
 * twice, in English and in that language, so the two say the same things in the same order.
 */
export function familyPlanFor(source: DocumentSource, recipientId: string, options: ForRecipientOptions = {}, language: PlanLanguage | null = null): FamilyPlanFor {
  const recipient = familyPlanRecipient(source, recipientId);
  const { source: copy, leftOut, childIds } = forRecipient(source, recipient, options);
  const model = familyPlanModel(copy, recipient, ENGLISH_PLAN_WORDS);
  const translated = language === null ? null : familyPlanModel(language.ownWords(copy), recipient, language.words, glossaryTermsUsed(familyPlanText(model)));
  return { model, leftOut, childIds, translated };
}

/** The family's plan made for one recipient from `familyPlanRecipients(source)`. */
export function buildFamilyPlan(source: DocumentSource, recipientId: string, options: ForRecipientOptions = {}): FamilyPlanModel {
  return familyPlanFor(source, recipientId, options).model;
}

/**
 * The plan from one recipient's copy of the conference, in the words' language.
 * @param glossaryTerms the glossary's terms to print, found in the English plan; found in this one when not given
 */
function familyPlanModel(copy: DocumentSource, recipient: FamilyPlanRecipient, w: FamilyPlanWords, glossaryTerms?: readonly number[]): FamilyPlanModel {
  const { WORDS } = w;
  const readers = new Set(recipient.memberIds);
  const childNames = copy.conference.children.map((child) => familyName(child, WORDS.theBaby));
  const { actions, later } = actionSections(copy, readers, w);
  const sections: FamilyPlanSection[] = [
    ...analysisSections(copy, w),
    childrenSaidSection(copy, w),
    decisionsSection(copy, w),
    actions,
    contingencySection(copy, w),
    coreGroupSection(copy, w),
    datesSection(copy, w),
    chairSection(copy, w),
    challengeSection(copy, w),
    whoCanHelpSection(copy, w),
    later,
  ].filter((section): section is FamilyPlanSection => section !== null);

  const withoutGlossary: FamilyPlanModel = {
    conferenceId: copy.conference.id,
    recipient: { id: recipient.id, kind: recipient.kind, name: recipient.name, contactDetails: ownContactDetails(copy, recipient) },
    title: WORDS.title(childNames),
    madeFor: recipient.kind === 'family-network' ? WORDS.madeForNetwork(recipient.memberNames) : WORDS.madeFor(recipient.name),
    madeOn: WORDS.madeOn(copy.madeOn),
    introduction: WORDS.introduction(childNames, copy.conference.details.scheduledDate),
    sections,
  };
  const glossary = glossarySection(glossaryTerms ?? glossaryTermsUsed(familyPlanText(withoutGlossary)), w);
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
