import type { RuleInput } from '../schema';

/** Referring to a child or family as a case, category or process object (guide 1.3 I). */

const severity = { professional: 'warning', family: 'warning' } as const;
const source = ['TACT Language that Cares', 'Sandwell young people ("we are children, not cases")', 'Surrey Youth Voice preferred terminology'];

export const depersonalisingRules: readonly RuleInput[] = [
  {
    id: 'depersonalising.case',
    kind: 'phrase',
    category: 'depersonalising',
    severity,
    patterns: [
      'case[- ]?(?:holder|holders|load|loads|worker|workers|file|files|closure|closed|management|responsibility)',
      'caseload',
      // "That is not the case" is an idiom, not a family.
      '(?<!(?:is|was|were|are|be|been|not|remains|remained|remain) )(?:the|this|that|her|his|their|my|your|our|open|closed|allocated|new|complex|family[\'’]s|child[\'’]s|children[\'’]s|[a-z]+[\'’]s) cases?(?! (?:of|for|that|against|law|study|studies|conference|conferences)\\b)',
    ],
    exceptions: {
      before: ['\\b(?:in|just in|court|pencil|suit|brief|book|phone|glasses|test|worst|best|any) $'],
      after: [],
    },
    message: 'A family is not a case. Use the child\'s or family\'s name.',
    why: 'Young people in care say "we are children, not cases".',
    source,
    suggestions: [{ text: 'Use the children\'s names, or "the family"', safe: false }],
    rewrites: [
      { match: '(?:the|this|that) case', to: ['{children}', 'the family'] },
      { match: '(?:the|this|that) cases', to: ['the families'] },
      { match: 'case[- ]?holders?', to: ['lead worker'] },
      { match: 'case[- ]?workers?', to: ['social worker'] },
      { match: 'case[- ]?(?:load|loads)|caseload', to: ['workload'] },
      { match: 'case[- ]?files?', to: ['records'] },
      { match: 'case[- ]?closure', to: ['end of our work with the family'] },
    ],
    examples: {
      flag: ['The case will be reviewed in June.', 'Femi is the case holder.'],
      pass: ['Kirsty keeps a bag packed just in case.', 'The court case is in May.', 'Maya has a new pencil case.'],
    },
  },
  {
    id: 'depersonalising.labels',
    kind: 'phrase',
    category: 'depersonalising',
    severity,
    patterns: [
      'service users?',
      'subject child(?:ren)?',
      'the unborn(?! (?:baby|child|children|twins|sibling))',
      '(?:an?|the) LACs?(?! reviews?)',
      'LAC (?:child|children|young person|young people)',
      'birth (?:parents?|mother|father|mum|dad|family)',
      '(?:the )?clients?',
      'the (?:index|referred) child',
    ],
    message: 'Use names: the child\'s name, and "Mum", "Dad" or the name the family uses.',
    why: 'Process labels turn people into categories; families ask to be called by their names.',
    source,
    suggestions: [{ text: 'Use the child\'s name, or "Mum" or "Dad"', safe: false }],
    rewrites: [
      { match: 'subject child', to: ['{child}'] },
      { match: 'subject children', to: ['{children}'] },
      { match: 'the unborn', to: ['the unborn baby'] },
      { match: 'birth (parents?|mother|father|mum|dad|family)', to: ['$1'] },
      { match: 'service users?', to: ['the family'] },
      { match: 'the (?:index|referred) child', to: ['{child}'] },
    ],
    examples: {
      flag: ['The subject child lives with her mother.', 'The unborn will be considered at the review.', 'Dean\'s birth parents live in Wales.'],
      pass: ['The unborn baby is due in August.', 'Maya lives with her mum.'],
    },
  },
  {
    id: 'depersonalising.the-mother',
    kind: 'phrase',
    category: 'depersonalising',
    severity,
    patterns: ['the (?:mother|father)'],
    // "the father of the baby" says who someone is; "the mother said" uses a role for a name.
    exceptions: { before: [], after: ['^ (?:and baby unit|of)\\b'] },
    message: 'Use the person\'s name, or "Mum" or "Dad", rather than "the mother" or "the father".',
    why: 'Records that say "the mother" read as if about categories, not people.',
    source,
    suggestions: [],
    rewrites: [
      { match: 'the mother', to: ['{mother}', 'Mum'] },
      { match: 'the father', to: ['{father}', 'Dad'] },
    ],
    examples: {
      flag: ['The mother said she would call the police.', 'Femi spoke to the father on Monday.'],
      pass: ['Dean is the father of the baby.', 'Maya\'s mum said she would call the police.'],
    },
  },
  {
    id: 'depersonalising.role-as-name',
    kind: 'phrase',
    category: 'depersonalising',
    severity,
    // "Mother said" uses a role as if it were a name; "Maya's mother" is fine.
    patterns: ['(?<![A-Za-z\'’]s |[Hh]is |[Hh]er |[Tt]heir |[Tt]he |[Aa] |[Yy]our |[Mm]y |[Oo]ur )(?:Mother|Father)(?![\'’]s Day| Christmas)'],
    caseSensitive: true,
    message: 'Use the person\'s name, or "Mum" or "Dad", rather than a role.',
    why: 'Records that say "Mother" and "Father" read as if about categories, not people.',
    source,
    suggestions: [],
    rewrites: [
      { match: 'Mother', to: ['{mother}', 'Mum'] },
      { match: 'Father', to: ['{father}', 'Dad'] },
    ],
    examples: {
      flag: ['Mother presents as tired.', 'Father to go to the alcohol service.'],
      pass: ['Maya\'s mother works in a café.', 'Brenda is Kirsty\'s mother.'],
    },
  },
];
