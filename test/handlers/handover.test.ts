import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConferenceDetail } from '../../shared/conference/details';
import { startTestApplication } from '../support/app';
import { databaseSnapshot, ok, refused } from '../support/calls';
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
