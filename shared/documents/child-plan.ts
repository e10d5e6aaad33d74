/**
 * The child's or young person's own copy of the plan (issue 13), written to them: why people met,
 * what they told us, what is going well, what people are worried about, what will happen and who
 * will help, who they can talk to, and how to say they disagree.
 *
 * It is built only from the source as filtered for this child by the one rule
 * (`forRecipient` in shared/audience). Nothing here decides who may read what, so nothing kept
 * from the child can be added here by mistake, and what is shared only with them (their own
 * disclosure) is there because the rule let it through.
 *
 * Left out on purpose, for everyone: the category's name (the worries say what happened, in the
 * conference's words), agency views and reasons written for professionals, the contingency, the
 * private parts' summaries, and every contact detail but Childline's.
 */
import { forRecipient } from '../audience/for-recipient';
import type { LeftOut } from '../audience/left-out';
import { familyRecipients, type FamilyRecipient } from '../audience/recipients';
import type { ChildPlanModel, ChildPlanSection } from './child-plan-model';
import {
  disagreeSection,
  goingWellSection,
  justForYouSection,
  talkToSection,
  whatWillHappenSection,
  whyWeMetSection,
  worriesSection,
  youToldUsSection,
} from './child-plan-sections';
import { ENGLISH_CHILD_WORDS, type ChildPlanWords } from './child-plan-words';
import { familyName } from './family-plan-names';
import type { DocumentSource } from './source';

export * from './child-plan-model';

type ChildRecipient = Extract<FamilyRecipient, { kind: 'child' }>;

/** Asked for a child's copy for someone who is not a born child of this conference. */
export class ChildPlanRecipientError extends Error {
  override readonly name = 'ChildPlanRecipientError';
  constructor() {
    super('This child cannot have their own copy.');
  }
}

/** The children who can have their own copy (every born child), each offered one by default from age 10. */
export function childPlanRecipients(source: DocumentSource): ChildRecipient[] {
  return familyRecipients(source).filter((recipient): recipient is ChildRecipient => recipient.kind === 'child');
}

export interface ChildPlanFor {
  readonly model: ChildPlanModel;
  /** What was left out of this child's copy and why, for the chair's check. */
  readonly leftOut: readonly LeftOut[];
  /** The same copy in a second language, when asked for: the same content, the same structure. */
  readonly translated: ChildPlanModel | null;
}

/** A second language for the child's copy: its fixed words, and the copy with the conference's own words in it. */
export interface ChildPlanLanguage {
  readonly words: ChildPlanWords;
  readonly ownWords: (copy: DocumentSource) => DocumentSource;
}

/**
 * The child's own copy made from the conference's whole source: filtered for this child by the
 * one rule (`forRecipient`), then built from that copy alone (twice, with a second language: the
 * copy is taken once).
 */
export function childPlanFor(source: DocumentSource, childId: string, language: ChildPlanLanguage | null = null): ChildPlanFor {
  const recipient = childPlanRecipients(source).find((r) => r.id === childId);
  if (recipient === undefined) throw new ChildPlanRecipientError();
  const { source: copy, leftOut } = forRecipient(source, recipient);
  const model = buildChildPlan(copy, childId);
  const translated = language === null ? null : buildChildPlan(language.ownWords(copy), childId, language.words, glossaryTermsUsed(childPlanText(model)));
  return { model, leftOut, translated };
}

/** The glossary's terms the English copy uses, by their place in the list. */
function glossaryTermsUsed(lines: readonly string[]): readonly number[] {
  const text = lines.join('\n');
  return ENGLISH_CHILD_WORDS.CHILD_GLOSSARY.flatMap((entry, index) => (entry.pattern.test(text) ? [index] : []));
}

function glossarySection(used: readonly number[], { CHILD_GLOSSARY, CHILD_HEADINGS, CHILD_WORDS }: ChildPlanWords): ChildPlanSection | null {
  const people = used.flatMap((index) => {
    const entry = CHILD_GLOSSARY[index];
    return entry === undefined ? [] : [{ name: entry.term, about: entry.meaning }];
  });
  return people.length === 0 ? null : { key: 'words', heading: CHILD_HEADINGS.words, paragraphs: [CHILD_WORDS.wordsIntro], people };
}

/**
 * The child's own copy, from the source `forRecipient` returned for this child.
 * @param filtered the source as filtered for this child, never the conference's whole source
 */
export function buildChildPlan(filtered: DocumentSource, childId: string, w: ChildPlanWords = ENGLISH_CHILD_WORDS, glossaryTerms?: readonly number[]): ChildPlanModel {
  const { CHILD_WORDS } = w;
  const child = filtered.conference.children.find((c) => c.id === childId && !c.isUnborn);
  if (child === undefined) throw new ChildPlanRecipientError();
  const name = familyName(child, CHILD_WORDS.theBaby);
  const sections = [
    whyWeMetSection(filtered, child, w),
    youToldUsSection(filtered, child, w),
    justForYouSection(filtered, child, w),
    goingWellSection(filtered, w),
    worriesSection(filtered, w),
    whatWillHappenSection(filtered, child, w),
    talkToSection(filtered, w),
    disagreeSection(filtered, w),
  ].filter((section): section is ChildPlanSection => section !== null);
  const withoutGlossary: ChildPlanModel = {
    conferenceId: filtered.conference.id,
    child: { id: child.id, name },
    title: CHILD_WORDS.title(name),
    madeFor: CHILD_WORDS.madeFor(name),
    madeOn: CHILD_WORDS.madeOn(filtered.madeOn),
    introduction: CHILD_WORDS.introduction(name),
    sections,
  };
  const glossary = glossarySection(glossaryTerms ?? glossaryTermsUsed(childPlanText(withoutGlossary)), w);
  return glossary === null ? withoutGlossary : { ...withoutGlossary, sections: [...sections, glossary] };
}

function sectionLines(section: ChildPlanSection): string[] {
  const lines = [section.heading, ...section.paragraphs];
  switch (section.key) {
    case 'what-will-happen':
      return [
        ...lines,
        section.decision,
        ...section.seen,
        ...(section.goalsIntro === null ? [] : [section.goalsIntro]),
        ...section.goals,
        ...(section.actionsIntro === null ? [] : [section.actionsIntro]),
        ...section.actions.flatMap((a) => [a.what, a.who, a.when]),
        ...(section.moreActionsNote === null ? [] : [section.moreActionsNote]),
        ...(section.nextMeeting === null ? [] : [section.nextMeeting]),
      ];
    case 'who-you-can-talk-to':
    case 'words':
      return [...lines, ...section.people.map((p) => `${p.name}: ${p.about}`)];
    default:
      return [...lines, ...section.items];
  }
}

/**
 * Every line of the child's copy in reading order, one heading, paragraph or list item per
 * string, so the language checker and the reading age see what the child will read.
 */
export function childPlanText(model: ChildPlanModel): string[] {
  return [model.title, model.madeFor, model.madeOn, ...model.introduction, ...model.sections.flatMap(sectionLines)];
}
