import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApplication } from '../../electron/handlers/app';
import { silentLogger } from '../../electron/log/logger';
import type { ConferenceSummary } from '../../shared/conference/schema';
import type { ConferenceDetail } from '../../shared/conference/details';
import { anInitialConference } from '../support/builders';
import { startTestApplication, trusted } from '../support/app';

let app: ReturnType<typeof startTestApplication>;
beforeEach(() => {
  app = startTestApplication();
});
afterEach(() => app.dispose());

async function create(input: unknown): Promise<ConferenceDetail> {
  const result = await app.dispatch('createConference', input, trusted);
  if (!result.ok) throw new Error(`expected success, got ${result.error.kind}`);
  return result.value as ConferenceDetail;
}

async function list(): Promise<ConferenceSummary[]> {
  const result = await app.dispatch('listConferences', {}, trusted);
  if (!result.ok) throw new Error('list failed');
  return result.value as ConferenceSummary[];
}

function countRows(table: string): number {
  return app.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}

describe('creating a conference for a new family', () => {
  it('stores the children, born and unborn, and the conference as a draft', async () => {
    const conference = await create(anInitialConference());
    expect(conference).toMatchObject({ status: 'draft', details: { type: 'initial', scheduledDate: '2026-03-19', scheduledTime: '10:00' } });
    expect(conference.children.map((c) => c.displayName)).toEqual(['Ruby Price', 'Leo Mills', 'Unborn baby Mills']);
    expect(conference.children[2]).toMatchObject({ isUnborn: true, dateOfBirth: null, expectedDeliveryDate: '2026-08-10' });
  });

  it('records who created it in the audit trail, without any of the family’s details', async () => {
    const conference = await create(anInitialConference());
    const audit = app.db.prepare('SELECT actor, action, entity, entity_id, conference_id FROM audit_event').all();
    expect(audit).toEqual([{ actor: 'test-user', action: 'create', entity: 'conference', entity_id: conference.id, conference_id: conference.id }]);
  });

  it('refuses a date of birth in the future, beside the field, and changes nothing', async () => {
    const input = anInitialConference();
    input.children[1] = { status: 'born', givenName: 'Leo', familyName: 'Mills', dateOfBirth: '2099-01-01' };
    const result = await app.dispatch('createConference', input, trusted);
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation', fields: { 'children.1.dateOfBirth': 'The date of birth cannot be in the future.' } } });
    expect(countRows('conference')).toBe(0);
    expect(countRows('child')).toBe(0);
    expect(countRows('family')).toBe(0);
  });

  it.each([
    ['no children', { children: [] }, 'children'],
    ['an impossible date', { scheduledDate: '2026-13-01' }, 'scheduledDate'],
    ['an impossible time', { scheduledTime: '25:00' }, 'scheduledTime'],
    ['an unknown type', { type: 'informal' }, 'type'],
    ['too many children', { children: Array.from({ length: 21 }, () => ({ status: 'born', givenName: 'A', familyName: 'B', dateOfBirth: '2020-01-01' })) }, 'children'],
    ['a name over the limit', { children: [{ status: 'born', givenName: 'R'.repeat(101), familyName: 'Price', dateOfBirth: '2016-11-02' }] }, 'children.0.givenName'],
    ['a blank name', { children: [{ status: 'born', givenName: '   ', familyName: 'Price', dateOfBirth: '2016-11-02' }] }, 'children.0.givenName'],
    ['a name with control characters', { children: [{ status: 'born', givenName: 'Ru\u0000by', familyName: 'Price', dateOfBirth: '2016-11-02' }] }, 'children.0.givenName'],
  ])('refuses %s with a message beside the field, and changes nothing', async (_case, change, field) => {
    const result = await app.dispatch('createConference', { ...anInitialConference(), ...change }, trusted);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.kind).toBe('validation');
      expect(Object.keys(result.error.fields ?? {})).toContain(field);
    }
    expect(countRows('conference')).toBe(0);
    expect(countRows('audit_event')).toBe(0);
  });

  it('stores text with quotes, SQL and script tags exactly as typed', async () => {
    const hostile = `O'Brien"; DROP TABLE conference; -- <script>alert(1)</script>`;
    const conference = await create(anInitialConference({ children: [{ status: 'born', givenName: 'Ruby', familyName: hostile, dateOfBirth: '2016-11-02' }] }));
    expect(conference.children[0]?.displayName).toBe(`Ruby ${hostile}`);
    expect(await list()).toHaveLength(1);
  });
});

describe('the list of conferences', () => {
  it('is empty at first', async () => {
    expect(await list()).toEqual([]);
  });

  it('lists every conference soonest first, with its children’s names', async () => {
    await create(anInitialConference({ scheduledDate: '2026-06-04', type: 'review' }));
    await create(anInitialConference({ scheduledDate: '2026-03-19' }));
    const conferences = await list();
    expect(conferences.map((c) => [c.scheduledDate, c.type])).toEqual([
      ['2026-03-19', 'initial'],
      ['2026-06-04', 'review'],
    ]);
    expect(conferences[0]?.children.map((c) => c.displayName)).toEqual(['Ruby Price', 'Leo Mills', 'Unborn baby Mills']);
  });
});

describe('opening a conference', () => {
  it('returns it with its children', async () => {
    const created = await create(anInitialConference());
    const result = await app.dispatch('getConference', { conferenceId: created.id }, trusted);
    expect(result).toEqual({ ok: true, value: created });
  });

  it('says clearly when it does not exist', async () => {
    const result = await app.dispatch('getConference', { conferenceId: '6f1c7a4e-4a8e-4a38-9b0e-3f1f2c6a9d10' }, trusted);
    expect(result).toMatchObject({ ok: false, error: { kind: 'not-found', message: expect.stringContaining('could not be found') } });
  });
});

describe('persistence', () => {
  it('keeps conferences across a restart of the application', async () => {
    const created = await create(anInitialConference());
    app.close();
    const reopened = startApplication({ dataDir: app.dataDir, actor: 'test-user', logger: silentLogger, key: app.key });
    const result = await reopened.dispatch('listConferences', {}, trusted);
    expect(result).toMatchObject({ ok: true, value: [{ id: created.id }] });
    reopened.close();
  });
});
