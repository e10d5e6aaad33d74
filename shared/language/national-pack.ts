import { nationalProperNouns, nationalRuleInputs } from './rules';
import type { LanguagePack } from './schema';
import { LanguagePackSchema } from './schema';

/**
 * The national base pack, validated against the schema when it is first loaded: a malformed
 * rule fails here, not silently during a check.
 */
export const NATIONAL_PACK: LanguagePack = LanguagePackSchema.parse({
  id: 'national',
  version: '2026.1',
  rules: nationalRuleInputs,
  properNouns: nationalProperNouns,
});
