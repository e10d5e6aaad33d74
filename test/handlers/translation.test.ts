import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gatherDocumentSource } from '../../electron/handlers/document-source';
import { recipientCopy, translatedCopy } from '../../electron/handlers/translation';
import type { ConferenceDetail } from '../../shared/conference/details';
import { startTestApplication } from '../support/app';
import { databaseSnapshot, finaliseHeld, ok, refused } from '../support/calls';

/**
 * An invented family: Nia (11) and Owen (7) Hale live with their mother Cara; Gus Tarr, Owen's
 * father, lives away. One worry is kept from Gus.
 */
const KEPT_FROM_GUS = 'Cara is scared that Gus will turn up at the school gates.';

let app: ReturnType<typeof startTestApplication>;
let conference: ConferenceDetail;
let cara: string;
let gus: string;
const ids = { statement: randomUUID(), outcome: randomUUID(), action: randomUUID() };

async function setUp(): Promise<ConferenceDetail> {
  const created = await ok(app, 'createConference', {
    type: 'initial',
    scheduledDate: '2026-03-19',
    scheduledTime: '10:00',
    children: [
      { status: 'born', givenName: 'Nia', familyName: 'Hale', dateOfBirth: '2015-01-09' },
      { status: 'born', givenName: 'Owen', familyName: 'Hale', dateOfBirth: '2019-02-03' },
    ],
  });
  const [nia, owen] = created.children.map((c) => c.id) as [string, string];
  const parent = (givenName: string, familyName: string, livesInHousehold: boolean, childIds: string[]) => ({
    kind: 'parent-or-carer', givenName, familyName, livesInHousehold, contactDetails: '', contactDetailsConfidential: false,
    relationships: childIds.map((childId) => ({ childId, relationship: 'Parent', parentalResponsibility: true })),
  });
  await ok(app, 'addFamilyMember', { conferenceId: created.id, member: parent('Cara', 'Hale', true, [nia, owen]) });
  const withGus = await ok(app, 'addFamilyMember', { conferenceId: created.id, member: parent('Gus', 'Tarr', false, [owen]) });
  cara = withGus.familyMembers.find((m) => m.givenName === 'Cara')!.id;
  gus = withGus.familyMembers.find((m) => m.givenName === 'Gus')!.id;
  const conferenceId = created.id;
  await ok(app, 'saveStatement', { conferenceId, id: ids.statement, kind: 'danger', text: KEPT_FROM_GUS, restriction: { level: 'not-for-named', reason: 'risk', familyMemberIds: [gus], childIds: [], sharedSummary: '' } });
  await ok(app, 'saveOutcome', { conferenceId, id: ids.outcome, text: 'Nia and Owen feel safe at home', measure: 'They tell their worker they feel safe' });
  await ok(app, 'saveAction', { conferenceId, id: ids.action, outcomeId: ids.outcome, what: 'The worker visits every ten working days', dueDate: '2026-04-02' });
  return ok(app, 'getConference', { conferenceId });
}

beforeEach(async () => {
  app = startTestApplication();
  conference = await setUp();
});
afterEach(() => app.dispose());

const copy = (recipientId = cara, language = 'pl') => ({ conferenceId: conference.id, recipientId, language });

/** Fills every unit's target as the translation service would. */
function fill(xml: string): string {
  return xml.replace(/<source>([^<]*)<\/source>/gu, (_whole, english: string) => `<source>${english}</source>\n        <target>PL ${english}</target>`);
}

describe('the translation round trip through the calls', () => {
  it('exports, imports and shows every segment translated', async () => {
    const before = await ok(app, 'getTranslationStatus', copy());
    expect(before.counts.missing).toBe(before.segments.length);
    expect(before.complete).toBe(false);
    const exported = await ok(app, 'exportTranslation', copy());
    expect(exported.fileName).toMatch(/^confer-translation-pl-[0-9a-f]{8}\.xlf$/u);
    expect(exported.fileName).not.toMatch(/Hale|Cara/u);
    expect(exported.xliff).toContain(KEPT_FROM_GUS);
    const imported = await ok(app, 'importTranslation', { ...copy(), xliff: fill(exported.xliff) });
    expect(imported.imported).toBe(exported.segments);
    expect(imported.status.complete).toBe(true);
    expect(imported.status.segments.find((s) => s.id === `action:${ids.action}:what`)).toMatchObject({ state: 'translated', target: 'PL The worker visits every ten working days' });
    const audit = app.db.prepare("SELECT action FROM audit_event WHERE entity = 'translation' ORDER BY rowid").pluck().all();
    expect(audit).toEqual(['export', 'import']);
  });

  it('marks a segment whose English changed as needing translation again, and the chair may leave it in English', async () => {
    const exported = await ok(app, 'exportTranslation', copy());
    await ok(app, 'importTranslation', { ...copy(), xliff: fill(exported.xliff) });
    await ok(app, 'saveAction', { conferenceId: conference.id, id: ids.action, outcomeId: ids.outcome, what: 'The worker visits every week', dueDate: '2026-04-02' });
    const status = await ok(app, 'getTranslationStatus', copy());
    const id = `action:${ids.action}:what`;
    expect(status.segments.find((s) => s.id === id)?.state).toBe('needs-translation-again');
    expect(status.complete).toBe(false);
    const left = await ok(app, 'leaveInEnglish', { ...copy(), segmentId: id, leave: true });
    expect(left.segments.find((s) => s.id === id)?.state).toBe('left-in-english');
    expect(left.complete).toBe(true);
    const back = await ok(app, 'leaveInEnglish', { ...copy(), segmentId: id, leave: false });
    expect(back.segments.find((s) => s.id === id)?.state).toBe('needs-translation-again');
  });

  it('never exports what is kept from the recipient', async () => {
    const forGus = await ok(app, 'exportTranslation', copy(gus));
    expect(forGus.xliff).not.toContain('scared');
    expect(forGus.xliff).not.toContain(ids.statement);
    const status = await ok(app, 'getTranslationStatus', copy(gus));
    expect(status.segments.map((s) => s.source)).not.toContain(KEPT_FROM_GUS);
  });

  it('still takes translations once the conference is finalised: its documents are made after sign-off', async () => {
    for (const child of conference.children) {
      await ok(app, 'saveDecision', {
        conferenceId: conference.id, childId: child.id,
        decision: { testMet: false, limb: null, outcome: 'no-plan', instead: 'no-further-action', categories: [], chairReasons: 'No plan is needed.', agencyViews: [], familyViews: [] },
      });
    }
    const chair = await ok(app, 'createProfessional', { professional: { name: 'Pat Moss', role: 'Conference chair', agency: 'childrens-social-care' } });
    await ok(app, 'updateConferenceDetails', { conferenceId: conference.id, details: { ...conference.details, chairId: chair.id } });
    const exported = await ok(app, 'exportTranslation', copy());
    await finaliseHeld(app, conference.id);
    expect((await ok(app, 'getConference', { conferenceId: conference.id })).status).toBe('finalised');
    const imported = await ok(app, 'importTranslation', { ...copy(), xliff: fill(exported.xliff) });
    expect(imported.imported).toBeGreaterThan(0);
  });
});

describe('refusals change nothing', () => {
  async function expectRefusedUnchanged(input: unknown, message: RegExp) {
    const before = databaseSnapshot(app);
    const error = await refused(app, 'importTranslation', input);
    expect(error.kind).toBe('validation');
    expect(`${error.message} ${Object.values(error.fields ?? {}).join(' ')}`).toMatch(message);
    expect(databaseSnapshot(app)).toBe(before);
  }

  it('refuses a file for another conference, another recipient or another language', async () => {
    const other = await ok(app, 'createConference', { type: 'initial', scheduledDate: '2026-03-20', scheduledTime: '10:00', children: [{ status: 'born', givenName: 'Ivo', familyName: 'Lund', dateOfBirth: '2018-01-01' }] });
    const xliff = fill((await ok(app, 'exportTranslation', copy())).xliff);
    await expectRefusedUnchanged({ ...copy(), conferenceId: other.id, xliff }, /another conference/u);
    await expectRefusedUnchanged({ ...copy(gus), xliff }, /another person’s copy/u);
    await expectRefusedUnchanged({ ...copy(cara, 'ro'), xliff }, /another language/u);
  });

  it('refuses altered ids, changed English, a file not exported here, garbage and a huge file', async () => {
    const xliff = fill((await ok(app, 'exportTranslation', copy())).xliff);
    const exportId = /<file id="([^"]+)">/u.exec(xliff)![1]!;
    await expectRefusedUnchanged({ ...copy(), xliff: xliff.replace(`id="action:${ids.action}:what"`, `id="action:${randomUUID()}:what"`) }, /did not export/u);
    await expectRefusedUnchanged({ ...copy(), xliff: xliff.replace('<source>Nia and Owen feel safe at home', '<source>Nia and Owen feel unsafe') }, /changed/u);
    await expectRefusedUnchanged({ ...copy(), xliff: xliff.replaceAll(exportId, randomUUID()) }, /did not export this file/u);
    await expectRefusedUnchanged({ ...copy(), xliff: 'PK\u0003\u0004 not a file we know' }, /not an XLIFF 2 file/u);
    await expectRefusedUnchanged({ ...copy(), xliff: `${xliff}${' '.repeat(2_000_001)}` }, /too big/u);
    await expectRefusedUnchanged({ ...copy(), xliff: xliff.replace('<target>PL Nia', '<target>PL \u202ENia') }, /cannot be stored/u);
    await expectRefusedUnchanged({ ...copy(), xliff: xliff.replace(/<target>[^<]*<\/target>/gu, '') }, /no translations/u);
  });

  it('refuses wrong types on every translation call, clearly', async () => {
    const wrong: [string, unknown][] = [
      ['exportTranslation', { conferenceId: 42, recipientId: cara, language: 'pl' }],
      ['exportTranslation', { ...copy(), language: 'en-GB' }],
      ['exportTranslation', { ...copy(), language: '../../etc' }],
      ['getTranslationStatus', { ...copy(), recipientId: ['x'] }],
      ['getTranslationStatus', { ...copy(), extra: true }],
      ['importTranslation', { ...copy(), xliff: { nested: 'object' } }],
      ['importTranslation', { ...copy() }],
      ['leaveInEnglish', { ...copy(), segmentId: 'DROP TABLE', leave: true }],
      ['leaveInEnglish', { ...copy(), segmentId: `action:${ids.action}:what`, leave: 'yes' }],
      ['leaveInEnglish', { ...copy(), segmentId: `action:${randomUUID()}:what`, leave: true }],
      ['getTranslationStatus', { ...copy(), recipientId: randomUUID() }],
    ];
    const before = databaseSnapshot(app);
    for (const [name, input] of wrong) {
      const error = await refused(app, name as 'exportTranslation', input);
      expect(error.kind, name).toBe('validation');
      expect(error.message.length).toBeGreaterThan(0);
    }
    expect(databaseSnapshot(app)).toBe(before);
  });
});

describe('the translated copy for the bilingual composition', () => {
  it('is refused until every part is translated or left in English, then holds the translations', async () => {
    // The use cases read the database only: a context with the database and a clock is enough here.
    const context = { db: app.db, now: () => new Date(), actor: 'test-user', newId: () => randomUUID() } as unknown as Parameters<typeof translatedCopy>[0];
    const english = () => recipientCopy(gatherDocumentSource(context, conference.id), cara);
    expect(() => translatedCopy(context, english(), cara, 'pl')).toThrow(/cannot be made in two languages yet/u);
    const exported = await ok(app, 'exportTranslation', copy());
    await ok(app, 'importTranslation', { ...copy(), xliff: fill(exported.xliff) });
    const { copy: translated } = translatedCopy(context, english(), cara, 'pl');
    expect(translated.source.decisionRecord.actions[0]?.what).toBe('PL The worker visits every ten working days');
    expect(translated.source.conference).toEqual(english().source.conference);
  });
});
