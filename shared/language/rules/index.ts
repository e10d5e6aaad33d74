import type { RuleInput } from '../schema';
import { acronymRules } from './acronym';
import { deficitBlameRules } from './deficit-blame';
import { depersonalisingRules } from './depersonalising';
import { judgementalRules } from './judgemental';
import { longSentenceRules } from './long-sentence';
import { officialeseRules } from './officialese';
import { passiveAgentlessRules } from './passive-agentless';
import { systemJargonRules } from './system-jargon';
import { usSpellingRules } from './us-spelling';
import { vagueRules } from './vague';
import { victimBlamingRules } from './victim-blaming';

/** Every rule of the national pack, category by category, as written (before validation). */
export const nationalRuleInputs: readonly RuleInput[] = [
  ...victimBlamingRules,
  ...deficitBlameRules,
  ...judgementalRules,
  ...depersonalisingRules,
  ...systemJargonRules,
  ...vagueRules,
  ...officialeseRules,
  ...passiveAgentlessRules,
  ...acronymRules,
  ...usSpellingRules,
  ...longSentenceRules,
];

/** Organisations and programmes whose names contain words the rules look for. */
export const nationalProperNouns: readonly string[] = [
  'Caring Dads',
  'Freedom Programme',
  'Children in Need',
  'Home-Start',
  'Family Action',
  'Women\'s Aid',
  'Citizens Advice',
  'Safe Care',
  'Public Protection Unit',
  'Three Houses',
  'Signs of Safety',
];
