import { describe, expect, it } from 'vitest';
import { checkText } from '../../shared/language/check';
import { NATIONAL_PACK } from '../../shared/language/national-pack';
import { nationalRuleInputs } from '../../shared/language/rules';
import { LanguagePackSchema, RuleSchema } from '../../shared/language/schema';
import type { Rule } from '../../shared/language/schema';
import { CATEGORIES } from '../../shared/language/types';
import type { Audience } from '../../shared/language/types';

describe('the national rule pack', () => {
  it('validates against the rule schema, rule by rule', () => {
    for (const input of nationalRuleInputs) {
      const parsed = RuleSchema.safeParse(input);
      expect(parsed.success, `${input.id}: ${parsed.success ? '' : parsed.error.message}`).toBe(true);
    }
    expect(LanguagePackSchema.safeParse(NATIONAL_PACK).success).toBe(true);
  });

  it('gives every rule a unique id', () => {
    const ids = NATIONAL_PACK.rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has at least one rule in every category of the language guide', () => {
    const categories = new Set(NATIONAL_PACK.rules.map((rule) => rule.category));
    for (const category of CATEGORIES) expect(categories.has(category), category).toBe(true);
  });

  it('rejects a pattern with a capturing group, because patterns are combined', () => {
    const bad = { ...nationalRuleInputs[0], kind: 'phrase', patterns: ['(failed) to'] };
    expect(RuleSchema.safeParse(bad).success).toBe(false);
  });

  it('marks only mechanical swaps as safe to apply automatically', () => {
    for (const rule of NATIONAL_PACK.rules) {
      if (rule.category === 'deficit-blame' || rule.category === 'judgemental' || rule.category === 'vague' || rule.category === 'victim-blaming') {
        expect(rule.suggestions.every((suggestion) => !suggestion.safe), rule.id).toBe(true);
      }
    }
  });
});

/** The audience a rule is switched on for, so its examples can be checked. */
function audienceFor(rule: Rule): Audience {
  return rule.severity.family !== 'off' ? 'family' : 'professional';
}

describe('each rule\'s own examples', () => {
  for (const rule of NATIONAL_PACK.rules) {
    it(`${rule.id} flags its "flag" examples and passes its "pass" examples`, () => {
      const audience = audienceFor(rule);
      for (const example of rule.examples.flag) {
        const ids = checkText(example, { audience }).map((finding) => finding.ruleId);
        expect(ids, `should flag: ${example}`).toContain(rule.id);
      }
      for (const example of rule.examples.pass) {
        const ids = checkText(example, { audience }).filter((finding) => finding.severity !== 'info').map((finding) => finding.ruleId);
        expect(ids, `should pass: ${example}`).not.toContain(rule.id);
      }
    });
  }
});
