/**
 * The decision letter as blocks of text in one language, built from one recipient's copy of the
 * conference (its `letter`) and the letter's fixed words (shared/letter/letter-words.ts). The
 * letter in English and in a pack's language are built by the same code from the same copy, so
 * their blocks line up one for one and can be laid out paragraph by paragraph (letter.tsx).
 */
import type { DocumentSource } from '../../../shared/documents/source';
import type { FamilyPlanWords } from '../../../shared/documents/family-plan-words';
import { FAMILY_RIGHTS_GROUP } from '../../../shared/letter/decision-letter';
import type { LetterWords } from '../../../shared/letter/letter-words';
import { oneLine } from './professional-words';

export interface LetterFact {
  readonly label: string;
  readonly value: string;
}

export type LetterBlock =
  | { readonly kind: 'paragraph'; readonly text: string }
  /** A text typed over several lines, kept as its paragraphs, the first opened by a bold lead-in. */
  | { readonly kind: 'typed'; readonly lead: string; readonly text: string }
  | { readonly kind: 'facts'; readonly facts: readonly LetterFact[] }
  | { readonly kind: 'actions'; readonly items: readonly { readonly what: string; readonly details: string }[] }
  | { readonly kind: 'bullets'; readonly items: readonly string[] }
  | { readonly kind: 'section'; readonly title: string; readonly level: 2 | 3; readonly blocks: readonly LetterBlock[] };

export interface LetterModel {
  readonly title: string;
  readonly subject: string;
  readonly blocks: readonly LetterBlock[];
}

/** A sentence ends with one full stop (or its own question or exclamation mark), never two. */
const withFullStop = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/**
 * The words about each child's decision. English prints the letter's own (as it always has); another
 * language says them with the family's plan's translated sentences, from the copy's record.
 */
function decisionFacts(copy: DocumentSource, index: number, w: LetterWords, plan: FamilyPlanWords | null): LetterFact[] {
  const child = copy.letter.children[index];
  if (child === undefined) return [];
  const t = w.t;
  // The letter's own dates are stored: printed as every other date.
  const datesInWords = (text: string) => text.replace(/\b(\d{4}-\d{2}-\d{2})\b/gu, (date) => w.date(date));
  if (plan === null) {
    return [
      { label: t('letter.fact.decision'), value: datesInWords(child.decision) },
      ...(child.category ? [{ label: t('letter.fact.category'), value: `${child.category}${child.censusCode ? ` (${child.censusCode})` : ''}` }] : []),
      ...(child.whatHappensInstead ? [{ label: t('letter.fact.instead'), value: child.whatHappensInstead }] : []),
    ];
  }
  // The letter's children are the copy's, in the same order.
  const childId = copy.conference.children[index]?.id;
  const decision = copy.decisionRecord.decisions.find((d) => d.childId === childId);
  const instead = decision?.instead === 'family-help-plan' ? plan.FAMILY_HELP_INSTEAD(child.name) : decision?.instead === 'no-further-action' ? plan.WORDS.noFurtherAction : null;
  return [
    { label: t('letter.fact.decision'), value: plan.decisionSentence(child.name, decision?.outcome ?? null, decision?.deferredTo ?? null) },
    ...(decision && decision.categories.length > 0 && child.category
      ? [{ label: t('letter.fact.category'), value: `${w.catalogue.list(decision.categories.map((c) => plan.CATEGORY_WORDS[c]))}${child.censusCode ? ` (${child.censusCode})` : ''}` }]
      : []),
    ...(child.whatHappensInstead && instead !== null ? [{ label: t('letter.fact.instead'), value: instead }] : []),
  ];
}

function outlinePlan(copy: DocumentSource, w: LetterWords): LetterBlock[] {
  const { letter } = copy;
  const t = w.t;
  if (letter.outlinePlan.length === 0) return [{ kind: 'paragraph', text: t('letter.noOutlinePlan') }];
  return letter.outlinePlan.map((outcome, index) => ({
    kind: 'section',
    title: `${index + 1}. ${oneLine(outcome.outcome)}`,
    level: 3,
    blocks: [
      ...(outcome.howWeWillKnow !== '' ? [{ kind: 'paragraph' as const, text: t('letter.howWeWillKnow', { text: oneLine(outcome.howWeWillKnow) }) }] : []),
      {
        kind: 'actions',
        items: outcome.actions.map((action) => ({
          what: withFullStop(oneLine(action.what)),
          details: [
            t('letter.action.who', { who: w.names(action.who) || t('letter.notNamedYet'), when: action.byWhen ? w.date(action.byWhen) : t('letter.notSet') }),
            ...(action.howOften ? [t('letter.action.howOften', { often: action.howOften })] : []),
          ].join(' '),
        })),
      },
    ],
  }));
}

/**
 * The letter in the words' language. `plan` (the family's plan's words in the same language) says
 * each decision in a pack's language; null for English, which prints the letter's own.
 */
export function letterModel(copy: DocumentSource, w: LetterWords, forEveryone: boolean, plan: FamilyPlanWords | null): LetterModel {
  const { letter } = copy;
  const t = w.t;
  const type = copy.conference.details.type;
  const held = w.date(letter.conferenceDate);
  const notBooked = (date: string | null) => (date ? w.date(date) : t('letter.notBooked'));
  // The charity's role is always the last helper: said in the letter's language.
  const whoCanHelp = letter.whoCanHelp.map((person) => (person.name === FAMILY_RIGHTS_GROUP ? { ...person, role: t('letter.familyRightsGroup') } : person));
  const blocks: LetterBlock[] = [
    {
      kind: 'facts',
      facts: [
        { label: t('letter.fact.date'), value: w.date(copy.madeOn) },
        { label: t('letter.fact.conference'), value: t('letter.fact.conferenceValue', { conference: w.conference(type), date: held }) },
        { label: t('letter.fact.to'), value: letter.to.length > 0 ? w.names(letter.to) : t('letter.toEveryone') },
      ],
    },
    { kind: 'paragraph', text: letter.to.length > 0 ? t('letter.dear', { names: w.names(letter.to) }) : t('letter.dearAll') },
    {
      kind: 'paragraph',
      text: [t('letter.intro', { conference: w.conference(type, true), date: held }), t(forEveryone ? 'letter.intro.everyone' : 'letter.intro.others'), t('letter.intro.record')].join(' '),
    },
    {
      kind: 'section',
      title: t('letter.heading.decided'),
      level: 2,
      blocks: letter.children.map((child, index) => ({
        kind: 'section',
        title: child.name,
        level: 3,
        blocks: [{ kind: 'facts', facts: decisionFacts(copy, index, w, plan) }, ...(child.reasons !== '' ? [{ kind: 'typed' as const, lead: `${t('letter.reasonsLead')} `, text: child.reasons }] : [])],
      })),
    },
    {
      kind: 'section',
      title: t('letter.heading.outlinePlan'),
      level: 2,
      blocks: [...outlinePlan(copy, w), ...(letter.contingency !== '' ? [{ kind: 'section' as const, title: t('letter.heading.notToPlan'), level: 3 as const, blocks: [{ kind: 'typed' as const, lead: '', text: letter.contingency }] }] : [])],
    },
    {
      kind: 'section',
      title: t('letter.heading.next'),
      level: 2,
      blocks: [
        {
          kind: 'facts',
          facts: [
            { label: t('letter.fact.firstCoreGroup'), value: notBooked(letter.coreGroup.firstMeeting) },
            { label: t('letter.fact.nextReview'), value: notBooked(letter.nextReview.date) },
            ...(letter.nextReview.broughtForwardReason ? [{ label: t('letter.fact.whyEarlier'), value: oneLine(letter.nextReview.broughtForwardReason) }] : []),
          ],
        },
        ...(letter.coreGroup.members.length > 0 ? [{ kind: 'paragraph' as const, text: t('letter.coreGroup', { names: w.names(letter.coreGroup.members) }) }] : []),
      ],
    },
    {
      kind: 'section',
      title: t('letter.heading.contact'),
      level: 2,
      blocks: [
        {
          kind: 'facts',
          facts: [...(letter.chair ? [{ label: letter.chair.name, value: t('letter.chairRole', { role: letter.chair.role }) }] : []), ...whoCanHelp.map((person) => ({ label: person.name, value: person.role }))],
        },
      ],
    },
    { kind: 'section', title: t('letter.heading.disagree'), level: 2, blocks: [{ kind: 'bullets', items: w.howToChallenge(copy.conference.chair?.name ?? null) }] },
    { kind: 'paragraph', text: t('letter.yoursSincerely') },
    { kind: 'paragraph', text: letter.chair ? t('letter.signed', { name: letter.chair.name, role: letter.chair.role }) : t('letter.signedNoChair') },
  ];
  return {
    title: t('letter.title', { children: w.names(letter.children.map((c) => c.name)), date: w.titleDate(letter.conferenceDate) }),
    subject: t('letter.subject', { conference: w.conference(type, true) }),
    blocks,
  };
}
