/**
 * The fixed plain-language copy of the family's plan: headings, sentences around the family's
 * own data, and the glossary, in the language of a catalogue (shared/i18n). The English source is
 * written for a reading age of about 9 to 11 (brief §6.2) and checked by the real language engine
 * in test/documents/family-plan-language.test.ts; a language pack translates it key by key.
 */
import type { Category, DecisionOutcome } from '../decision/schema';
import { ENGLISH, ENGLISH_LANG, type Catalogue } from '../i18n/catalogue';
import type { MessageKey } from '../i18n/messages-en';
import { sentence } from './family-plan-names';

/** Full dates and no abbreviations: "Thursday 19 March 2026" reads aloud as written. */
export function plainDate(isoDate: string): string {
  return ENGLISH.date(isoDate);
}

/** "Ruby", "Ruby and Leo", "Ruby, Leo and the baby". */
export function joinWithAnd(parts: readonly string[]): string {
  return ENGLISH.list(parts);
}

/** "Ruby’s", and "James’s" too: one rule for every name, as UK style guides allow. */
export function possessive(name: string): string {
  return `${name}’s`;
}

export interface GlossaryEntry {
  readonly term: string;
  readonly meaning: string;
  /** When the term counts as used in the plan (always matched against the English plan). */
  readonly pattern: RegExp;
}

/**
 * Terms that have to stay, each explained once. Only those the plan actually uses are printed
 * (language guide: explain any term that must stay; no list of words the reader never meets).
 */
const GLOSSARY_TERMS: readonly { readonly id: string; readonly pattern: RegExp }[] = [
  { id: 'conference', pattern: /child protection conference/iu },
  { id: 'plan', pattern: /child protection plan/iu },
  { id: 'review', pattern: /review conference/iu },
  { id: 'coreGroup', pattern: /core group/iu },
  { id: 'category', pattern: /\bcategory\b/iu },
  { id: 'physical', pattern: /physical abuse/iu },
  { id: 'emotional', pattern: /emotional abuse/iu },
  { id: 'sexual', pattern: /sexual abuse/iu },
  { id: 'neglect', pattern: /\bneglect\b/iu },
  { id: 'familyHelp', pattern: /family help plan/iu },
  { id: 'network', pattern: /family network/iu },
  { id: 'fgdm', pattern: /family group decision-making|\bFGDM\b/u },
  { id: 'strategy', pattern: /strategy discussion/iu },
  { id: 'advocate', pattern: /\badvocate\b/iu },
];

const DECISION_KEYS: Readonly<Record<Exclude<DecisionOutcome, 'deferred'>, MessageKey> & { null: MessageKey }> = {
  null: 'plan.decision.none',
  plan: 'plan.decision.plan',
  'continue-plan': 'plan.decision.continuePlan',
  'change-plan': 'plan.decision.changePlan',
  'end-plan': 'plan.decision.endPlan',
  'no-plan': 'plan.decision.noPlan',
};

/** Every fixed word of the family's plan in one catalogue's language. */
export function familyPlanWords(c: Catalogue) {
  const t = c.format;
  const HEADINGS = {
    goingWell: t('plan.heading.goingWell'),
    worries: t('plan.heading.worries'),
    privatePart: t('plan.heading.privatePart'),
    needsToHappen: t('plan.heading.needsToHappen'),
    childrenSaid: t('plan.heading.childrenSaid'),
    decisions: t('plan.heading.decisions'),
    actions: t('plan.heading.actions'),
    ifThingsGoWrong: t('plan.heading.ifThingsGoWrong'),
    coreGroup: t('plan.heading.coreGroup'),
    dates: t('plan.heading.dates'),
    chair: t('plan.heading.chair'),
    challenge: t('plan.heading.challenge'),
    whoCanHelp: t('plan.heading.whoCanHelp'),
    laterActions: t('plan.heading.laterActions'),
    glossary: t('plan.heading.glossary'),
  } as const;

  const WORDS = {
    title: (childNames: readonly string[]) => t('plan.title', { children: c.list(childNames) }),
    madeFor: (name: string) => t('frame.madeFor', { name }),
    madeForNetwork: (names: readonly string[]) => t('plan.madeForNetwork', { names: c.list(names) }),
    madeOn: (isoDate: string) => t('frame.madeOn', { date: c.date(isoDate) }),
    introduction: (childNames: readonly string[], conferenceDate: string) => [
      t('plan.intro.about', { children: c.list(childNames) }),
      t('plan.intro.from', { date: c.date(conferenceDate) }),
      t('plan.intro.says'),
    ],
    goingWellEmpty: t('plan.goingWellEmpty'),
    worriesEmpty: t('plan.worriesEmpty'),
    needsToHappenEmpty: t('plan.needsToHappenEmpty'),
    privatePart: t('plan.privatePart'),
    inFamilysWords: (text: string, whose: string) => (whose === '' ? t('plan.inFamilysWords', { text }) : t('plan.inFamilysWordsWhose', { text, whose })),
    // Words that already hold quotation marks are not wrapped in more.
    childSaid: (name: string, words: string) => sentence(t(/[“"‘]/.test(words) ? 'plan.childSaidQuoted' : 'plan.childSaid', { name, words })),
    /** A child's views as someone else put them, which are not the child's own words. */
    childViewPassedOn: (name: string, words: string, by: string) => (by ? t('plan.childViewPassedOn', { by, name, words }) : t('plan.childViewAbout', { name, words })),
    childViewShared: (words: string, by: string) => t('plan.childViewShared', { words, by }),
    /** Who passed a child's views on, when the minutes do not say (only before sign-off). */
    speakerNotRecorded: t('plan.speakerNotRecorded'),
    actionsIntro: t('plan.actionsIntro'),
    moreActions: (names: string, extra: number) => t('plan.moreActions', { names, extra, heading: HEADINGS.laterActions }),
    laterActionsIntro: t('plan.laterActionsIntro'),
    childHeading: (names: string) => t('plan.childHeading', { names }),
    laterHeading: (names: string) => t('plan.laterHeading', { names }),
    goal: (text: string) => t('plan.goal', { text }),
    howWeWillKnow: (text: string) => t('plan.howWeWillKnow', { text }),
    who: (names: string) => t('plan.who', { names }),
    when: (dueDate: string | null) => (dueDate === null ? t('plan.whenNoDate') : t('plan.whenBy', { date: c.date(dueDate) })),
    howOften: (frequency: string) => t('plan.howOften', { frequency }),
    nobodyNamed: t('plan.nobodyNamed'),
    yourWorker: t('plan.yourWorker'),
    seenHowOften: (worker: string, name: string, frequency: string) => t('plan.seenHowOften', { worker, name, frequency }),
    seenWhere: (worker: string, name: string, where: string) => t('plan.seenWhere', { worker, name, where }),
    seenAlone: (worker: string, name: string, when: string) => t('plan.seenAlone', { worker, name, when }),
    coreGroupIntro: t('plan.coreGroupIntro'),
    coreGroupFirst: (date: string) => t('plan.coreGroupFirst', { date: c.date(date) }),
    conferenceDate: t('plan.date.conference'),
    firstCoreGroup: t('plan.date.firstCoreGroup'),
    nextReview: t('plan.date.nextReview'),
    nextReviewAlso: (names: string | readonly string[]) => t('plan.date.nextReviewAlso', { names: joinAll(c, names) }),
    deferredReview: (names: string | readonly string[]) => t('plan.date.deferredReview', { names: joinAll(c, names) }),
    familyMeeting: t('plan.date.familyMeeting'),
    dissentWindow: (time: string) => t('plan.date.dissentWindow', { time }),
    chairWas: (name: string) => t('plan.chairWas', { name }),
    // One paragraph: the sentence after a term that must stay says what it means.
    chairInStrategy: (name: string, yes: boolean) => t(yes ? 'plan.chairInStrategy' : 'plan.chairNotInStrategy', { name }),
    chairInEnquiry: (name: string, yes: boolean) => t(yes ? 'plan.chairInEnquiry' : 'plan.chairNotInEnquiry', { name }),
    caseHolder: (name: string) => t('plan.caseHolder', { name }),
    noChair: t('plan.noChair'),
    advocate: t('plan.advocate'),
    glossaryIntro: t('plan.glossaryIntro'),
    theBaby: t('names.theBaby'),
    noFurtherAction: t('plan.noFurtherAction'),
  } as const;

  const CATEGORY_WORDS: Readonly<Record<Category, string>> = {
    physical: t('plan.category.physical'),
    emotional: t('plan.category.emotional'),
    sexual: t('plan.category.sexual'),
    neglect: t('plan.category.neglect'),
  };

  /** What the decision means for one child, in plain words (never the census code). */
  const decisionSentence = (name: string, outcome: DecisionOutcome | null, deferredTo: string | null): string => {
    if (outcome !== 'deferred') return sentence(t(DECISION_KEYS[outcome ?? 'null'], { name }));
    return sentence(deferredTo === null ? t('plan.decision.deferred', { name }) : t('plan.decision.deferredOn', { name, date: c.date(deferredTo) }));
  };

  const categorySentence = (name: string, categories: readonly Category[]): string =>
    t('plan.category', { name, categories: c.list(categories.map((category) => CATEGORY_WORDS[category])) });

  const GLOSSARY: readonly GlossaryEntry[] = GLOSSARY_TERMS.map(({ id, pattern }) => ({
    term: t(`glossary.${id}.term` as MessageKey),
    meaning: t(`glossary.${id}.meaning` as MessageKey),
    pattern,
  }));

  return {
    lang: c.lang,
    HEADINGS,
    WORDS,
    CATEGORY_WORDS,
    GLOSSARY,
    decisionSentence,
    categorySentence,
    FAMILY_HELP_INSTEAD: (name: string) => sentence(t('plan.familyHelpInstead', { name })),
    plainDate: c.date,
    joinWithAnd: c.list,
  };
}

export type FamilyPlanWords = ReturnType<typeof familyPlanWords>;

/** Children deferred to the same review: "Ruby and Leo" (English has always joined each with "and"). */
function joinAll(c: Catalogue, names: string | readonly string[]): string {
  if (typeof names === 'string') return names;
  return c.lang === ENGLISH_LANG ? names.join(' and ') : c.list(names);
}

/** The English words, the source every pack translates. */
export const ENGLISH_PLAN_WORDS: FamilyPlanWords = familyPlanWords(ENGLISH);
export const { HEADINGS, WORDS, CATEGORY_WORDS, GLOSSARY, decisionSentence, categorySentence, FAMILY_HELP_INSTEAD } = ENGLISH_PLAN_WORDS;
