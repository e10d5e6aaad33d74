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
  /** One-click changes by the form matched ("facilitated" → "arranged"); `plain` words that fit
   *  every form may stand alone (`safe`). */
  readonly rewrites?: readonly { readonly match: string; readonly to: readonly string[] }[];
  readonly flag: string;
  readonly pass: string;
  readonly after?: readonly string[];
  readonly before?: readonly string[];
}

/** The forms of a plain verb: [base, -s, past, -ing, past participle]. */
type Forms = readonly [string, string, string, string, string];

const regular = (base: string, s = `${base}s`, past = `${base.replace(/e$/u, '')}ed`, ing = `${base.replace(/e$/u, '')}ing`): Forms => [base, s, past, ing, past];

/** Rewrites for an official verb (stem + endings) into plain verbs, form by form. "has" before
 *  an -ed form is part of some patterns, so the participle can differ from the past tense. */
function verbRewrites(stem: string, endings: { base: string; s: string; ed: string; ing: string }, plain: readonly Forms[]): Swap['rewrites'] {
  return [
    { match: `(has|have|had) ${stem}${endings.ed}`, to: plain.map((forms) => `$1 ${forms[4]}`) },
    { match: `${stem}${endings.ed}`, to: plain.map((forms) => forms[2]) },
    { match: `${stem}${endings.ing}`, to: plain.map((forms) => forms[3]) },
    { match: `${stem}${endings.s}`, to: plain.map((forms) => forms[1]) },
    { match: `${stem}${endings.base}`, to: plain.map((forms) => forms[0]) },
  ];
}

const E = { base: 'e', s: 'es', ed: 'ed', ing: 'ing' };
const NONE = { base: '', s: 's', ed: 'ed', ing: 'ing' };
const help = regular('help');
const arrange = regular('arrange');
const use = regular('use');
const start = regular('start');
const talkTo: Forms = ['talk to', 'talks to', 'talked to', 'talking to', 'talked to'];
const findOut: Forms = ['find out', 'finds out', 'found out', 'finding out', 'found out'];
const tryTo: Forms = ['try', 'tries', 'tried', 'trying', 'tried'];
const show: Forms = ['show', 'shows', 'showed', 'showing', 'shown'];
const dealWith: Forms = ['deal with', 'deals with', 'dealt with', 'dealing with', 'dealt with'];
const stayOff: Forms = ['stay off', 'stays off', 'stayed off', 'staying off', 'stayed off'];

// One row per word family keeps the data readable; each becomes a rule with its own examples.
const swaps: readonly Swap[] = [
  { id: 'facilitate', patterns: ['(?:has|have|had) facilitated', 'facilitat(?:e|es|ed|ing|ion|or|ors)'], plain: ['help', 'arrange', 'run'], rewrites: verbRewrites('facilitat', E, [arrange, help]), flag: 'Femi will facilitate the meeting.', pass: 'Femi will arrange the meeting.' },
  { id: 'utilise', patterns: ['(?:has|have|had) utili[sz]ed', 'utili[sz](?:e|es|ed|ing|ation)'], plain: ['use'], rewrites: verbRewrites('utili[sz]', E, [use]), flag: 'Kirsty utilised the safety plan.', pass: 'Kirsty used the safety plan.' },
  { id: 'liaise', patterns: ['(?:has|have|had) liaised with', 'liais(?:e|es|ed|ing) with', 'liais(?:e|es|ed|ing|on)'], plain: ['talk to', 'work with'], rewrites: verbRewrites('liais', { base: 'e with', s: 'es with', ed: 'ed with', ing: 'ing with' }, [talkTo]), flag: 'Femi will liaise with the school.', pass: 'Femi will talk to the school.' },
  { id: 'ascertain', patterns: ['(?:has|have|had) ascertained', 'ascertain(?:s|ed|ing)?'], plain: ['find out'], rewrites: verbRewrites('ascertain', NONE, [findOut]), flag: 'Femi will ascertain Maya\'s views.', pass: 'Femi will find out what Maya thinks.' },
  { id: 'commence', patterns: ['(?:has|have|had) commenced', 'commenc(?:e|es|ed|ing|ement)'], plain: ['start'], rewrites: [...(verbRewrites('commenc', E, [start]) ?? []), { match: 'commencement', to: ['start'] }], flag: 'Sessions will commence in April.', pass: 'Sessions will start in April.' },
  { id: 'prior-to', patterns: ['prior to'], plain: ['before'], safe: true, flag: 'Prior to the meeting, Femi will phone Kirsty.', pass: 'Before the meeting, Femi will phone Kirsty.' },
  { id: 'in-respect-of', patterns: ['in respect of', 'with respect to', 'with regards? to', 'in regards? to'], plain: ['about'], safe: true, flag: 'We talked in respect of the new baby.', pass: 'We talked about the new baby.' },
  { id: 'in-relation-to', patterns: ['in relation to'], plain: ['about'], safe: true, flag: 'Dean spoke in relation to his drinking.', pass: 'Dean spoke about his drinking.' },
  { id: 'regarding', patterns: ['regarding'], plain: ['about'], safe: true, flag: 'Femi spoke to Brenda regarding Maya.', pass: 'Femi spoke to Brenda about Maya.' },
  { id: 'going-forward', patterns: ['going forwards?', 'moving forwards?'], plain: ['from now on', 'in future'], rewrites: [{ match: '.*', to: ['from now on', 'in future'] }], flag: 'Going forward, Femi will visit every two weeks.', pass: 'From now on, Femi will visit every two weeks.' },
  { id: 'endeavour', patterns: ['(?:has|have|had) endeavou?red', 'endeavou?r(?:s|ed|ing)?'], plain: ['try'], rewrites: verbRewrites('endeavou?r', NONE, [tryTo]), flag: 'Kirsty will endeavour to be on time.', pass: 'Kirsty will try to be on time.' },
  {
    id: 'deliver',
    patterns: ['deliver(?:s|ed|ing|y)? (?:the |a |an |this |these |some |her |his )?(?:plan|support|services?|sessions?|work|training|programmes?|programs?|interventions?|outcomes?|change|improvements?|package|course)'],
    plain: ['give', 'run', 'provide'],
    rewrites: [
      { match: 'deliver (.+)', to: ['run $1', 'provide $1'] },
      { match: 'delivers (.+)', to: ['runs $1', 'provides $1'] },
      { match: 'delivered (.+)', to: ['provided $1'] },
      { match: 'delivering (.+)', to: ['running $1', 'providing $1'] },
    ],
    flag: 'Joy will deliver sessions on safety planning.',
    pass: 'The midwife will deliver the baby at the hospital.',
  },
  { id: 'robust', patterns: ['robust(?:ly)?'], plain: ['strong', 'clear', 'careful'], rewrites: [{ match: 'robust', to: ['clear', 'strong'] }, { match: 'robustly', to: ['carefully', 'clearly'] }], flag: 'We need a robust safety plan.', pass: 'We need a clear safety plan.' },
  {
    id: 'key',
    patterns: ['key (?:issues?|concerns?|points?|priorit(?:y|ies)|areas?|factors?|messages?|outcomes?|tasks?|themes?|risks?|elements?|decisions?|aims?|objectives?|actions?|findings?|strengths?|people|professionals?|agencies|partners)'],
    plain: ['main', 'important'],
    rewrites: [{ match: 'key (.+)', to: ['main $1', 'important $1'] }],
    flag: 'The key concerns are set out below.',
    pass: 'Brenda has a key to the house.',
  },
  { id: 'in-order-to', patterns: ['in order to', 'in order that'], plain: ['to'], safe: true, rewrites: [{ match: 'in order to', to: ['to'] }, { match: 'in order that', to: ['so that'] }], flag: 'Femi will visit in order to see Maya on her own.', pass: 'Femi will visit to see Maya on her own.' },
  {
    id: 'undertake',
    patterns: ['(?:has|have|had) undertaken', 'undert(?:ake|akes|aken|aking|ook)'],
    plain: ['do', 'carry out'],
    rewrites: [
      { match: '(has|have|had) undertaken', to: ['$1 done', '$1 carried out'] },
      { match: 'undertake', to: ['do', 'carry out'] },
      { match: 'undertakes', to: ['does', 'carries out'] },
      { match: 'undertook', to: ['did', 'carried out'] },
      { match: 'undertaking', to: ['doing', 'carrying out'] },
      { match: 'undertaken', to: ['done', 'carried out'] },
    ],
    flag: 'Femi will undertake a home visit.',
    pass: 'Femi will do a home visit.',
  },
  { id: 'abstain', patterns: ['(?:has|have|had) abstained from', 'abstain(?:s|ed|ing)? from', 'abstain(?:s|ed|ing)?', 'abstinen(?:ce|t)'], plain: ['not drink', 'stop', 'stay off'], rewrites: verbRewrites('abstain', { base: ' from', s: 's from', ed: 'ed from', ing: 'ing from' }, [stayOff]), flag: 'Dean will abstain from alcohol.', pass: 'Dean will not drink alcohol.' },
  { id: 'via', patterns: ['via'], plain: ['by', 'through'], rewrites: [{ match: 'via', to: ['through'] }], flag: 'Maya shared her views via the Three Houses drawings.', pass: 'Maya shared her views through the Three Houses drawings.' },
  { id: 'leverage', patterns: ['(?:has|have|had) leveraged', 'leverag(?:e|es|ed|ing)'], plain: ['use'], rewrites: verbRewrites('leverag', E, [use]), flag: 'We will leverage support from the network.', pass: 'We will ask the family network for help.' },
  {
    id: 'tackle',
    patterns: ['tackl(?:e|es|ed|ing) (?:the |her |his |their )?(?:issues?|problems?|concerns?|drinking|behaviour|abuse|neglect|worries)'],
    plain: ['deal with', 'stop'],
    rewrites: [
      { match: 'tackle (.+)', to: [`${dealWith[0]} $1`] },
      { match: 'tackles (.+)', to: [`${dealWith[1]} $1`] },
      { match: 'tackled (.+)', to: [`${dealWith[2]} $1`] },
      { match: 'tackling (.+)', to: [`${dealWith[3]} $1`] },
    ],
    flag: 'The plan will tackle the drinking.',
    pass: 'Maya tackled the other player in the match.',
  },
  {
    id: 'evidence-verb',
    patterns: ['(?:has|have|had) evidenced', 'evidenc(?:ed|ing|es)', '(?:to|will|can|could|must|should|would|not|able to|needs to|need to) evidence'],
    plain: ['show'],
    rewrites: [
      { match: '(has|have|had) evidenced', to: [`$1 ${show[4]}`] },
      { match: 'evidenced', to: [show[2]] },
      { match: 'evidencing', to: [show[3]] },
      { match: 'evidences', to: [show[1]] },
      { match: '(.+) evidence', to: [`$1 ${show[0]}`] },
    ],
    flag: 'Kirsty has evidenced that she can keep the children safe.',
    pass: 'The evidence from school is that Maya is happier.',
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
    flag: 'Femi will visit on a weekly basis.',
    pass: 'Femi will visit every week.',
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
  // The plain words as a hint; the one-click changes come from the rewrites, form by form, or
  // from a safe fixed phrase.
  suggestions: swap.safe === true && swap.plain.length === 1 ? [{ text: swap.plain[0] ?? '', safe: true }] : swap.rewrites ? [] : swap.plain.map((text) => ({ text, safe: false, replace: false })),
  rewrites: (swap.rewrites ?? []).map((rewrite) => ({ match: rewrite.match, to: [...rewrite.to] })),
  examples: { flag: [swap.flag], pass: [swap.pass] },
}));
