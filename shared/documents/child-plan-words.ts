/**
 * The fixed words of the child's or young person's own copy: written to them ("you"), in short
 * sentences and everyday words, for the authority's children's reading-age target (9 by default).
 * Signs of Safety's "Words and Pictures" habit: tell the child plainly why adults are worried,
 * that it is not their fault, and what will happen. Checked by the real language engine in
 * test/documents/child-plan-language.test.ts.
 */
import type { DecisionOutcome } from '../decision/schema';
import { sentence } from './family-plan-names';
import { joinWithAnd, plainDate } from './family-plan-words';

export const CHILD_HEADINGS = {
  whyWeMet: 'Why people met',
  youToldUs: 'What you told us',
  justForYou: 'Just for you',
  goingWell: 'What is going well',
  worries: 'What people are worried about',
  whatWillHappen: 'What will happen, and who will help',
  talkTo: 'Who you can talk to',
  disagree: 'If you do not agree',
  words: 'What some words mean',
} as const;

export const CHILD_WORDS = {
  title: (name: string) => `Your plan, ${name}`,
  madeFor: (name: string) => `Made for ${name}`,
  introduction: (name: string) => [
    `${name}, this is your own copy of the plan.`,
    'It tells you about a meeting for you and your family, and what will happen next.',
    'You can read it on your own, or with someone you trust.',
  ],
  whyWeMet: (conferenceDate: string, others: readonly string[]) => [
    `On ${plainDate(conferenceDate)}, some people met to talk about you and your family.`,
    'They want you to be safe and happy at home.',
    ...(others.length === 0 ? [] : [`They talked about ${joinWithAnd(others)} too.`]),
    'This kind of meeting is called a child protection conference.',
  ],
  youToldUsIntro: 'Thank you for telling us what you think. This is what we wrote down.',
  youToldUsEmpty: (worker: string) => `We did not write down what you think this time. You can tell ${worker} at any time.`,
  // Words that already hold quotation marks are not wrapped in more.
  youSaid: (words: string) => (/[“"‘]/.test(words) ? `You said: ${words}` : `You said: “${words}”`),
  toldUsAboutYou: (by: string, words: string) => (by === '' ? words : `${by} told us what you think: ${words}`),
  toldTheMeeting: (by: string, words: string) => `${by} told the meeting: ${words}`,
  justForYouIntro: 'Only some people get this part. It is in your copy because it is about you.',
  goingWellEmpty: (worker: string) => `Nobody has written this down yet. You can ask ${worker} about it.`,
  worriesIntro: 'These are the worries people talked about. None of this is your fault.',
  worriesEmpty: (worker: string) => `Nobody has written the worries down yet. You can ask ${worker} about them.`,
  goalsIntro: 'This is what everyone wants for you:',
  actionsIntro: 'This is who will help, and what they will do:',
  who: (names: string) => `Who: ${names}`,
  when: (dueDate: string | null) => (dueDate === null ? 'When: soon' : `When: by ${plainDate(dueDate)}`),
  nobodyNamed: 'we will tell you soon',
  moreActions: (extra: number, worker: string) =>
    extra === 1 ? `There is 1 more thing people will do. ${sentence(worker)} can tell you about it.` : `There are ${extra} more things people will do. ${sentence(worker)} can tell you about them.`,
  seenHowOften: (worker: string, frequency: string) => `How often ${worker} will see you: ${frequency}`,
  seenWhere: (worker: string, where: string) => `Where ${worker} will see you: ${where}`,
  seenAlone: (worker: string, when: string) => `When ${worker} will see you on your own: ${when}`,
  nextMeeting: (date: string) => `The next meeting about your plan is on ${plainDate(date)}.`,
  yourWorker: 'your worker',
  workerRole: 'Your worker. You can ask to see them on your own.',
  talkToIntro: 'You can talk to these people if you are worried, or if you have a question about your plan.',
  trustedAdult: 'A grown-up you trust',
  trustedAdultAbout: 'For example a teacher, or someone in your family.',
  childline: 'Childline',
  childlineAbout: 'Free and private, day or night. Call 0800 1111, or go to childline.org.uk.',
  disagree: (worker: string, nextReview: string | null) => [
    'It is fine if you do not agree with your plan.',
    `You can tell ${worker}, or any grown-up you trust, what you think.`,
    'You can ask for an advocate. This is someone who helps you say what you think.',
    'You can write, draw or record what you think. Your worker will take it to the next meeting.',
    nextReview === null ? 'You can ask to come to the next meeting, or to send your views.' : `The next meeting is on ${plainDate(nextReview)}. You can ask to come, or to send your views.`,
  ],
  wordsIntro: 'Some words have to stay in this plan. This is what they mean.',
} as const;

/** What the conference decided for the child, told to them. The category is left to the worries, said in the conference's own words. */
export function childDecision(outcome: DecisionOutcome | null, familyHelpInstead: boolean): string {
  const instead = familyHelpInstead ? ' Your family will get help from a family help plan instead.' : '';
  switch (outcome) {
    case null:
      return 'Nobody has written down what the meeting decided yet. Your worker will tell you.';
    case 'plan':
      return 'You have a child protection plan. It says what people will do to help keep you safe.';
    case 'continue-plan':
      return 'Your child protection plan will carry on.';
    case 'change-plan':
      return 'Your child protection plan will carry on, with some changes.';
    case 'end-plan':
      return `Your child protection plan has ended.${instead}`;
    case 'no-plan':
      return `You do not need a child protection plan.${instead}`;
    case 'deferred':
      return 'People will decide about your plan at the next meeting.';
    default: {
      const never: never = outcome;
      return never;
    }
  }
}

export interface ChildGlossaryEntry {
  readonly term: string;
  readonly meaning: string;
  readonly pattern: RegExp;
}

/** The few terms that have to stay, each explained once; only those the copy uses are printed. */
export const CHILD_GLOSSARY: readonly ChildGlossaryEntry[] = [
  {
    term: 'Child protection conference',
    meaning: 'A meeting where your family and people who help children talk about how to keep you safe.',
    pattern: /child protection conference/iu,
  },
  {
    term: 'Child protection plan',
    meaning: 'A plan that says what everyone will do to keep you safe. People meet to check it is working.',
    pattern: /child protection plan/iu,
  },
  {
    term: 'Family help plan',
    meaning: 'A plan to help your family, without a child protection plan.',
    pattern: /family help plan/iu,
  },
  {
    term: 'Advocate',
    meaning: 'Someone on your side who helps you say what you think.',
    pattern: /\badvocate\b/iu,
  },
];
