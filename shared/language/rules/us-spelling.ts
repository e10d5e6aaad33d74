import type { RuleInput } from '../schema';

/** US spellings where UK spelling is expected (guide 1.3 K). Swaps are mechanical, so the
 *  suggestion is safe to apply automatically. */

// Verbs spelled -ize/-yze in the US; each gives -ise forms and -isation nouns.
const izeVerbs = [
  'organize', 'recognize', 'realize', 'apologize', 'prioritize', 'minimize', 'criticize', 'emphasize',
  'summarize', 'categorize', 'hospitalize', 'stabilize', 'socialize', 'normalize', 'finalize',
  'authorize', 'characterize', 'sympathize', 'specialize', 'memorize', 'traumatize', 'scrutinize',
  'mobilize', 'penalize', 'jeopardize', 'maximize', 'visualize', 'standardize', 'familiarize',
  'utilize', 'sanitize', 'institutionalize', 'stigmatize', 'verbalize', 'internalize', 'externalize',
  'sensitize', 'desensitize', 'immunize', 'criminalize', 'formalize', 'personalize', 'economize',
];
const yzeVerbs = ['analyze', 'paralyze'];

// -or nouns spelled -our in the UK, with their derived forms.
const ourStems = ['behavior', 'color', 'favor', 'honor', 'neighbor', 'humor', 'rumor', 'labor', 'endeavor', 'odor', 'flavor', 'harbor', 'vigor', 'tumor', 'savior'];

const fixed: Readonly<Record<string, string>> = {
  center: 'centre', centers: 'centres', centered: 'centred', theater: 'theatre', theaters: 'theatres',
  liter: 'litre', liters: 'litres', fiber: 'fibre', meager: 'meagre',
  pediatric: 'paediatric', pediatrics: 'paediatrics', pediatrician: 'paediatrician', pediatricians: 'paediatricians',
  anemia: 'anaemia', anemic: 'anaemic', anesthetic: 'anaesthetic', diarrhea: 'diarrhoea', fetus: 'foetus',
  gynecologist: 'gynaecologist', orthopedic: 'orthopaedic', hemorrhage: 'haemorrhage', leukemia: 'leukaemia',
  counseling: 'counselling', counselor: 'counsellor', counselors: 'counsellors', counseled: 'counselled',
  traveling: 'travelling', traveled: 'travelled', traveler: 'traveller', travelers: 'travellers',
  canceled: 'cancelled', canceling: 'cancelling', labeled: 'labelled', labeling: 'labelling',
  modeling: 'modelling', modeled: 'modelled', enrollment: 'enrolment', enroll: 'enrol', enrolls: 'enrols',
  fulfill: 'fulfil', fulfills: 'fulfils', fulfillment: 'fulfilment', skillful: 'skilful', willful: 'wilful',
  jewelry: 'jewellery', pajamas: 'pyjamas', gray: 'grey', mold: 'mould', moldy: 'mouldy', plow: 'plough',
  defense: 'defence', offense: 'offence', offenses: 'offences', pretense: 'pretence',
  program: 'programme', programs: 'programmes', catalog: 'catalogue', analog: 'analogue',
  aluminum: 'aluminium', math: 'maths', mom: 'mum', moms: 'mums', mommy: 'mummy',
  diaper: 'nappy', diapers: 'nappies', acknowledgment: 'acknowledgement', skeptical: 'sceptical',
  maneuver: 'manoeuvre', esthetic: 'aesthetic', cozy: 'cosy', tire: 'tyre', tires: 'tyres',
  check: 'cheque', curb: 'kerb', practicing: 'practising', licensed: 'licensed',
};

function buildSwaps(): Record<string, string> {
  const swaps: Record<string, string> = {};
  for (const verb of [...izeVerbs, ...yzeVerbs]) {
    const us = verb.slice(0, -3); // "organ", "anal"
    const z = verb.endsWith('yze') ? 'yz' : 'iz';
    const s = verb.endsWith('yze') ? 'ys' : 'is';
    for (const ending of ['e', 'es', 'ed', 'ing', 'ation', 'ations', 'er', 'ers']) {
      swaps[`${us}${z}${ending}`] = `${us}${s}${ending}`;
    }
  }
  for (const stem of ourStems) {
    const uk = `${stem.slice(0, -2)}our`;
    for (const ending of ['', 's', 'al', 'ally', 'ed', 'ing', 'ite', 'ites', 'able', 'ably', 'hood', 'hoods', 'ful', 'less']) {
      swaps[`${stem}${ending}`] = `${uk}${ending}`;
    }
  }
  for (const [us, uk] of Object.entries(fixed)) {
    // "check", "tire", "curb" and "licensed" are everyday UK words too: left out on purpose.
    if (us === 'check' || us === 'tire' || us === 'tires' || us === 'curb' || us === 'licensed') continue;
    swaps[us] = uk;
  }
  return swaps;
}

export const usSpellingRules: readonly RuleInput[] = [
  {
    id: 'us-spelling.uk-spelling',
    kind: 'swap',
    category: 'us-spelling',
    severity: { professional: 'warning', family: 'warning' },
    swaps: buildSwaps(),
    exceptions: {
      // A computer program keeps its spelling in UK English.
      before: ['\\b(?:computer|software|the app|app|coding|a computer) $'],
      after: ['^ (?:code|files?|on (?:the|his|her|a) (?:computer|laptop|phone|tablet))\\b'],
    },
    message: 'Use UK spelling.',
    why: 'Records and plans are written in UK English.',
    source: ['Language guide 1.3 K', 'GOV.UK style guide'],
    suggestions: [],
    examples: {
      flag: ['Maya\'s behavior at school has improved.', 'Kirsty will start the parenting program in May.', 'Levi sees a pediatrician at the hospital.'],
      pass: ['Maya\'s behaviour at school has improved.', 'Shelley is writing a computer program for work.', 'Kirsty will start the parenting programme in May.'],
    },
  },
];
