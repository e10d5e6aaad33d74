/**
 * The fixed plain-language copy of the family's plan: headings, sentences around the family's
 * own data, and the glossary. Written for a reading age of about 9 to 11 (brief §6.2) and
 * checked by the real language engine in test/documents/family-plan-language.test.ts.
 */
import type { Category, DecisionOutcome } from '../decision/schema';
import { sentence } from './family-plan-names';

/** Full dates and no abbreviations: "Thursday 19 March 2026" reads aloud as written. */
const FULL_DATE = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function plainDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return FULL_DATE.format(new Date(Date.UTC(year, month - 1, day))).replace(/,/g, '');
}

/** "Ruby", "Ruby and Leo", "Ruby, Leo and the baby". */
export function joinWithAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

/** "Ruby’s", and "James’s" too: one rule for every name, as UK style guides allow. */
export function possessive(name: string): string {
  return `${name}’s`;
}

export const HEADINGS = {
  goingWell: 'What is going well',
  worries: 'What people are worried about',
  privatePart: 'What we can tell you about a private part of the meeting',
  needsToHappen: 'What needs to happen',
  childrenSaid: 'What the children have told us',
  decisions: 'What the conference decided',
  actions: 'Who will do what, and by when',
  ifThingsGoWrong: 'If things do not go to plan',
  coreGroup: 'The core group: the people who check the plan',
  dates: 'Dates to remember',
  chair: 'Who chaired the conference',
  challenge: 'If you do not agree',
  whoCanHelp: 'Who can help',
  laterActions: 'More things to do',
  glossary: 'What some words mean',
} as const;

export const WORDS = {
  title: (childNames: readonly string[]) => `Our plan for ${joinWithAnd(childNames)}`,
  madeFor: (name: string) => `Made for ${name}`,
  madeForNetwork: (names: readonly string[]) => `Made for the family network: ${joinWithAnd(names)}`,
  madeOn: (isoDate: string) => `Made on ${plainDate(isoDate)}`,
  introduction: (childNames: readonly string[], conferenceDate: string) => [
    `This plan is about ${joinWithAnd(childNames)}.`,
    `It comes from the child protection conference on ${plainDate(conferenceDate)}.`,
    'It says what is going well, what people are worried about and what needs to happen next.',
  ],
  goingWellEmpty: 'Nobody has written down what is going well yet. Ask your worker to add it.',
  worriesEmpty: 'Nobody has written down the worries yet. Ask your worker to explain them.',
  needsToHappenEmpty: 'Nobody has written down what needs to happen yet. Ask your worker to add it.',
  privatePart: 'Part of the meeting was held without everyone there. This is what we can tell you about it.',
  inFamilysWords: (text: string, whose: string) => (whose === '' ? `“${text}”` : `“${text}” (${whose})`),
  // Words that already hold quotation marks are not wrapped in more.
  childSaid: (name: string, words: string) => sentence(/[“"‘]/.test(words) ? `${name} said: ${words}` : `${name} said: “${words}”`),
  /** A child's views as someone else put them, which are not the child's own words. */
  childViewPassedOn: (name: string, words: string, by: string) => `${by ? `${by} told us about ${name}` : `About ${name}`}: ${words}`,
  childViewShared: (words: string, by: string) => `${by} told us: ${words}`,
  /** Who passed a child's views on, when the minutes do not say (only before sign-off). */
  speakerNotRecorded: 'Someone at the meeting (speaker not recorded)',
  actionsIntro: 'Here is who will do each thing, and when.',
  moreActions: (names: string, extra: number) =>
    extra === 1
      ? `There is 1 more thing to do for ${names}. It is near the end of this plan, under “${HEADINGS.laterActions}”.`
      : `There are ${extra} more things to do for ${names}. They are near the end of this plan, under “${HEADINGS.laterActions}”.`,
  laterActionsIntro: 'These are the other things to do. They matter too.',
  childHeading: (names: string) => `What will happen for ${names}`,
  laterHeading: (names: string) => `${HEADINGS.laterActions} for ${names}`,
  goal: (text: string) => `We want this: ${text}`,
  howWeWillKnow: (text: string) => `How we will know: ${text}`,
  who: (names: string) => `Who: ${names}`,
  when: (dueDate: string | null) => (dueDate === null ? 'When: no date yet, ask your worker' : `When: by ${plainDate(dueDate)}`),
  howOften: (frequency: string) => `How often: ${frequency}`,
  nobodyNamed: 'not decided yet, ask your worker',
  yourWorker: 'your worker',
  seenHowOften: (worker: string, name: string, frequency: string) => `How often ${worker} will see ${name}: ${frequency}`,
  seenWhere: (worker: string, name: string, where: string) => `Where ${worker} will see ${name}: ${where}`,
  seenAlone: (worker: string, name: string, when: string) => `When ${worker} will see ${name} on their own: ${when}`,
  coreGroupIntro: 'These people meet often to check the plan is working. This is what we call the core group.',
  coreGroupFirst: (date: string) => `The first core group meeting is on ${plainDate(date)}.`,
  conferenceDate: 'The child protection conference',
  firstCoreGroup: 'The first core group meeting',
  nextReview: 'The next review conference',
  deferredReview: (name: string) => `The review conference that will decide about ${name}`,
  familyMeeting: 'The family group decision-making meeting',
  dissentWindow: (time: string) => `The last day a professional can formally disagree with the decision (until ${time})`,
  chairWas: (name: string) => `${name} chaired the conference. This means ${name} ran the meeting and made the decision.`,
  // One paragraph: the sentence after a term that must stay says what it means.
  chairInStrategy: (name: string, yes: boolean) =>
    `${name} ${yes ? 'was' : 'was not'} at the strategy discussion. This is the first meeting where professionals talk about the worries.`,
  chairInEnquiry: (name: string, yes: boolean) =>
    yes ? `${name} also did the visits and checks before this conference.` : `${name} did not do the visits and checks before this conference.`,
  caseHolder: (name: string) => `${name} is the worker who works with your family from day to day.`,
  noChair: 'Nobody has written down who chaired the conference yet. Ask your worker.',
  advocate:
    'You can bring an advocate or a friend to meetings. An advocate is someone on your side who helps you say what you think.',
  glossaryIntro: 'Some words have to stay in this plan. This is what they mean.',
} as const;

/** What the decision means for one child, in plain words (never the census code). */
export function decisionSentence(name: string, outcome: DecisionOutcome | null, deferredTo: string | null): string {
  return sentence(decisionWords(name, outcome, deferredTo));
}

function decisionWords(name: string, outcome: DecisionOutcome | null, deferredTo: string | null): string {
  switch (outcome) {
    case null:
      return `The conference has not written down a decision for ${name} yet.`;
    case 'plan':
      return `${name} has a child protection plan.`;
    case 'continue-plan':
      return `${possessive(name)} child protection plan will carry on.`;
    case 'change-plan':
      return `${possessive(name)} child protection plan will carry on, with some changes.`;
    case 'end-plan':
      return `${possessive(name)} child protection plan has ended.`;
    case 'no-plan':
      return `${name} does not need a child protection plan.`;
    case 'deferred':
      return deferredTo === null
        ? `The conference will decide about ${name} at a review conference.`
        : `The conference will decide about ${name} at the review conference on ${plainDate(deferredTo)}.`;
    default: {
      const never: never = outcome;
      return never;
    }
  }
}

export const CATEGORY_WORDS: Readonly<Record<Category, string>> = {
  physical: 'physical abuse',
  emotional: 'emotional abuse',
  sexual: 'sexual abuse',
  neglect: 'neglect',
};

export function categorySentence(name: string, categories: readonly Category[]): string {
  return `The category for ${possessive(name)} plan is ${joinWithAnd(categories.map((c) => CATEGORY_WORDS[c]))}.`;
}

export const FAMILY_HELP_INSTEAD = (name: string) => sentence(`${name} will have a family help plan instead.`);

export interface GlossaryEntry {
  readonly term: string;
  readonly meaning: string;
  /** When the term counts as used in the plan. */
  readonly pattern: RegExp;
}

/**
 * Terms that have to stay, each explained once. Only those the plan actually uses are printed
 * (language guide: explain any term that must stay; no list of words the reader never meets).
 */
export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    term: 'Child protection conference',
    meaning: 'A meeting of the family and professionals to decide if a child needs a child protection plan.',
    pattern: /child protection conference/iu,
  },
  {
    term: 'Child protection plan',
    meaning: 'A plan that says what everyone will do to keep a child safe, and who will check it is working.',
    pattern: /child protection plan/iu,
  },
  {
    term: 'Review conference',
    meaning: 'A later meeting to look at how the plan is going and decide what happens next.',
    pattern: /review conference/iu,
  },
  {
    term: 'Core group',
    meaning: 'The family and the main professionals. They meet often to check the plan and change the details if needed.',
    pattern: /core group/iu,
  },
  {
    term: 'Category',
    meaning: 'The kind of harm the plan is about. Every child protection plan has one.',
    pattern: /\bcategory\b/iu,
  },
  {
    term: 'Physical abuse',
    meaning: 'When a child is hurt on purpose, for example hit or shaken, or could be.',
    pattern: /physical abuse/iu,
  },
  {
    term: 'Emotional abuse',
    meaning: 'When the way a child is treated, or what they see and hear at home, harms how they feel and grow. Seeing adults fight can do this.',
    pattern: /emotional abuse/iu,
  },
  {
    term: 'Sexual abuse',
    meaning: 'When someone makes or encourages a child to take part in sexual acts, or to see them.',
    pattern: /sexual abuse/iu,
  },
  {
    term: 'Neglect',
    meaning: 'When a child does not get the care they need, such as food, warmth, safety or health care.',
    pattern: /\bneglect\b/iu,
  },
  {
    term: 'Family help plan',
    meaning: 'A plan of support for the family, without a child protection plan.',
    pattern: /family help plan/iu,
  },
  {
    term: 'Family network',
    meaning: 'The relatives and friends who are close to the children and can help.',
    pattern: /family network/iu,
  },
  {
    term: 'Family group decision-making (FGDM)',
    meaning: 'A meeting where the family network makes its own plan to keep the children safe, with help from a coordinator.',
    pattern: /family group decision-making|\bFGDM\b/u,
  },
  {
    term: 'Strategy discussion',
    meaning: 'The first meeting where professionals talk about the worries and decide what to do next.',
    pattern: /strategy discussion/iu,
  },
  {
    term: 'Advocate',
    meaning: 'Someone on your side who helps you understand what is happening and say what you think.',
    pattern: /\badvocate\b/iu,
  },
];
