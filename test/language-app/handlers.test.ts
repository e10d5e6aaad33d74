import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConferenceDetail } from '../../shared/conference/details';
import { startTestApplication } from '../support/app';
import { databaseSnapshot, ok, refused } from '../support/calls';

let app: ReturnType<typeof startTestApplication>;
let example: ConferenceDetail;
beforeEach(async () => {
  app = startTestApplication();
  example = await ok(app, 'loadExampleConference', {});
});
afterEach(() => app.dispose());

const MACPT_PACK = {
  id: 'northmere',
  name: 'Northmere Council',
  version: '2026.1',
  acronyms: [{ acronym: 'MACPT', expansion: 'multi-agency child protection team', wellKnown: true }],
  preferredTerms: [{ term: 'contact centre', preferred: ['family time centre'] }],
  rules: { 'officialese.liaise': 'off' },
};

async function saveDeclaration(text: string) {
  return ok(app, 'updateConferenceDetails', { conferenceId: example.id, details: { ...example.details, chairDeclaration: text } });
}

function decision(change: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    conferenceId: example.id,
    recordKind: 'conference',
    recordId: example.id,
    field: 'chairDeclaration',
    ruleId: 'judgemental.practice-labels',
    text: 'disguised compliance',
    reason: 'Quoting the words of the referral, which the family have seen.',
    ...change,
  };
}

describe("the authority's language pack", () => {
  it('starts empty, saves a pack that passes the schema, and keeps it', async () => {
    expect(await ok(app, 'getAuthorityPack', {})).toEqual({ pack: null, updatedAt: null, updatedBy: null });
    const saved = await ok(app, 'saveAuthorityPack', { pack: MACPT_PACK });
    expect(saved.pack?.acronyms[0]).toEqual({ acronym: 'MACPT', expansion: 'multi-agency child protection team', wellKnown: true });
    expect(saved.updatedBy).toBe('test-user');
    expect((await ok(app, 'getAuthorityPack', {})).pack?.rules).toEqual({ 'officialese.liaise': 'off' });
  });

  it('removes the pack with null, leaving only the national pack', async () => {
    await ok(app, 'saveAuthorityPack', { pack: MACPT_PACK });
    expect((await ok(app, 'saveAuthorityPack', { pack: null })).pack).toBeNull();
  });

  it('refuses a pack that fails the schema, and changes nothing', async () => {
    await ok(app, 'saveAuthorityPack', { pack: MACPT_PACK });
    const before = databaseSnapshot(app);
    for (const pack of [
      { ...MACPT_PACK, id: 'Not An Id!' },
      { ...MACPT_PACK, acronyms: [{ acronym: 'M', expansion: 'too short' }] },
      { ...MACPT_PACK, acronyms: [{ acronym: 'MACPT', expansion: '' }] },
      { ...MACPT_PACK, preferredTerms: [{ term: 'contact', preferred: [] }] },
      { ...MACPT_PACK, rules: { 'officialese.liaise': 'loud' } },
      { name: 'No id' },
      'a string',
    ]) {
      const error = await refused(app, 'saveAuthorityPack', { pack });
      expect(error.kind).toBe('validation');
    }
    expect(databaseSnapshot(app)).toBe(before);
  });

  it('refuses a pack that changes a check that does not exist, naming it', async () => {
    const error = await refused(app, 'saveAuthorityPack', { pack: { ...MACPT_PACK, rules: { 'officialese.liase': 'off' } } });
    expect(error.kind).toBe('validation');
    expect(error.fields?.['pack.rules.officialese.liase']).toContain('officialese.liase');
  });

  it('refuses a pack listing the same acronym twice, and an oversized pack', async () => {
    const twice = await refused(app, 'saveAuthorityPack', { pack: { ...MACPT_PACK, acronyms: [...MACPT_PACK.acronyms, { acronym: 'macpt', expansion: 'again' }] } });
    expect(twice.fields?.['pack.acronyms.1.acronym']).toContain('twice');
    const many = Array.from({ length: 501 }, (_, i) => ({ acronym: `AB${i}`, expansion: 'something' }));
    expect((await refused(app, 'saveAuthorityPack', { pack: { ...MACPT_PACK, acronyms: many } })).kind).toBe('validation');
  });
});

describe('ignore here, because…', () => {
  it('keeps the decision with its record and field, rule, words, reason, who and when', async () => {
    const input = decision();
    const list = await ok(app, 'ignoreFinding', input);
    expect(list).toEqual([{ ...input, decidedBy: 'test-user', decidedAt: expect.any(String) as string }]);
    expect(await ok(app, 'listIgnoreDecisions', { conferenceId: example.id })).toEqual(list);
  });

  it('is idempotent by id, and can be taken back', async () => {
    const input = decision();
    await ok(app, 'ignoreFinding', input);
    expect(await ok(app, 'ignoreFinding', { ...input, reason: 'A better reason than before.' })).toHaveLength(1);
    expect(await ok(app, 'removeIgnoreDecision', { conferenceId: example.id, id: input.id })).toEqual([]);
    expect((await refused(app, 'removeIgnoreDecision', { conferenceId: example.id, id: input.id })).kind).toBe('not-found');
  });

  it('applies to a contribution of this conference', async () => {
    const contributionId = randomUUID();
    await ok(app, 'saveContribution', {
      id: contributionId,
      conferenceId: example.id,
      agendaItemId: example.agenda[0]?.id,
      speaker: { kind: 'chair' },
      kind: 'information',
      text: 'Mum presents as tired.',
      spokenAt: '10:05',
    });
    const list = await ok(app, 'ignoreFinding', decision({ recordKind: 'contribution', recordId: contributionId, field: 'text', ruleId: 'system-jargon.presentation', text: 'presents as' }));
    expect(list[0]).toMatchObject({ recordKind: 'contribution', recordId: contributionId });
  });

  it('refuses a decision for an unknown record, another conference, or a field that is not checked, and changes nothing', async () => {
    const other = await ok(app, 'createConference', {
      type: 'initial',
      scheduledDate: '2026-04-01',
      scheduledTime: '10:00',
      children: [{ status: 'born', givenName: 'Amy', familyName: 'Stone', dateOfBirth: '2019-01-01' }],
    });
    const before = databaseSnapshot(app);
    expect((await refused(app, 'ignoreFinding', decision({ recordKind: 'contribution', recordId: randomUUID(), field: 'text' }))).kind).toBe('not-found');
    expect((await refused(app, 'ignoreFinding', decision({ recordId: other.id }))).kind).toBe('not-found');
    expect((await refused(app, 'ignoreFinding', decision({ conferenceId: randomUUID(), recordId: randomUUID() }))).kind).toBe('not-found');
    expect((await refused(app, 'ignoreFinding', decision({ field: 'venue' }))).kind).toBe('validation');
    expect((await refused(app, 'ignoreFinding', decision({ recordKind: 'plan' }))).kind).toBe('validation');
    expect(databaseSnapshot(app)).toBe(before);
  });

  it('refuses oversized or empty text and reasons', async () => {
    const before = databaseSnapshot(app);
    expect((await refused(app, 'ignoreFinding', decision({ text: 'x'.repeat(5_001) }))).fields?.['text']).toContain('at most');
    expect((await refused(app, 'ignoreFinding', decision({ reason: 'y'.repeat(1_001) }))).fields?.['reason']).toContain('at most');
    expect((await refused(app, 'ignoreFinding', decision({ reason: '   ' }))).fields?.['reason']).toContain('why');
    expect((await refused(app, 'ignoreFinding', decision({ ruleId: 'not a rule id!' }))).kind).toBe('validation');
    expect(databaseSnapshot(app)).toBe(before);
  });

  it('is audited without the words or the reason', async () => {
    const input = decision();
    await ok(app, 'ignoreFinding', input);
    const rows = app.db.prepare("SELECT * FROM audit_event WHERE entity = 'language-ignore'").all();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain('disguised');
    expect(JSON.stringify(rows)).not.toContain('referral');
  });
});

describe("a conference's summary of open findings", () => {
  it('counts findings across the details and contributions by category and severity', async () => {
    await saveDeclaration('Mother presents as having poor insight and disguised compliance.');
    await ok(app, 'saveContribution', {
      id: randomUUID(),
      conferenceId: example.id,
      agendaItemId: example.agenda[0]?.id,
      speaker: { kind: 'chair' },
      kind: 'information',
      text: 'The MACPT will liaise with Danielle prior to the meeting.',
      spokenAt: '10:05',
    });
    const summary = await ok(app, 'getLanguageSummary', { conferenceId: example.id });
    expect(summary.textsChecked).toBe(2);
    const categories = summary.byCategory.map((entry) => entry.category);
    expect(categories).toEqual(expect.arrayContaining(['judgemental', 'deficit-blame', 'acronym', 'officialese']));
    // The declaration is what the family will be told, so it is checked for the family.
    expect(summary.open.warning).toBeGreaterThanOrEqual(4);
    // Names of the family and professionals are never findings.
    expect(JSON.stringify(summary)).not.toContain('Danielle');
  });

  it('leaves out ignored findings, and follows the authority pack', async () => {
    await saveDeclaration('Mother presents as having poor insight and disguised compliance. The MACPT will liaise with her.');
    const before = await ok(app, 'getLanguageSummary', { conferenceId: example.id });
    expect(before.familyFacingErrors).toBe(1); // MACPT, unexplained, in family-facing text
    await ok(app, 'ignoreFinding', decision());
    await ok(app, 'saveAuthorityPack', { pack: MACPT_PACK });
    const after = await ok(app, 'getLanguageSummary', { conferenceId: example.id });
    expect(after.ignored).toBe(1);
    expect(after.familyFacingErrors).toBe(0);
    expect(after.byCategory.find((entry) => entry.category === 'acronym')).toBeUndefined();
    expect(after.byCategory.find((entry) => entry.category === 'officialese')).toBeUndefined();
  });

  it('refuses an unknown conference', async () => {
    expect((await refused(app, 'getLanguageSummary', { conferenceId: randomUUID() })).kind).toBe('not-found');
    expect((await refused(app, 'listIgnoreDecisions', { conferenceId: 'not-an-id' })).kind).toBe('validation');
  });
});
