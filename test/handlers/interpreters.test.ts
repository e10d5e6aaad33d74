import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ConferenceDetail } from '../../shared/conference/details';
import { startTestApplication } from '../support/app';
import { databaseSnapshot, ok, refused } from '../support/calls';
import { giveInterpreterNeed } from '../support/interpreter-need';
import { pdfText } from '../support/pdf-checks';
import { makeTempDir } from '../support/temp-dir';

let app: ReturnType<typeof startTestApplication>;
let conference: ConferenceDetail;
let memberId: string;
beforeEach(async () => {
  app = startTestApplication();
  conference = await ok(app, 'loadExampleConference', { stage: 'held' });
  memberId = await giveInterpreterNeed(app, conference);
});
afterEach(() => app.dispose());

describe('interpreters where the meeting happens', () => {
  test('a member’s need shows in the capture as not booked, with their preferences, until it is booked', async () => {
    const before = await ok(app, 'getCapture', { conferenceId: conference.id });
    expect(before.interpreters).toEqual([
      { familyMemberId: memberId, memberName: conference.familyMembers[0]?.displayName, language: 'Tigrinya', dialect: '', preferences: 'a woman, never a family member', booked: false, name: '', present: null, leftForPartIds: [] },
    ]);
    const booked = await ok(app, 'saveInterpreter', { conferenceId: conference.id, familyMemberId: memberId, booked: true, name: 'Selam Haile' });
    expect(booked.interpreters[0]).toMatchObject({ booked: true, name: 'Selam Haile', present: null });
  });

  test('present, and out of the room for a restricted part: in the record with the preferences', async () => {
    const partId = randomUUID();
    await ok(app, 'saveRestrictedPart', { id: partId, conferenceId: conference.id, reason: 'police-investigation', startedAt: '10:40', endedAt: '10:50', whoLeftIds: [memberId] });
    await ok(app, 'saveInterpreter', { conferenceId: conference.id, familyMemberId: memberId, booked: true, name: 'Selam Haile', present: true, leftForPartIds: [partId] });
    const made = await ok(app, 'makeDocument', { conferenceId: conference.id, kind: 'record', printSize: 'standard' });
    const folder = makeTempDir('confer-interpreters-');
    try {
      const file = join(folder.path, 'record.pdf');
      writeFileSync(file, Buffer.from(made.pdfBase64, 'base64'));
      const text = pdfText(file).replace(/\s+/gu, ' ');
      const name = conference.familyMembers[0]?.displayName ?? '';
      // The attendance table's row (poppler reads its cells line by line): who, for whom, present, preferences.
      expect(text).toMatch(/Selam Haile Interpreter in Tigrinya for \S+ Present .*preferences: a woman, never a family member Quoracy/u);
      expect(text).toContain(`${name} and Selam Haile (interpreter for ${name}) left the room.`);
      expect(text).toContain('Needs an interpreter in Tigrinya; preferences: a woman, never a family member.');
    } finally {
      folder.remove();
    }
  }, 60_000);

  test('the family’s copies never carry interpreters or their preferences', async () => {
    await ok(app, 'saveInterpreter', { conferenceId: conference.id, familyMemberId: memberId, booked: true, name: 'Selam Haile' });
    const { recipients } = await ok(app, 'checkFamilyPlan', { conferenceId: conference.id, recipientId: null });
    const made = await ok(app, 'makeDocument', { conferenceId: conference.id, kind: 'family-plan', recipientId: recipients[0]!.id, printSize: 'standard' });
    const folder = makeTempDir('confer-interpreters-');
    try {
      const file = join(folder.path, 'plan.pdf');
      writeFileSync(file, Buffer.from(made.pdfBase64, 'base64'));
      expect(pdfText(file)).not.toContain('Selam Haile');
    } finally {
      folder.remove();
    }
  }, 60_000);

  const bad: readonly [string, (ids: { part: string }) => unknown, string][] = [
    ['a member of no family here', () => ({ familyMemberId: randomUUID(), booked: true }), 'familyMemberId'],
    ['a member with no interpreter need', () => ({ familyMemberId: conference.familyMembers[1]?.id, booked: true }), 'familyMemberId'],
    ['booked given as text', () => ({ familyMemberId: memberId, booked: 'yes' }), 'booked'],
    ['a name with a line break', () => ({ familyMemberId: memberId, booked: true, name: 'Selam\nHaile' }), 'name'],
    ['a huge name', () => ({ familyMemberId: memberId, booked: true, name: 'x'.repeat(5_000) }), 'name'],
    ['a part of no meeting', () => ({ familyMemberId: memberId, booked: true, present: true, leftForPartIds: [randomUUID()] }), 'leftForPartIds.0'],
    ['left the room without being present', ({ part }) => ({ familyMemberId: memberId, booked: true, present: false, leftForPartIds: [part] }), 'present'],
  ];
  for (const [what, input, field] of bad) {
    test(`${what} is refused, and nothing changes`, async () => {
      const part = randomUUID();
      await ok(app, 'saveRestrictedPart', { id: part, conferenceId: conference.id, reason: 'police-investigation', startedAt: '10:40', whoLeftIds: [] });
      await ok(app, 'saveInterpreter', { conferenceId: conference.id, familyMemberId: memberId, booked: false });
      const before = databaseSnapshot(app);
      const error = await refused(app, 'saveInterpreter', { conferenceId: conference.id, ...(input({ part }) as object) });
      expect(error.kind).toBe('validation');
      expect(Object.keys(error.fields ?? {})).toContain(field);
      expect(databaseSnapshot(app)).toBe(before);
    });
  }

  test('a finalised conference’s interpreter record is not changed', async () => {
    const finalised = await ok(app, 'loadExampleConference', { stage: 'finalised' });
    const id = await giveInterpreterNeed(app, finalised).catch(() => null);
    if (id === null) return; // the family page refuses changes to a finalised conference's family: nothing to book
    const before = databaseSnapshot(app);
    const error = await refused(app, 'saveInterpreter', { conferenceId: finalised.id, familyMemberId: id, booked: true });
    expect(error.kind).not.toBe('validation');
    expect(databaseSnapshot(app)).toBe(before);
  });
});
