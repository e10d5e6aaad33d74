/**
 * The fixed words of the family's information pack (issue 17), in plain language for a reading
 * age of 9 to 11: short sentences, everyday words, "you" and "we". Checked with the real language
 * engine in test/documents/information-pack-language.test.ts.
 */
export const PACK_HEADINGS = {
  whatIsIt: 'What is a child protection conference?',
  why: 'Why we are meeting',
  when: 'When and where',
  who: 'Who is invited',
  rights: 'What you can ask for',
  reports: 'Reports you have been given',
  views: 'My views',
} as const;

export const PACK_WORDS = {
  whatIsIt: [
    'A child protection conference is a meeting about keeping children safe.',
    'Your family and the people who work with your family meet together.',
    'We talk about what is going well and what people are worried about.',
    'Then we decide together if your family needs a plan to keep the children safe.',
    'A chair runs the meeting. The chair has not worked with your family before.',
  ],
  whatIsItForChild: [
    'A child protection conference is a meeting about keeping you safe and well.',
    'Your family and the people who help your family meet together.',
    'We talk about what is going well and what people are worried about.',
    'Then we decide if there needs to be a plan to help keep you safe.',
    'A chair runs the meeting. The chair makes sure everyone gets a turn to talk.',
  ],
  noReason: 'Your social worker will tell you why we are meeting. You can ask them about it before the meeting.',
  reasonIntro: 'This is what the chair says about why we are meeting:',
  inPerson: (venue: string) => (venue === '' ? 'The meeting is in person. We will tell you where it is.' : `The meeting is in person at ${venue}.`),
  online: 'The meeting is online. We will send you a link to join it. Tell your social worker if you need help to join.',
  hybrid: (venue: string) =>
    venue === '' ? 'You can come to the meeting in person or join it online. We will tell you where it is and send you a link.' : `You can come to the meeting at ${venue}, or join it online. We will send you a link.`,
  whenLine: (day: string, time: string) => `The meeting is on ${day} at ${time}.`,
  whoIntro: 'These people are invited to the meeting.',
  nobodyYet: 'We are still inviting people. Your social worker can tell you who is coming.',
  rights: [
    'You can bring someone to support you, like a friend or an advocate. An advocate is someone who helps you say what you think.',
    'You can ask for a break at any time.',
    'You should see the reports before the meeting, so you have time to read them. Ask your social worker if you have not seen them.',
    'You can say if you do not agree with something. We will write down that you do not agree.',
    'You can ask questions at any time.',
  ],
  interpreterBooked: (language: string) => `We have booked an interpreter who speaks ${language} for you. Tell your social worker if this is not right.`,
  interpreterNeeded: (language: string) => `You can have an interpreter who speaks ${language}. Ask your social worker if one is booked for you.`,
  interpreterOffer: 'If you want an interpreter, tell your social worker. It does not cost you anything.',
  reportsIntro: 'These reports have been given to you so far.',
  reportLine: (author: string, agency: string, day: string, inPart: boolean) => `${inPart ? 'Part of the report' : 'The report'} from ${author} (${agency}), given to you on ${day}.`,
  noReports: 'You have not been given any reports yet. You should get them before the meeting.',
  viewsIntro: 'You can write your views here and bring this page to the meeting. You do not have to. You can also tell us at the meeting.',
  viewsQuestions: ['What is going well for your family?', 'What are you worried about?', 'What would help your family?', 'Is there anything else you want the meeting to know?'],
  viewsQuestionsForChild: ['What is good at home?', 'Is anything worrying you?', 'What would make things better for you?', 'Is there anything else you want us to know?'],
} as const;
