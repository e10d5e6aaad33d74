import { describe, expect, it } from 'vitest';
import { checkPack, draftOf, EMPTY_DRAFT, packOf } from '../../renderer/src/language/packDraft';

const pack = {
  id: 'northmere',
  name: 'Northmere Council',
  version: '2026.1',
  acronyms: [{ acronym: 'MACPT', expansion: 'multi-agency child protection team', wellKnown: true }],
  preferredTerms: [{ term: 'contact centre', preferred: ['family time centre', 'family centre'], category: 'system-jargon' as const, severity: { professional: 'info' as const, family: 'warning' as const } }],
  rules: { 'officialese.liaise': 'off' as const, 'officialese.prior-to': { family: 'error' as const } },
  properNouns: ['Caring Dads'],
};

describe('the authority pack as the settings panel edits it', () => {
  it('goes from a pack to the form and back unchanged', () => {
    const checked = checkPack(packOf(draftOf(pack)));
    expect(checked.ok && checked.pack).toMatchObject({ ...pack, preferredTerms: [{ term: 'contact centre', preferred: ['family time centre', 'family centre'] }] });
  });

  it('leaves out blank rows and checks left as the national pack', () => {
    const draft = { ...EMPTY_DRAFT, name: 'Ours', acronyms: [{ key: 'a', acronym: '', expansion: '', wellKnown: false }], rules: [{ key: 'r', ruleId: 'officialese.liaise', professional: 'keep' as const, family: 'keep' as const }] };
    expect(packOf(draft)).toMatchObject({ acronyms: [], rules: {} });
  });

  it('gives errors by path, with the schema the application uses', () => {
    const draft = { ...EMPTY_DRAFT, name: 'Ours', acronyms: [{ key: 'a', acronym: 'M', expansion: 'x', wellKnown: false }] };
    const checked = checkPack(packOf(draft));
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(Object.keys(checked.errors)).toEqual(['acronyms.0.acronym']);
    expect(checkPack({ not: 'a pack' }).ok).toBe(false);
  });
});
