import { describe, expect, it } from 'vitest';
import { checkText } from '../../shared/language/check';
import { NATIONAL_PACK } from '../../shared/language/national-pack';
import { AuthorityPackSchema, mergePacks, unknownRuleIds } from '../../shared/language/packs';
import type { AuthorityPackInput } from '../../shared/language/packs';

const northmere: AuthorityPackInput = {
  id: 'northmere',
  name: 'Northmere Council',
  version: '1',
  acronyms: [
    { acronym: 'MACPT', expansion: 'multi-agency child protection team' },
    { acronym: 'FNSP', expansion: 'family network support package', wellKnown: true },
  ],
  preferredTerms: [{ term: 'family time', preferred: ['time with Mum', 'time with Dad'] }],
  rules: { 'officialese.via': 'off', 'system-jargon.contact': { family: 'error' } },
};

describe('authority packs', () => {
  it('validates an imported pack file and reports what is wrong', () => {
    expect(AuthorityPackSchema.safeParse(northmere).success).toBe(true);
    const bad = AuthorityPackSchema.safeParse({ id: 'Northmere Council', name: '', version: '1', acronyms: [{ acronym: 'X', expansion: '' }] });
    expect(bad.success).toBe(false);
  });

  it('adds local acronyms with their expansions as safe suggestions', () => {
    const pack = mergePacks(NATIONAL_PACK, northmere);
    const [finding] = checkText('The MACPT will meet on Friday.', { audience: 'family', pack });
    expect(finding?.suggestions[0]).toEqual({ text: 'multi-agency child protection team', safe: true });
    expect(checkText('The FNSP pays for a bus pass.', { audience: 'family', pack })).toEqual([]);
  });

  it('adds preferred terms', () => {
    const pack = mergePacks(NATIONAL_PACK, northmere);
    const findings = checkText('Ruby will have family time on Saturday.', { audience: 'family', pack });
    expect(findings.map((f) => f.ruleId)).toEqual(['northmere.term.family-time-1']);
    expect(findings[0]?.suggestions.map((s) => s.text)).toEqual(['time with Mum', 'time with Dad']);
  });

  it('switches rules off and re-grades them by id', () => {
    const pack = mergePacks(NATIONAL_PACK, northmere);
    expect(checkText('Ruby shared her views via Tom.', { audience: 'family', pack })).toEqual([]);
    expect(checkText('Ruby has contact with Aaron.', { audience: 'family', pack })[0]?.severity).toBe('error');
    // The national pack itself is unchanged.
    expect(checkText('Ruby has contact with Aaron.', { audience: 'family' })[0]?.severity).toBe('warning');
  });

  it('lists rule ids the national pack does not know', () => {
    const pack = AuthorityPackSchema.parse({ ...northmere, rules: { 'officialese.viaa': 'off' } });
    expect(unknownRuleIds(NATIONAL_PACK, pack)).toEqual(['officialese.viaa']);
  });
});
