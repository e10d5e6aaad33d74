import type { RuleInput } from '../schema';

/** Wording that makes a child, or a victim of domestic abuse, responsible for the harm done to
 *  them (guide 1.3 C). These are errors in family-facing text. */

const serious = { professional: 'warning', family: 'error' } as const;
const nameTheAdult = { text: 'Name what the adult is doing: "an adult is exploiting her"', safe: false } as const;

export const victimBlamingRules: readonly RuleInput[] = [
  {
    id: 'victim-blaming.putting-self-at-risk',
    kind: 'phrase',
    category: 'victim-blaming',
    severity: serious,
    patterns: [
      '(?:put|puts|putting|place|places|placed|placing) (?:herself|himself|themselves|themself|yourself) (?:at (?:risk|harm)|in (?:danger|harm[\'’]s way|risky situations|dangerous situations|vulnerable situations))',
      'risk[- ]taking behaviou?rs?',
      'risky behaviou?rs?',
      'risky (?:lifestyle|choices|relationships?)',
      'lifestyle choices?',
      'making (?:poor|bad|unsafe|risky) choices',
      'makes (?:poor|bad|unsafe|risky) choices',
      'made (?:poor|bad|unsafe|risky) choices',
    ],
    message: 'This makes the child sound responsible. Name the adult and what they are doing.',
    why: 'Children cannot consent to their own abuse or exploitation; the responsibility is the adult\'s.',
    source: ['The Children\'s Society and NAPAC, Child exploitation and abuse: an appropriate language guide (2024)', 'NSPCC Why language matters: risky behaviour'],
    suggestions: [nameTheAdult],
    examples: {
      flag: ['Ruby is putting herself at risk by going to the park at night.', 'Staff are worried about his risky behaviour.'],
      pass: ['An adult is grooming her through a phone game.', 'Carol keeps Ruby safe after school.'],
    },
  },
  {
    id: 'victim-blaming.sexualised-labels',
    kind: 'phrase',
    category: 'victim-blaming',
    severity: serious,
    patterns: [
      'sexually active',
      'promiscu(?:ous|ity)',
      'child prostitut(?:e|es|ion)',
      'prostituting (?:herself|himself)',
      'sexually (?:precocious|provocative)',
      'consensual',
      'consented to',
      '(?:older|adult|much older) boyfriends?',
      'boyfriend (?:who is|aged|of) (?:1[89]|[2-9]\\d)',
      '(?:in a|her|his) relationship with (?:an? )?(?:older|adult) (?:man|men|woman|male|female)',
    ],
    message: 'This hides abuse. Say the child is being abused or exploited, and by whom.',
    why: 'A child cannot consent; "boyfriend" and "sexually active" describe an abuser\'s behaviour as the child\'s choice.',
    source: ['The Children\'s Society and NAPAC, Child exploitation and abuse: an appropriate language guide (2024)', 'NSPCC Why language matters: older boyfriend'],
    suggestions: [{ text: 'is being sexually abused by…', safe: false }, { text: 'an adult man who is…', safe: false }],
    examples: {
      flag: ['Ruby\'s older boyfriend collects her from school.', 'She has been sexually active since she was 13.'],
      pass: ['A 24-year-old man has been sending Ruby messages.', 'Danielle\'s partner, Jordan, works nights.'],
    },
  },
  {
    id: 'victim-blaming.exploitation',
    kind: 'phrase',
    category: 'victim-blaming',
    severity: serious,
    patterns: [
      '(?:was|were|been|being|got|get) recruited',
      'recruited (?:him|her|them|into)',
      'working for (?:a |an |the )?(?:gang|gangs|drug dealers?|dealers?|county lines|older (?:males|men|boys|people)|a line)',
      '(?:is|was|are|were|been|being|became|become|got|get) involved (?:in|with) (?:CSE|CCE|county lines|gangs?|gang activity|drug dealing|dealing drugs|selling drugs|prostitution|sexual exploitation|criminal exploitation|exploitation|criminality|crime|criminal activity|offending)',
      'drug runner',
      'running drugs',
      'choosing to (?:go missing|run away|stay out|sell drugs)',
    ],
    message: 'This describes exploitation as the child\'s choice. Say the child is being exploited, and by whom.',
    why: 'Children drawn into crime or sexual abuse are victims of the adults exploiting them.',
    source: ['NSPCC Why language matters (recruited, working for)', 'The Children\'s Society and NAPAC language guide (2024)'],
    suggestions: [{ text: 'is being criminally exploited by…', safe: false }, { text: 'is a victim of sexual exploitation', safe: false }],
    examples: {
      flag: ['He was recruited by a gang in the summer.', 'Ruby\'s cousin is involved in county lines.', 'He has been working for a drug dealer.'],
      pass: ['He is being criminally exploited by older men.', 'Megan is working for a café in town.'],
    },
  },
  {
    id: 'victim-blaming.domestic-abuse',
    kind: 'phrase',
    category: 'victim-blaming',
    severity: serious,
    patterns: [
      'fail(?:s|ed|ing)? to protect',
      'failures? to protect',
      'unable to protect',
      '(?:choosing|chose|chooses|choose|decided|decides|deciding) to (?:stay|remain|return|go back|resume the relationship|continue the relationship)',
      '(?:keeps|kept|keep) (?:going back|returning) to (?:him|her|Jordan|Dad|the relationship)',
      '(?:allowed|allows|allowing|let|lets|letting) (?:him|Jordan|Dad|her partner|the perpetrator) (?:back|to return|to come back|into the (?:home|house))',
      'exposed (?:the |her |his |their )?(?:children|child|baby|son|daughter|kids) to',
      'exposing (?:the |her |his |their )?(?:children|child|baby|son|daughter|kids) to',
      '(?:allowed|let) (?:the )?(?:children|child|baby) (?:to )?witness',
      'provoked (?:him|her|the attack|the assault)',
    ],
    negatable: false,
    message: 'This makes the person being abused responsible. Focus on the abuser\'s behaviour and the barriers to safety.',
    why: 'Responsibility for domestic abuse sits with the person causing it, not the person surviving it.',
    source: ['Hounslow principal social worker, Shared Futures 2024 (Social Work Today)', 'Safe and Together model, as cited in the guide'],
    suggestions: [{ text: 'Jordan pushed Danielle while she held Leo', safe: false }],
    examples: {
      flag: ['Danielle failed to protect the children.', 'Mum keeps going back to him.', 'Mum exposed the children to domestic abuse.'],
      pass: ['Jordan\'s shouting frightened the children.', 'Danielle called the police herself.'],
    },
  },
];
