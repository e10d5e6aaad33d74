import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REFUSALS } from '../../db/handover/check';
import { isCarried, unclassifiedTables } from '../../db/handover/family-tables';
import { openPackage, sealPackage } from '../../electron/handlers/handover-package';
import type { ConferenceDetail } from '../../shared/conference/details';
import { startTestApplication } from '../support/app';
import { databaseSnapshot, ok, refused } from '../support/calls';
import { sealVersion1Package } from '../support/handover-v1';
import { anInitialConference } from '../support/builders';

let minuteTaker: ReturnType<typeof startTestApplication>;
let chair: ReturnType<typeof startTestApplication>;
let example: ConferenceDetail;
const passphrase = 'kettle harbour violet';

beforeEach(async () => {
  minuteTaker = startTestApplication();
  chair = startTestApplication();
  example = await ok(minuteTaker, 'loadExampleConference', {});
  await ok(minuteTaker, 'saveContribution', {
    id: randomUUID(), conferenceId: example.id, agendaItemId: example.agenda[3]?.id, speaker: { kind: 'chair' },
    kind: 'information', text: 'Jordan is released under investigation.', spokenAt: '10:40',
    restriction: { level: 'not-for-family', reason: 'police-investigation' },
  });
});
afterEach(() => {
  minuteTaker.dispose();
  chair.dispose();
});

describe('handover between laptops', () => {
  it('moves a conference, with its family, network, professionals and minutes, to another copy', async () => {
    // Another family on the minute-taker's laptop must not travel with it.
    await ok(minuteTaker, 'createConference', anInitialConference({ children: [{ status: 'born', givenName: 'Other', familyName: 'Family', dateOfBirth: '2015-01-01' }] }));
    const pack = await ok(minuteTaker, 'exportHandover', { conferenceId: example.id, passphrase });
    expect(pack.fileName).toMatch(/^confer-handover-\d{4}-\d{2}-\d{2}\.confer$/);
    expect(Buffer.from(pack.content, 'base64').toString('latin1')).not.toContain('Danielle');

    const result = await ok(chair, 'importHandover', { content: pack.content, passphrase });
    expect(result.conferenceId).toBe(example.id);
    const imported = await ok(chair, 'getConference', { conferenceId: example.id });
    const original = await ok(minuteTaker, 'getConference', { conferenceId: example.id });
    expect(imported).toEqual(original);
    expect((await ok(chair, 'getCapture', { conferenceId: example.id })).contributions[0]).toMatchObject({
      text: 'Jordan is released under investigation.',
      restriction: { level: 'not-for-family', reason: 'police-investigation' },
    });
    expect((await ok(chair, 'listConferences', {})).map((c) => c.id)).toEqual([example.id]);
  });

  it('imports the same package twice without duplicating anything', async () => {
    const pack = await ok(minuteTaker, 'exportHandover', { conferenceId: example.id, passphrase });
    await ok(chair, 'importHandover', { content: pack.content, passphrase });
    const before = databaseSnapshot(chair);
    const again = await ok(chair, 'importHandover', { content: pack.content, passphrase });
    expect(again.newRecords).toBe(0);
    expect(databaseSnapshot(chair)).toBe(before);
  });

  it('refuses a wrong passphrase, a damaged or an altered package, and changes nothing', async () => {
    const pack = await ok(minuteTaker, 'exportHandover', { conferenceId: example.id, passphrase });
    const bytes = Buffer.from(pack.content, 'base64');
    const altered = Buffer.from(bytes);
    altered[altered.length - 20] = (altered[altered.length - 20] ?? 0) ^ 0x01;
    const truncated = bytes.subarray(0, bytes.length - 100);
    const before = databaseSnapshot(chair);
    for (const [content, phrase] of [
      [pack.content, 'the wrong passphrase'],
      [altered.toString('base64'), passphrase],
      [truncated.toString('base64'), passphrase],
      [Buffer.from('not a package at all').toString('base64'), passphrase],
    ] as const) {
      const error = await refused(chair, 'importHandover', { content, passphrase: phrase });
      expect(error.message).toMatch(/passphrase is wrong, or the file is damaged or has been changed/);
    }
    expect(databaseSnapshot(chair)).toBe(before);
  });

  it('asks for a passphrase long enough to protect the records', async () => {
    const error = await refused(minuteTaker, 'exportHandover', { conferenceId: example.id, passphrase: 'short' });
    expect(error.fields?.['passphrase']).toMatch(/at least 12 characters/);
  });
});

/** A package's contents, as the sealing code writes them. */
interface Contents {
  familyId: string;
  conferenceId: string;
  tables: Record<string, Record<string, unknown>[]>;
}

/** A crafted package: a real one opened, changed, and sealed again with the real sealing code. */
function craft(content: string, change: (contents: Contents) => void): string {
  const contents = openPackage(Buffer.from(content, 'base64'), passphrase) as Contents;
  change(contents);
  return sealPackage(contents, passphrase).toString('base64');
}

const auditCount = (app: ReturnType<typeof startTestApplication>) => app.db.prepare('SELECT count(*) FROM audit_event').pluck().get() as number;
const rowsOf = (contents: Contents, table: string) => contents.tables[table] ?? (contents.tables[table] = []);
const first = (contents: Contents, table: string) => {
  const row = rowsOf(contents, table)[0];
  if (!row) throw new Error(`The package has no ${table} rows.`);
  return row;
};

/** Imports a crafted package and expects it refused as a whole, with this message, changing nothing. */
async function expectRefused(content: string, message: string) {
  const before = databaseSnapshot(chair);
  const audit = auditCount(chair);
  const error = await refused(chair, 'importHandover', { content, passphrase });
  expect(error.kind).toBe('conflict');
  expect(error.message).toBe(message);
  expect(databaseSnapshot(chair)).toBe(before);
  expect(auditCount(chair)).toBe(audit);
}

describe('issue 14 item 3: a handover package brings only its family’s own records', () => {
  let pack: string;
  beforeEach(async () => {
    pack = (await ok(minuteTaker, 'exportHandover', { conferenceId: example.id, passphrase })).content;
  });

  it('issue 14 item 3: a package cannot write rows for another family', async () => {
    const other = await ok(chair, 'createConference', anInitialConference());
    const agendaItemId = other.agenda[0]?.id;
    // A child for the family already on the chair's laptop…
    await expectRefused(
      craft(pack, (contents) => rowsOf(contents, 'child').push({ ...first(contents, 'child'), id: randomUUID(), family_id: other.familyId })),
      REFUSALS.notTheFamily,
    );
    // …a contribution to its conference…
    await expectRefused(
      craft(pack, (contents) => rowsOf(contents, 'contribution').push({ ...first(contents, 'contribution'), id: randomUUID(), conference_id: other.id, agenda_item_id: agendaItemId })),
      REFUSALS.notTheFamily,
    );
    // …or its child, claimed for this family by keeping the child's own id.
    await expectRefused(
      craft(pack, (contents) => rowsOf(contents, 'child').push({ ...first(contents, 'child'), id: other.children[0]?.id })),
      REFUSALS.someoneElse,
    );
    expect((await ok(chair, 'listConferences', {})).map((c) => c.id)).toEqual([other.id]);
  });

  it('issue 14 item 3: a package cannot change another family’s conference to finalised', async () => {
    const other = await ok(chair, 'createConference', anInitialConference());
    const finalisedCopy = (contents: Contents, familyId: string) =>
      rowsOf(contents, 'conference').push({ ...first(contents, 'conference'), id: other.id, family_id: familyId, status: 'finalised', finalised_at: '2026-03-19T12:00:00.000Z', finalised_by: 'someone' });
    await expectRefused(craft(pack, (contents) => finalisedCopy(contents, contents.familyId)), REFUSALS.someoneElse);
    await expectRefused(craft(pack, (contents) => finalisedCopy(contents, other.familyId)), REFUSALS.notTheFamily);
    expect((await ok(chair, 'getConference', { conferenceId: other.id })).status).toBe('draft');
  });

  it('issue 14 item 3: a package cannot add text to a finalised conference', async () => {
    const finalised = await ok(minuteTaker, 'loadExampleConference', { stage: 'finalised' });
    const sealed = (await ok(minuteTaker, 'exportHandover', { conferenceId: finalised.id, passphrase })).content;
    await ok(chair, 'importHandover', { content: sealed, passphrase });
    const added = (contents: Contents) =>
      rowsOf(contents, 'contribution').push({ ...first(contents, 'contribution'), id: randomUUID(), text: 'Added after sign-off.' });
    await expectRefused(craft(sealed, added), REFUSALS.finalisedHere);
    // Not with a retention removal to make the sign-off lock stand aside either.
    await expectRefused(
      craft(sealed, (contents) => {
        contents.tables = { retention_removal: [{ conference_id: finalised.id }], ...contents.tables };
        added(contents);
      }),
      REFUSALS.notCarried,
    );
    expect(chair.db.prepare("SELECT count(*) FROM contribution WHERE text = 'Added after sign-off.'").pluck().get()).toBe(0);
  });

  it('issue 14 item 3: a package cannot set the app-lock passphrase', async () => {
    const content = craft(pack, (contents) => {
      contents.tables['app_lock'] = [{ id: 1, salt: '00'.repeat(16), hash: '00'.repeat(64), set_at: '2026-03-19T09:00:00.000Z' }];
    });
    await expectRefused(content, REFUSALS.notCarried);
    expect(chair.db.prepare('SELECT count(*) FROM app_lock').pluck().get()).toBe(0);
  });

  it('issue 14 item 3: a package cannot insert control rows (retention removals, case-management exports, settings, the audit trail, derived tables)', async () => {
    const control: Record<string, Record<string, unknown>> = {
      retention_removal: { conference_id: example.id },
      cms_export: { conference_id: example.id, exported_at: '2026-03-19T09:00:00.000Z', exported_by: 'someone' },
      authority_settings: { id: 1, settings: '{}', updated_at: '2026-03-19T09:00:00.000Z' },
      audit_event: { seq: 1, at: '2026-03-19T09:00:00.000Z', actor: 'someone', action: 'delete', entity: 'conference', entity_id: example.id, conference_id: example.id },
      agenda_template_item: { conference_type: 'initial', position: 0, kind: 'welcome', title: 'Welcome', planned_minutes: 5 },
      search_entry: { doc: 1, kind: 'conference', entity_id: example.id, family_id: null, conference_id: example.id, restriction_level: 'none' },
      conference_deadline: { conference_id: example.id, next_due: null, next_key: null, stale: 0 },
      sqlite_sequence: { name: 'audit_event', seq: 0 },
    };
    for (const [table, row] of Object.entries(control)) {
      await expectRefused(craft(pack, (contents) => (contents.tables[table] = [row])), REFUSALS.notCarried);
    }
  });

  it('issue 14 item 3: every row is checked against its table, and its JSON against the contract’s schemas', async () => {
    const changes: ((contents: Contents) => void)[] = [
      (contents) => (first(contents, 'child')['position'] = 'first'),
      (contents) => (first(contents, 'child')['nickname'] = 'Rubes'),
      (contents) => delete first(contents, 'child')['given_name'],
      (contents) => (first(contents, 'child')['given_name'] = null),
      (contents) => (first(contents, 'family_member')['id'] = 'not-an-id'),
      (contents) => (first(contents, 'contribution')['restriction'] = JSON.stringify({ level: 'secret' })),
      (contents) => (first(contents, 'contribution')['speaker'] = 'chair'),
      (contents) => (first(contents, 'invitation')['direct_contact'] = 0.5),
    ];
    for (const change of changes) await expectRefused(craft(pack, change), REFUSALS.shape);
  });

  it('issue 14 item 3: a package is about one family, and brings only the professionals its records point at', async () => {
    await expectRefused(craft(pack, (contents) => rowsOf(contents, 'family').push({ id: randomUUID(), created_at: '2026-03-19T09:00:00.000Z' })), REFUSALS.notTheFamily);
    await expectRefused(craft(pack, (contents) => (contents.familyId = randomUUID())), REFUSALS.notTheFamily);
    await expectRefused(
      craft(pack, (contents) => rowsOf(contents, 'professional').push({ ...first(contents, 'professional'), id: randomUUID(), name: 'Someone unrelated' })),
      REFUSALS.notTheFamily,
    );
    // A row that hangs from nothing in the package.
    await expectRefused(
      craft(pack, (contents) => rowsOf(contents, 'contribution_version').push({ contribution_id: randomUUID(), version: 1, text: 'Orphan.', kind: 'information', restriction: '{"level":"none"}', edited_by: 'x', edited_at: 'now' })),
      REFUSALS.notTheFamily,
    );
  });

  it('issue 14 item 3: importing the same package twice, finalised conference included, adds and changes nothing and says so', async () => {
    const finalised = await ok(minuteTaker, 'loadExampleConference', { stage: 'finalised' });
    await ok(minuteTaker, 'amendConference', { conferenceId: finalised.id, id: randomUUID(), section: 'decision', correction: 'Leo’s category is emotional abuse.', reason: 'Typing error.' });
    const sealed = (await ok(minuteTaker, 'exportHandover', { conferenceId: finalised.id, passphrase })).content;
    const firstTime = await ok(chair, 'importHandover', { content: sealed, passphrase });
    expect(firstTime).toMatchObject({ conferenceId: finalised.id, alreadyHere: false });
    expect(firstTime.newRecords).toBeGreaterThan(0);
    expect(await ok(chair, 'getDecisionRecord', { conferenceId: finalised.id })).toEqual(await ok(minuteTaker, 'getDecisionRecord', { conferenceId: finalised.id }));

    const before = databaseSnapshot(chair);
    const again = await ok(chair, 'importHandover', { content: sealed, passphrase });
    expect(again).toEqual({ conferenceId: finalised.id, newRecords: 0, alreadyHere: true });
    expect(databaseSnapshot(chair)).toBe(before);
  });

  it('carries only the family’s tables: a mark of export to the case-management system stays behind', async () => {
    const finalised = await ok(minuteTaker, 'loadExampleConference', { stage: 'finalised' });
    await ok(minuteTaker, 'markExportedToCms', { conferenceId: finalised.id });
    const sealed = (await ok(minuteTaker, 'exportHandover', { conferenceId: finalised.id, passphrase })).content;
    const contents = openPackage(Buffer.from(sealed, 'base64'), passphrase) as Contents;
    expect(Object.keys(contents.tables).filter((table) => !isCarried(table))).toEqual([]);
    expect(contents.tables['cms_export']).toBeUndefined();
    await ok(chair, 'importHandover', { content: sealed, passphrase });
    expect(chair.db.prepare('SELECT count(*) FROM cms_export').pluck().get()).toBe(0);
  });

  it('every table is either carried by a handover or deliberately left behind', () => {
    expect(unclassifiedTables(chair.db)).toEqual([]);
  });
});

describe('issue 14 item 10: the key is derived with scrypt, its parameters in the header', () => {
  it('issue 14 item 10: a package is sealed with scrypt N ≥ 2^17, and N, r, p and the salt are in its header', async () => {
    const pack = await ok(minuteTaker, 'exportHandover', { conferenceId: example.id, passphrase });
    const file = Buffer.from(pack.content, 'base64');
    expect(file.subarray(0, 17).toString('ascii')).toBe('CONFER-HANDOVER-2');
    const [N, r, p, saltBytes] = [file.readUInt32BE(17), file.readUInt8(21), file.readUInt8(22), file.readUInt8(23)];
    expect(N).toBeGreaterThanOrEqual(2 ** 17);
    expect([r, p]).toEqual([8, 1]);
    expect(saltBytes).toBeGreaterThanOrEqual(16);
    expect(await ok(chair, 'importHandover', { content: pack.content, passphrase })).toMatchObject({ conferenceId: example.id, alreadyHere: false });
  });

  it('issue 14 item 10: a package made before, with the old parameters and none in its header, still opens', async () => {
    const pack = await ok(minuteTaker, 'exportHandover', { conferenceId: example.id, passphrase });
    const contents = openPackage(Buffer.from(pack.content, 'base64'), passphrase);
    const old = sealVersion1Package(contents, passphrase).toString('base64');
    const imported = await ok(chair, 'importHandover', { content: old, passphrase });
    expect(imported).toMatchObject({ conferenceId: example.id, alreadyHere: false });
    expect(await ok(chair, 'getConference', { conferenceId: example.id })).toEqual(await ok(minuteTaker, 'getConference', { conferenceId: example.id }));
    expect((await refused(chair, 'importHandover', { content: old, passphrase: 'the wrong passphrase' })).message).toMatch(/passphrase is wrong/);
  });

  it('refuses a header whose parameters were changed, or that asks for more memory than a package may', async () => {
    const pack = await ok(minuteTaker, 'exportHandover', { conferenceId: example.id, passphrase });
    const before = databaseSnapshot(chair);
    // r, p, N lowered to 2^16, N not a power of two, N = 2^18 (more memory than a package may ask for), N far too large.
    for (const [offset, value] of [[21, 9], [22, 2], [18, 0x01], [19, 0x01], [18, 0x04], [17, 0x40]] as const) {
      const changed = Buffer.from(pack.content, 'base64');
      changed.writeUInt8(value, offset);
      const error = await refused(chair, 'importHandover', { content: changed.toString('base64'), passphrase });
      expect(error.message).toMatch(/passphrase is wrong, or the file is damaged or has been changed/);
    }
    expect(databaseSnapshot(chair)).toBe(before);
  });
});
