import type { RuleInput } from '../schema';

/** Wording that frames a parent or child as failing instead of saying what happened (guide 1.3 A). */

const family = { professional: 'warning', family: 'warning' } as const;
const describe = { text: 'Say what happened, how often, and what got in the way', safe: false } as const;

export const deficitBlameRules: readonly RuleInput[] = [
  {
    id: 'deficit-blame.failed-to',
    kind: 'phrase',
    category: 'deficit-blame',
    severity: family,
    // "failed to protect" belongs to victim-blaming.
    patterns: [
      "fail(?:s|ed|ing)? to (?!protect\\b)[a-z]+",
      'failure to (?!protect\\b)[a-z]+',
      'failures to [a-z]+',
    ],
    // A bus or a service failing is not a parent failing.
    exceptions: {
      before: ["\\b(?:bus|buses|taxi|train|car|boiler|heating|phone|email|letter|text|message|system|computer|referral|service|services|school|nursery|agency|agencies|council|police|hospital|transport|interpreter|link|video|call|app|we|I|professionals?|the team)\\b(?: [\\w'’]+){0,2} $"],
      after: [],
    },
    message: '"Failed to" puts the whole problem on the person. Say what happened and why.',
    why: 'It frames the parent as failing and hides the reason, such as shift work or no bus fare.',
    source: ['Torbay Language that Cares', 'NSPCC Why language matters: reframing responsibility'],
    suggestions: [describe, { text: 'went to 2 of 10 sessions; says the times clash with her shifts', safe: false }],
    examples: {
      flag: ['Kirsty failed to attend the parenting course.', 'Dean has failed to take responsibility for the incident.'],
      pass: ['The boiler failed last winter.', 'After a failed attempt to book a room, Femi moved the meeting.'],
    },
  },
  {
    id: 'deficit-blame.engagement',
    kind: 'phrase',
    category: 'deficit-blame',
    severity: family,
    patterns: [
      "(?:did not|didn['’]t|does not|doesn['’]t|has not|hasn['’]t|have not|haven['’]t|had not|would not|won['’]t|will not|is not|isn['’]t|was not|wasn['’]t|are not|were not) (?:yet |fully |really )?engag(?:e|ed|ing)",
      'not engaging',
      'non-?engage(?:ment|d|ing)?',
      'dis-?engag(?:ed|ing|ement|es|e)',
      '(?:difficult|hard|reluctant|unwilling|refus(?:ed|es|ing)) to engage',
      '(?:poor|limited|minimal|lack of|no|little|sporadic|inconsistent) engagement',
      'engagement (?:has been|was|is|remains) (?:poor|limited|minimal|sporadic|inconsistent)',
    ],
    exceptions: {
      before: ['\\b(?:we|I|services?|professionals?|the (?:service|team|school|council))(?: \\w+){0,2} $'],
      after: [],
    },
    negatable: false,
    message: 'This puts the whole problem on the parent. Say what was offered, what happened and what got in the way.',
    why: '"Not engaging" hides whether the service suited the family, and reads as blame.',
    source: ['NSPCC Why language matters: reframing responsibility', 'Torbay Language that Cares'],
    suggestions: [
      { text: 'We have not yet found a way of working that suits {dad}', safe: false },
      { text: 'We have not yet found a way of working that suits {mum}', safe: false },
      { text: 'came to 2 of the 6 visits we offered', safe: false },
    ],
    examples: {
      flag: ['Dad is not engaging with the nurse.', 'There has been poor engagement from Dean.', 'Kirsty has disengaged from the parenting course.'],
      pass: ['We have tried to engage with Dad by phone and text.', 'Dad said, "I didn\'t engage because nobody explained it."'],
    },
  },
  {
    id: 'deficit-blame.compliance',
    kind: 'phrase',
    category: 'deficit-blame',
    severity: family,
    patterns: ['non-?complian(?:t|ce)', 'complian(?:t|ce)', 'compl(?:y|ies|ied|ying)'],
    exceptions: {
      before: ['\\bdisguised $'],
      after: ['^ with (?:the )?(?:gas|fire|building|safety|health and safety|planning|data protection) (?:regulations|standards|rules|law|requirements)', '^ (?:certificate|officer)'],
    },
    // "does not comply" is the deficit framing itself.
    negatable: false,
    message: '"Compliance" sounds custodial. Say what the person has or has not done yet.',
    why: 'Compliance language frames the family as offenders to be controlled.',
    source: ['BASW Professional Social Work, "Mind your language" (2014)'],
    suggestions: [{ text: 'has not been taking her medication since…', safe: false }, { text: 'has not yet done…', safe: false }],
    examples: {
      flag: ['Mum has been non-compliant with the plan.', 'Dean must comply with the written agreement.'],
      pass: ['The landlord said the flat does not comply with gas regulations.', 'Dean has agreed to stay at his brother\'s flat.'],
    },
  },
  {
    id: 'deficit-blame.refused',
    kind: 'phrase',
    category: 'deficit-blame',
    severity: family,
    patterns: ['refus(?:e|es|ed|ing|al|als)'],
    exceptions: {
      // The court or another body refusing something is a legal fact, and refuse is also rubbish.
      before: [
        '\\b(?:court|judge|magistrates?|justices?|tribunal|home office|council|panel|bench|landlord|bank|housing|housing association|benefits? agency|DWP|application|request|appeal|claim|permission|visa|bail|school|nursery|hospital|GP|surgery|college|employer|service|agency|provider)\\b(?: [\\w’\']+){0,3} $',
        '\\b(?:household|bags? of|bin) $',
      ],
      after: ['^ (?:collection|collections|bin|bins|bag|bags|sack|sacks|tip|lorry|lorries|workers?|disposal|store|chute)\\b'],
    },
    message: '"Refused" reads as obstructive. Say what the person said and why, in their words if you can.',
    why: 'It records a stance, not a reason, and the family may have had a good one.',
    source: ['TACT Language that Cares', 'includem, Getting our Language Right (2023)'],
    suggestions: [{ text: 'said no, because …', safe: false }, { text: 'did not want … because …', safe: false }],
    // "declined" keeps the sentence's shape and tense; "said no" would not fit "refused to let".
    rewrites: [{ match: 'refus(e|es|ed|ing)', to: ['declin$1'] }],
    examples: {
      flag: ['Dean refused to let Femi into the house.', 'Maya is refusing to go to school.', 'Kirsty refuses the visits.'],
      pass: ['The court refused the application.', 'Kirsty has never refused a visit.', 'The refuse collection is on Tuesdays.'],
    },
  },
  {
    id: 'deficit-blame.attitude',
    kind: 'phrase',
    category: 'deficit-blame',
    severity: family,
    patterns: [
      'un-?co-?operative',
      'non-?co-?operative',
      'non-?co-?operation',
      'resistant',
      'resistance to',
      'unwilling',
      'obstructive',
      'oppositional',
      'defiant',
      'unmotivated',
      '(?:lacks?|lacking|lack of|no|little|poor|limited) motivation',
      'sabotag(?:e|es|ed|ing)',
      'not (?:been |being )?co-?operat(?:ive|ing)',
      'not (?:taken|take|taking|accepted|accept|accepting|tak(?:e|en) any) (?:any )?responsibility',
      'not (?:prioriti[sz](?:e|ed|ing|es)) (?:the children|the child|the baby|their|her|his|[a-z]+[\'’]s)',
    ],
    exceptions: { before: [], after: ['^ to (?:antibiotics|treatment|infection)', '^ (?:band|bands)\\b'] },
    message: 'This judges attitude. Describe what was asked and what the person said or did.',
    why: 'Labels of attitude are opinions; the record needs what happened.',
    source: ['West Cheshire Our Shared Language', 'Torbay Language that Cares'],
    suggestions: [{ text: 'Describe what was asked and what the person said', safe: false }],
    examples: {
      flag: ['Dean was uncooperative during the visit.', 'Kirsty is resistant to support.', 'Kirsty is not prioritising Levi\'s needs.'],
      pass: ['Dean was not uncooperative; he was worried about his job.', 'Kirsty asked for the visit to be moved to the afternoon.'],
    },
  },
  {
    id: 'deficit-blame.chose-not-to',
    kind: 'phrase',
    category: 'deficit-blame',
    severity: family,
    patterns: [
      '(?:chose|chooses|choosing|choose|has chosen|made a (?:choice|decision)) not to',
      'voting with (?:their|her|his) feet',
      'voted with (?:their|her|his) feet',
    ],
    message: '"Chose not to" assigns a motive. Ask what the person is telling us, and record it.',
    why: 'It reads a choice into something that may have other reasons.',
    source: ['West Cheshire Our Shared Language'],
    suggestions: [{ text: 'did not come to …; said …', safe: false }],
    examples: {
      flag: ['Dean chose not to attend the meeting.', 'The family are voting with their feet.'],
      pass: ['Kirsty did not come to the meeting because Levi was ill.', 'Maya chose a book to read.'],
    },
  },
  {
    id: 'deficit-blame.insight-denial',
    kind: 'phrase',
    category: 'deficit-blame',
    severity: family,
    patterns: [
      '(?:lacks?|lacking|lack of|no|little|poor|limited|without|some) insight',
      'insight into',
      'in denial',
      'denies the (?:concerns|worries|impact|seriousness|risks?)',
      'minimi[sz](?:es|ed|ing|ation|e)',
      'downplay(?:s|ed|ing)?',
      'does not (?:accept|acknowledge|recognise|see) the (?:concerns|worries|risks?|impact|seriousness)',
    ],
    exceptions: { before: [], after: ['^ (?:the risk of harm|the chance|exposure|noise|disruption)'] },
    message: 'This is a judgement presented as fact. Quote what the person said about the worry.',
    why: 'Insight and denial are conclusions; the family\'s own words are the evidence.',
    source: ['Torbay Language that Cares ("unfounded assumptions")'],
    suggestions: [
      { text: 'Quote what the person said about the worry', safe: false },
      { text: '{mother} has said she finds it hard to believe {father} will hurt anyone again', safe: false },
    ],
    examples: {
      flag: ['Mum lacks insight into the impact of the arguments.', 'Dean is in denial about his drinking.', 'Dean minimises the incident.'],
      pass: ['Kirsty said, "I know the arguments scare Maya."', 'The plan aims to reduce the chance of another incident.'],
    },
  },
  {
    id: 'deficit-blame.did-not-attend',
    kind: 'phrase',
    category: 'deficit-blame',
    severity: family,
    // For a child the adult is responsible: "was not brought". Adults attending their own
    // meetings are a different matter, so this looks for a child's appointment.
    patterns: [
      "(?:did not|didn['’]t|failed to|does not|doesn['’]t) attend(?: [\\w'’-]+){0,3} (?:appointments?|check|checks|check-ups?|clinic|hospital|dentist|dental|immunisations?|vaccinations?|jabs?|review|assessment|session|sessions|therapy|nursery|tests?|scans?|screening|optician|clinic)",
      "DNA['’]?d",
      'was a DNA',
      '(?:marked|recorded) as (?:a )?DNA',
      'were DNAs?',
      'non-?attendance at (?:\\w+ ){0,3}(?:appointments?|clinic|nursery|check)',
    ],
    negatable: false,
    caseSensitive: false,
    message: 'A child cannot take themselves to an appointment. Use "was not brought".',
    why: '"Did not attend" makes a young child sound responsible for an adult\'s decision.',
    source: ['NSPCC Why language matters: digging deeper than did not attend', 'Sussex child protection procedures', 'RCGP safeguarding toolkit'],
    suggestions: [],
    rewrites: [
      { match: "(?:did not|didn['’]t|failed to) attend (.+)", to: ['was not brought to $1'] },
      { match: "(?:does not|doesn['’]t) attend (.+)", to: ['is not brought to $1'] },
      { match: "DNA['’]?d", to: ['was not brought to'] },
      { match: 'was a DNA', to: ['was not brought'] },
      { match: 'were DNAs?', to: ['were not brought'] },
      { match: '(marked|recorded) as (?:a )?DNA', to: ['$1 as not brought'] },
      { match: 'non-?attendance at (.+)', to: ['not being brought to $1'] },
    ],
    examples: {
      flag: ['Levi did not attend two health visitor appointments.', 'Levi DNA\'d his hearing test.'],
      pass: ['Levi was not brought to two health visitor appointments.', 'Kirsty attended all her midwife appointments.'],
    },
  },
  {
    id: 'deficit-blame.not-brought',
    kind: 'phrase',
    category: 'deficit-blame',
    severity: family,
    // "Dad failed to take Maya to her eye test": the child was not brought. The subject is part of
    // the match so the clause can be turned round; letter case tells a name from other words.
    patterns: [
      "(?<![A-Za-z])(?!(?:And|But|Or|Then|So|Also|Not)\\b)(?:[A-Z][a-z'’-]+|[Hh]e|[Ss]he|[Tt]hey|[Mm]um|[Dd]ad|[Tt]he (?:parents|mother|father|family))(?: and (?:[A-Z][a-z'’-]+|[Mm]um|[Dd]ad))? (?:has |have |had )?(?:failed to|fails to|did not|didn['’]t) (?:take|bring) (?:[A-Z][a-z'’-]+|him|her|them|the (?:baby|child|children|twins)) to",
    ],
    caseSensitive: true,
    negatable: false,
    message: 'Say the child was not brought: a child cannot take themselves, and the sentence should be about them.',
    why: 'Starting from the adult\'s failure blames; "was not brought" keeps the child in view and the responsibility with the adult.',
    source: ['NSPCC Why language matters: digging deeper than did not attend', 'Sussex child protection procedures'],
    suggestions: [],
    rewrites: [
      { match: '.* (?:take|bring) him to', to: ['he was not brought to'] },
      { match: '.* (?:take|bring) her to', to: ['she was not brought to'] },
      { match: '.* (?:take|bring) them to', to: ['they were not brought to'] },
      { match: '.* (?:take|bring) (the (?:children|twins)) to', to: ['$1 were not brought to'] },
      { match: '.* (?:take|bring) (.+) to', to: ['$1 was not brought to'] },
    ],
    examples: {
      flag: ['Dad failed to take Maya to her eye test.', 'Kirsty did not take the children to the dentist.', 'On Monday Dean did not bring Levi to nursery.'],
      pass: ['Maya was not brought to her eye test.', 'Dean failed to take his tablets.', 'Kirsty did not take long to reply.'],
    },
  },
];
