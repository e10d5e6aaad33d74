/**
 * The fixed words of the child's or young person's own copy: written to them ("you"), in short
 * sentences and everyday words, for the authority's children's reading-age target (9 by default).
 * Signs of Safety's "Words and Pictures" habit: tell the child plainly why adults are worried,
 * that it is not their fault, and what will happen. In the language of a catalogue (shared/i18n);
 * the English source is checked by the real language engine in
 * test/documents/child-plan-language.test.ts.
 */
import type { DecisionOutcome } from '../decision/schema';
import { ENGLISH, type Catalogue } from '../i18n/catalogue';
import type { MessageKey } from '../i18n/messages-en';
import { sentence } from './family-plan-names';

const DECISION_KEYS: Readonly<Record<DecisionOutcome | 'null', MessageKey>> = {
  null: 'child.decision.none',
  plan: 'child.decision.plan',
  'continue-plan': 'child.decision.continuePlan',
  'change-plan': 'child.decision.changePlan',
  'end-plan': 'child.decision.endPlan',
  'no-plan': 'child.decision.noPlan',
  deferred: 'child.decision.deferred',
};

const GLOSSARY_TERMS: readonly { readonly id: string; readonly pattern: RegExp }[] = [
  { id: 'conference', pattern: /child protection conference/iu },
  { id: 'plan', pattern: /child protection plan/iu },
  { id: 'familyHelp', pattern: /family help plan/iu },
  { id: 'advocate', pattern: /\badvocate\b/iu },
];

export interface ChildGlossaryEntry {
  readonly term: string;
  readonly meaning: string;
  /** When the term counts as used (always matched against the English copy). */
  readonly pattern: RegExp;
}

/** Every fixed word of the child's own copy in one catalogue's language. */
export function childPlanWords(c: Catalogue) {
  const t = c.format;
  const CHILD_HEADINGS = {
    whyWeMet: t('child.heading.whyWeMet'),
    youToldUs: t('child.heading.youToldUs'),
    justForYou: t('child.heading.justForYou'),
    goingWell: t('child.heading.goingWell'),
    worries: t('child.heading.worries'),
    whatWillHappen: t('child.heading.whatWillHappen'),
    talkTo: t('child.heading.talkTo'),
    disagree: t('child.heading.disagree'),
    words: t('child.heading.words'),
  } as const;

  const CHILD_WORDS = {
    title: (name: string) => t('child.title', { name }),
    madeFor: (name: string) => t('frame.madeFor', { name }),
    madeOn: (isoDate: string) => t('frame.madeOn', { date: c.date(isoDate) }),
    introduction: (name: string) => [t('child.intro.yourCopy', { name }), t('child.intro.tells'), t('child.intro.read')],
    whyWeMet: (conferenceDate: string, others: readonly string[]) => [
      t('child.whyWeMet.met', { date: c.date(conferenceDate) }),
      t('child.whyWeMet.want'),
      ...(others.length === 0 ? [] : [t('child.whyWeMet.others', { names: c.list(others) })]),
      t('child.whyWeMet.called'),
    ],
    youToldUsIntro: t('child.youToldUsIntro'),
    youToldUsEmpty: (worker: string) => t('child.youToldUsEmpty', { worker }),
    // Words that already hold quotation marks are not wrapped in more.
    youSaid: (words: string) => t(/[“"‘]/.test(words) ? 'child.youSaidQuoted' : 'child.youSaid', { words }),
    toldUsAboutYou: (by: string, words: string) => (by === '' ? words : t('child.toldUsAboutYou', { by, words })),
    toldTheMeeting: (by: string, words: string) => t('child.toldTheMeeting', { by, words }),
    justForYouIntro: t('child.justForYouIntro'),
    goingWellEmpty: (worker: string) => t('child.goingWellEmpty', { worker }),
    worriesIntro: t('child.worriesIntro'),
    worriesEmpty: (worker: string) => t('child.worriesEmpty', { worker }),
    goalsIntro: t('child.goalsIntro'),
    actionsIntro: t('child.actionsIntro'),
    who: (names: string) => t('child.who', { names }),
    when: (dueDate: string | null) => (dueDate === null ? t('child.whenSoon') : t('child.whenBy', { date: c.date(dueDate) })),
    nobodyNamed: t('child.nobodyNamed'),
    moreActions: (extra: number, worker: string) => t('child.moreActions', { extra, worker: sentence(worker) }),
    seenHowOften: (worker: string, frequency: string) => t('child.seenHowOften', { worker, frequency }),
    seenWhere: (worker: string, where: string) => t('child.seenWhere', { worker, where }),
    seenAlone: (worker: string, when: string) => t('child.seenAlone', { worker, when }),
    nextMeeting: (date: string) => t('child.nextMeeting', { date: c.date(date) }),
    yourWorker: t('child.yourWorker'),
    workerRole: t('child.workerRole'),
    talkToIntro: t('child.talkToIntro'),
    trustedAdult: t('child.trustedAdult'),
    trustedAdultAbout: t('child.trustedAdultAbout'),
    childline: t('child.childline'),
    childlineAbout: t('child.childlineAbout'),
    disagree: (worker: string, nextReview: string | null) => [
      t('child.disagree.fine'),
      t('child.disagree.tell', { worker }),
      t('child.disagree.advocate'),
      t('child.disagree.write'),
      nextReview === null ? t('child.disagree.nextMeeting') : t('child.disagree.nextMeetingOn', { date: c.date(nextReview) }),
    ],
    wordsIntro: t('child.wordsIntro'),
    theBaby: t('names.theBaby'),
    inFamilysWords: (text: string, whose: string) => (whose === '' ? t('plan.inFamilysWords', { text }) : t('plan.inFamilysWordsWhose', { text, whose })),
  } as const;

  /** What the conference decided for the child, told to them. The category is left to the worries, said in the conference's own words. */
  const childDecision = (outcome: DecisionOutcome | null, familyHelpInstead: boolean): string => {
    const said = t(DECISION_KEYS[outcome ?? 'null']);
    // Only an ended plan, or none, can be followed by a family help plan.
    return familyHelpInstead && (outcome === 'end-plan' || outcome === 'no-plan') ? `${said} ${t('child.decision.familyHelpInstead')}` : said;
  };

  const CHILD_GLOSSARY: readonly ChildGlossaryEntry[] = GLOSSARY_TERMS.map(({ id, pattern }) => ({
    term: t(`child.glossary.${id}.term` as MessageKey),
    meaning: t(`child.glossary.${id}.meaning` as MessageKey),
    pattern,
  }));

  return { lang: c.lang, CHILD_HEADINGS, CHILD_WORDS, CHILD_GLOSSARY, childDecision, plainDate: c.date };
}

export type ChildPlanWords = ReturnType<typeof childPlanWords>;

/** The English words, the source every pack translates. */
export const ENGLISH_CHILD_WORDS: ChildPlanWords = childPlanWords(ENGLISH);
export const { CHILD_HEADINGS, CHILD_WORDS, CHILD_GLOSSARY, childDecision } = ENGLISH_CHILD_WORDS;
