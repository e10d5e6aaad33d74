import type { RuleInput } from '../schema';

/** Words on the GOV.UK and Plain English Campaign lists that have plainer equivalents (guide 1.3 F).
 *  Each rule offers the plain word; only fixed phrases with one plain equivalent are `safe`. */

const plain = { professional: 'info', family: 'warning' } as const;
const source = ['GOV.UK content design: words to avoid', 'Plain English Campaign, How to write in plain English'];

interface Swap {
  readonly id: string;
  readonly patterns: readonly string[];
  readonly plain: readonly string[];
  readonly safe?: boolean;
  readonly flag: string;
  readonly pass: string;
  readonly after?: readonly string[];
  readonly before?: readonly string[];
}

// One row per word family keeps the data readable; each becomes a rule with its own examples.
const swaps: readonly Swap[] = [
  { id: 'facilitate', patterns: ['facilitat(?:e|es|ed|ing|ion|or|ors)'], plain: ['help', 'arrange', 'run'], flag: 'Tom will facilitate the meeting.', pass: 'Tom will arrange the meeting.' },
  { id: 'utilise', patterns: ['utili[sz](?:e|es|ed|ing|ation)'], plain: ['use'], flag: 'Danielle utilised the safety plan.', pass: 'Danielle used the safety plan.' },
  { id: 'liaise', patterns: ['liais(?:e|es|ed|ing|on)'], plain: ['talk to', 'work with'], flag: 'Tom will liaise with the school.', pass: 'Tom will talk to the school.' },
  { id: 'ascertain', patterns: ['ascertain(?:s|ed|ing)?'], plain: ['find out'], flag: 'Tom will ascertain Ruby\'s views.', pass: 'Tom will find out what Ruby thinks.' },
  { id: 'commence', patterns: ['commenc(?:e|es|ed|ing|ement)'], plain: ['start'], flag: 'Sessions will commence in April.', pass: 'Sessions will start in April.' },
  { id: 'prior-to', patterns: ['prior to'], plain: ['before'], safe: true, flag: 'Prior to the meeting, Tom will phone Danielle.', pass: 'Before the meeting, Tom will phone Danielle.' },
  { id: 'in-respect-of', patterns: ['in respect of', 'with respect to', 'with regards? to', 'in regards? to'], plain: ['about'], flag: 'We talked in respect of the new baby.', pass: 'We talked about the new baby.' },
  { id: 'in-relation-to', patterns: ['in relation to'], plain: ['about'], flag: 'Jordan spoke in relation to his drinking.', pass: 'Jordan spoke about his drinking.' },
  { id: 'regarding', patterns: ['regarding'], plain: ['about'], flag: 'Tom spoke to Carol regarding Ruby.', pass: 'Tom spoke to Carol about Ruby.' },
  { id: 'going-forward', patterns: ['going forwards?', 'moving forwards?'], plain: ['from now on', 'in future'], flag: 'Going forward, Tom will visit every two weeks.', pass: 'From now on, Tom will visit every two weeks.' },
  { id: 'endeavour', patterns: ['endeavou?r(?:s|ed|ing)?'], plain: ['try'], flag: 'Danielle will endeavour to be on time.', pass: 'Danielle will try to be on time.' },
  {
    id: 'deliver',
    patterns: ['deliver(?:s|ed|ing|y)? (?:the |a |an |this |these |some |her |his )?(?:plan|support|services?|sessions?|work|training|programmes?|programs?|interventions?|outcomes?|change|improvements?|package|course)'],
    plain: ['give', 'run', 'provide'],
    flag: 'Nadia will deliver sessions on safety planning.',
    pass: 'The midwife will deliver the baby at the hospital.',
  },
  { id: 'robust', patterns: ['robust(?:ly)?'], plain: ['strong', 'clear', 'careful'], flag: 'We need a robust safety plan.', pass: 'We need a clear safety plan.' },
  {
    id: 'key',
    patterns: ['key (?:issues?|concerns?|points?|priorit(?:y|ies)|areas?|factors?|messages?|outcomes?|tasks?|themes?|risks?|elements?|decisions?|aims?|objectives?|actions?|findings?|strengths?|people|professionals?|agencies|partners)'],
    plain: ['main', 'important'],
    flag: 'The key concerns are set out below.',
    pass: 'Carol has a key to the house.',
  },
  { id: 'in-order-to', patterns: ['in order to', 'in order that'], plain: ['to'], safe: true, flag: 'Tom will visit in order to see Ruby on her own.', pass: 'Tom will visit to see Ruby on her own.' },
  { id: 'undertake', patterns: ['undert(?:ake|akes|aken|aking|ook)'], plain: ['do', 'carry out'], flag: 'Tom will undertake a home visit.', pass: 'Tom will do a home visit.' },
  { id: 'abstain', patterns: ['abstain(?:s|ed|ing)?', 'abstinen(?:ce|t)'], plain: ['not drink', 'stop', 'stay off'], flag: 'Jordan will abstain from alcohol.', pass: 'Jordan will not drink alcohol.' },
  { id: 'via', patterns: ['via'], plain: ['by', 'through'], flag: 'Ruby shared her views via Three Houses.', pass: 'Ruby shared her views through Three Houses.' },
  { id: 'leverage', patterns: ['leverag(?:e|es|ed|ing)'], plain: ['use'], flag: 'We will leverage support from the network.', pass: 'We will ask the family network for help.' },
  { id: 'tackle', patterns: ['tackl(?:e|es|ed|ing) (?:the |her |his |their )?(?:issues?|problems?|concerns?|drinking|behaviour|abuse|neglect|worries)'], plain: ['deal with', 'stop'], flag: 'The plan will tackle the drinking.', pass: 'Ruby tackled the other player in the match.' },
  {
    id: 'evidence-verb',
    patterns: ['evidenc(?:ed|ing|es)', '(?:to|will|can|could|must|should|would|not|able to|needs to|need to) evidence'],
    plain: ['show'],
    flag: 'Danielle has evidenced that she can keep the children safe.',
    pass: 'The evidence from school is that Ruby is happier.',
  },
  {
    id: 'other-officialese',
    patterns: [
      'in terms of',
      'at this (?:point|moment) in time',
      'at the present time',
      'in the event (?:that|of)',
      'in accordance with',
      'on a (?:daily|weekly|monthly|regular) basis',
      'with immediate effect',
      'in the near future',
      'in excess of',
      'in receipt of',
      'notwithstanding',
      'aforementioned',
      'henceforth',
      'hereby',
      'thereafter',
      'subsequently',
      'sufficient',
      'insufficient',
      'commensurate',
      'empower(?:s|ed|ing|ment)?',
      'incentivi[sz]e',
      'streamlin(?:e|ed|ing)',
      'overarching',
      'deploy(?:s|ed|ing|ment)?',
      'collaborat(?:e|es|ed|ing|ively)',
      'initiat(?:e|es|ed|ing) (?:a|an|the|contact|support)',
      'assist(?:s|ed|ing|ance)?',
      'purchas(?:e|es|ed|ing)',
      'obtain(?:s|ed|ing)?',
      'expedit(?:e|es|ed|ing)',
      'ameliorat(?:e|es|ed|ing)',
      'cogni[sz]ant',
      'pertaining to',
      'whereby',
      'in conjunction with',
      'with a view to',
      'in light of',
    ],
    plain: ['Use a shorter, everyday word'],
    flag: 'Tom will visit on a weekly basis.',
    pass: 'Tom will visit every week.',
  },
];

export const officialeseRules: readonly RuleInput[] = swaps.map((swap) => ({
  id: `officialese.${swap.id}`,
  kind: 'phrase',
  category: 'officialese',
  severity: plain,
  patterns: [...swap.patterns],
  exceptions: { before: [...(swap.before ?? [])], after: [...(swap.after ?? [])] },
  message: swap.plain.length > 0 && swap.id !== 'other-officialese'
    ? `Plainer: "${swap.plain.join('", "')}".`
    : 'There is a plainer, everyday way to say this.',
  why: 'Official words slow readers down; about 1 in 6 adults in England have very poor literacy.',
  source,
  suggestions: swap.plain.map((text) => ({ text, safe: swap.safe === true && swap.plain.length === 1 })),
  examples: { flag: [swap.flag], pass: [swap.pass] },
}));
