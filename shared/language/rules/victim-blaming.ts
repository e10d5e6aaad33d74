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
      flag: ['Maya is putting herself at risk by going to the park at night.', 'Staff are worried about his risky behaviour.'],
      pass: ['An adult is grooming her through a phone game.', 'Brenda keeps Maya safe after school.'],
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
      '(?:in a|her|his) relationship with (?:an? )?(?:older|adult) (?:man|men|woman|male|female)',
    ],
    message: 'This hides abuse. Say the child is being abused or exploited, and by whom.',
    why: 'A child cannot consent; "boyfriend" and "sexually active" describe an abuser\'s behaviour as the child\'s choice.',
    source: ['The Children\'s Society and NAPAC, Child exploitation and abuse: an appropriate language guide (2024)', 'NSPCC Why language matters: older boyfriend'],
    suggestions: [{ text: 'is being sexually abused by…', safe: false }, { text: 'an adult man who is…', safe: false }],
    examples: {
      flag: ['Maya\'s older boyfriend collects her from school.', 'She has been sexually active since she was 13.'],
      pass: ['A 24-year-old man has been sending Maya messages.', 'Kirsty\'s partner, Dean, works nights.'],
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
      'drug runners?',
      'running county lines',
      'gang members?',
      'associat(?:es|ed|ing) with (?:older|known|gang|criminal|adult)',
      '(?:exchang|trad)(?:es|ed|ing) sex for',
      '(?:his|her|their) (?:own )?choice to (?:go|stay|see|meet|run|leave|sell|carry)',
      'willingly (?:went|goes|go|got|gets|met|meets|gave|sent)',
      'running drugs',
      'choosing to (?:go missing|run away|stay out|sell drugs)',
    ],
    message: 'This describes exploitation as the child\'s choice. Say the child is being exploited, and by whom.',
    why: 'Children drawn into crime or sexual abuse are victims of the adults exploiting them.',
    source: ['NSPCC Why language matters (recruited, working for)', 'The Children\'s Society and NAPAC language guide (2024)'],
    suggestions: [{ text: 'is being criminally exploited by…', safe: false }, { text: 'is a victim of sexual exploitation', safe: false }],
    examples: {
      flag: ['He was recruited by a gang in the summer.', 'Maya\'s cousin is involved in county lines.', 'He has been working for a drug dealer.'],
      pass: ['He is being criminally exploited by older men.', 'Shelley is working for a café in town.'],
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
      '(?:keeps|kept|keep) (?:going back|returning) to (?:him|her|Dad|Mum|her partner|his partner|their partner|the relationship|[a-z]+ (?:again|each time|every time))',
      '(?:allowed|allows|allowing|let|lets|letting) (?:him|Dad|her partner|his partner|the perpetrator) (?:back|in|to return|to come back|into the (?:home|house))',
      // A name in the middle: "let Dean back into the home".
      '(?:allowed|allows|allowing|let|lets|letting) [a-z]+ (?:back (?:in|into|home)|to return|to come back|to move back)',
      'exposed (?:the |her |his |their )?(?:children|child|baby|son|daughter|kids) to',
      'exposing (?:the |her |his |their )?(?:children|child|baby|son|daughter|kids) to',
      '(?:allowed|let) (?:the )?(?:children|child|baby) (?:to )?witness',
      'provoked (?:him|her|the attack|the assault)',
      '(?:puts|put|putting|prioriti[sz]es|prioriti[sz]ed|prioriti[sz]ing) (?:her|his|their) (?:relationship|partner|own needs)(?: with \\w+)? (?:before|over|above|ahead of)',
      '(?:not|never|won[\'’]t|will not|does not|doesn[\'’]t|refus(?:es|ed|ing) to|unable to|unwilling to) leave (?:him|her|Dad|Mum|her partner|his partner|the relationship)',
      'stay(?:s|ed|ing)? (?:with him|in the relationship) despite',
    ],
    negatable: false,
    message: 'This makes the person being abused responsible. Focus on the abuser\'s behaviour and the barriers to safety.',
    why: 'Responsibility for domestic abuse sits with the person causing it, not the person surviving it.',
    source: ['Hounslow principal social worker, Shared Futures 2024 (Social Work Today)', 'Safe and Together model, as cited in the guide'],
    suggestions: [
      { text: 'Say what the person causing harm did, and what stands in the way of safety', safe: false },
      { text: '{father} pushed {mother} while she held {child}', safe: false },
    ],
    examples: {
      flag: ['Kirsty failed to protect the children.', 'Mum keeps going back to him.', 'Mum exposed the children to domestic abuse.', 'Kirsty let Dean back into the home.'],
      pass: ['Dean\'s shouting frightened the children.', 'Kirsty called the police herself.', 'Kirsty let Maya go to the park.'],
    },
  },
  {
    id: 'victim-blaming.adult-partner',
    kind: 'phrase',
    category: 'victim-blaming',
    severity: serious,
    // Only when the sentence shows an adult with a child: by the record's date of birth for a
    // child named in it, or by the ages it gives. Two teenagers going out are not flagged.
    patterns: ['(?:boy|girl)[- ]?friends?', 'partners?'],
    requires: 'adult-with-child',
    message: 'Calling an adult who is in a relationship with a child a "boyfriend" or "girlfriend" hides abuse. Say the child is being abused or exploited, and by whom.',
    why: 'A child cannot consent; the words of romance describe an abuser\'s behaviour as the child\'s choice.',
    source: ['NSPCC Why language matters: older boyfriend', 'The Children\'s Society and NAPAC, Child exploitation and abuse: an appropriate language guide (2024)'],
    suggestions: [{ text: 'an adult man who is…', safe: false }, { text: 'is being sexually abused by…', safe: false }],
    examples: {
      flag: ['Maya, 14, has a boyfriend who is 22.', 'She is 15 and her boyfriend is a 19-year-old man.', 'Her girlfriend (20) picks her up; she is 13.'],
      pass: ['Maya, 14, has a boyfriend in her class.', 'Kirsty\'s boyfriend, who is 31, works nights.', 'Her partner is 24.'],
    },
  },
];
