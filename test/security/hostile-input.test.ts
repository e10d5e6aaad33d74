import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConferenceDetail } from '../../shared/conference/details';
import { CALL_NAMES, type CallName } from '../../shared/contract/contract';
import { startTestApplication, trusted } from '../support/app';
import { databaseSnapshot, ok, refused } from '../support/calls';

/**
 * At least 10,000 random and malformed payloads through the same wrapper IPC and HTTP use, to
 * every call. Each gets a value or a clear refusal (never an internal error, never a crash), and a
 * refused call changes nothing in the database.
 */
const RUNS = 10_000;

let app: ReturnType<typeof startTestApplication>;
let example: ConferenceDetail;
beforeAll(async () => {
  app = startTestApplication();
  example = await ok(app, 'loadExampleConference', {});
});
afterAll(() => app.dispose());

const HOSTILE_STRINGS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'; DROP TABLE conference; --",
  "Robert'); DELETE FROM child; --",
  '\u0000\u0001\u0007\u001b[31m',
  '\u202Eevil\u202C',
  'مرحبا بالعائلة',
  '👪🧒🏽‍♀️',
  '../../etc/passwd',
  '__proto__',
  'constructor',
  '9'.repeat(400),
  ' ',
  '',
];

const hostileString = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 6, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.constant('x'.repeat(1_000_001)) },
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.anything({ maxDepth: 3, withBigInt: false, withMap: false, withSet: false, withDate: false, withTypedArray: false, withSparseArray: false }),
  fc.constantFrom(null, undefined, 0, -1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER, true, [], {}),
  fc.constant(randomUUID()),
);

/** A valid input for each call, built from the example, so mutations reach deep validation. */
function validInput(name: CallName): Record<string, unknown> {
  const child = example.children[0]?.id;
  const member = example.familyMembers[0]?.id;
  const invitation = example.invitations[0]?.id;
  const agendaItem = example.agenda[0]?.id;
  const professional = example.invitations.flatMap((i) => (i.invitee.kind === 'professional' ? [i.invitee.professionalId] : []))[0];
  const conferenceId = example.id;
  const inputs: Partial<Record<CallName, Record<string, unknown>>> = {
    createConference: { type: 'initial', scheduledDate: '2026-03-19', scheduledTime: '10:00', children: [{ status: 'born', givenName: 'A', familyName: 'B', dateOfBirth: '2020-01-01' }] },
    getConference: { conferenceId },
    updateConferenceDetails: { conferenceId, details: { ...example.details } },
    addChild: { conferenceId, child: { givenName: 'A', familyName: 'B', dateOfBirth: '2020-01-01' } },
    updateChild: { childId: child, child: { givenName: 'Ruby', familyName: 'Price', dateOfBirth: '2016-11-02' } },
    recordBirth: { childId: child, givenName: 'A', dateOfBirth: '2026-08-07' },
    removeChild: { childId: child },
    addFamilyMember: { conferenceId, member: { kind: 'friend', givenName: 'A', familyName: 'B', livesInHousehold: false } },
    updateFamilyMember: { familyMemberId: member, member: { kind: 'friend', givenName: 'A', familyName: 'B', livesInHousehold: false } },
    removeFamilyMember: { familyMemberId: member },
    createProfessional: { professional: { name: 'A', role: 'B', agency: 'police' } },
    updateProfessional: { professionalId: professional, professional: { name: 'A', role: 'B', agency: 'police' } },
    invite: { kind: 'professional', conferenceId, professionalId: professional },
    setInvitationResponse: { invitationId: invitation, response: 'apologies' },
    removeInvitation: { invitationId: invitation },
    saveAgencyReport: { conferenceId, professionalId: professional, sharedWithFamily: 'not-yet' },
    setAgenda: { conferenceId, items: example.agenda },
    saveContribution: { id: randomUUID(), conferenceId, agendaItemId: agendaItem, speaker: { kind: 'chair' }, kind: 'information', text: 'Text', spokenAt: '10:00' },
    setCurrentAgendaItem: { conferenceId, agendaItemId: agendaItem },
    recordAttendance: { invitationId: invitation, mode: 'online' },
    recordAttendanceTable: { conferenceId, rows: [{ invitationId: invitation, mode: 'online' }] },
    saveChildVoice: { id: randomUUID(), conferenceId, childId: child, method: 'written' },
    saveRestrictedPart: { id: randomUUID(), conferenceId, reason: 'risk', startedAt: '10:00' },
    saveExclusion: { id: randomUUID(), conferenceId, familyMemberId: member, grounds: 'child-asked', startedAt: '10:00', viewsPresentedBy: 'In writing' },
    keepForAmendment: { conferenceId, id: randomUUID(), section: 'minutes', entityId: null, original: '', correction: 'Typed after sign-off.' },
    getKeptForAmendment: { conferenceId },
    discardKeptForAmendment: { conferenceId, id: randomUUID() },
  };
  return inputs[name] ?? {};
}

/** Replaces one field (or the whole input) with something hostile. */
const payload = fc.tuple(fc.constantFrom(...CALL_NAMES), fc.nat(), hostileValue, fc.integer({ min: 0, max: 3 })).map(([name, pick, value, mode]) => {
  if (mode === 0) return { name, input: value };
  const input = structuredClone(validInput(name));
  const keys = Object.keys(input);
  const key = keys[pick % Math.max(keys.length, 1)] ?? 'extra';
  const target = mode === 2 && typeof input[key] === 'object' && input[key] !== null ? (input[key] as Record<string, unknown>) : input;
  const innerKeys = Object.keys(target);
  target[innerKeys[pick % Math.max(innerKeys.length, 1)] ?? key] = value;
  if (mode === 3) target[`unexpected${pick % 5}`] = value;
  return { name, input };
});

function totalChanges(): number {
  return app.db.prepare('SELECT total_changes()').pluck().get() as number;
}

describe('hostile input over the contract', () => {
  it(`answers ${RUNS.toLocaleString('en-GB')} random and malformed payloads with a value or a clear refusal that changes nothing`, async () => {
    const outcomes = { ok: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(payload, async ({ name, input }) => {
        const before = totalChanges();
        const result = await app.dispatch(name, input, trusted);
        if (result.ok) {
          outcomes.ok++;
          return;
        }
        outcomes.refused++;
        expect(['validation', 'not-found', 'conflict', 'locked'], `${name}: ${result.error.message}`).toContain(result.error.kind);
        expect(result.error.message.length).toBeLessThan(400);
        expect(totalChanges(), `${name} was refused but changed the database`).toBe(before);
      }),
      { numRuns: RUNS },
    );
    expect(outcomes.refused).toBeGreaterThan(RUNS / 2);
    expect(outcomes.ok).toBeGreaterThan(0);
    expect(app.db.pragma('integrity_check', { simple: true })).toBe('ok');
  }, 300_000);
});

/** Every character that sets the direction of text: embeddings and overrides, then isolates. */
const EMBEDDINGS_AND_OVERRIDES = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E'];
const ISOLATES = ['\u2066', '\u2067', '\u2068', '\u2069'];
const DIRECTION_MESSAGE = 'hidden characters that change the direction of the text';
const BROKEN_MESSAGE = 'a broken character that cannot be stored';
/** Half a character: a lone high or low surrogate, at the end or in the middle. */
const BROKEN = ['Ruby\uD83D', 'Ru\uDE00by', '\uD800', 'Ruby \uDFFF Price'];

describe('text that would show as something other than what is stored', () => {
  it('issue 14 item 13: a name or short field with a direction control or half a character is refused with a clear message, and nothing changes', async () => {
    const child = example.children[0]!;
    const member = example.familyMembers[0]!;
    const professional = example.invitations.flatMap((i) => (i.invitee.kind === 'professional' ? [i.invitee.professionalId] : []))[0];
    const saves: ((text: string) => [CallName, unknown])[] = [
      (text) => ['updateChild', { childId: child.id, child: { givenName: text, familyName: 'Price', dateOfBirth: '2016-11-02' } }],
      (text) => ['addChild', { conferenceId: example.id, child: { givenName: 'Ruby', familyName: text, dateOfBirth: '2016-11-02' } }],
      (text) => ['updateFamilyMember', { familyMemberId: member.id, member: { kind: 'friend', givenName: text, familyName: 'Price', livesInHousehold: false } }],
      (text) => ['createProfessional', { professional: { name: text, role: 'Social worker', agency: 'police' } }],
      (text) => ['updateProfessional', { professionalId: professional, professional: { name: 'Priya Anand', role: text, agency: 'police' } }],
    ];
    const hostile = [
      ...[...EMBEDDINGS_AND_OVERRIDES, ...ISOLATES].flatMap((control) => [{ text: `Ruby${control}`, message: DIRECTION_MESSAGE }, { text: `${control}ybuR${control === '\u202E' ? '\u202C' : ''}`, message: DIRECTION_MESSAGE }]),
      ...BROKEN.map((text) => ({ text, message: BROKEN_MESSAGE })),
    ];
    const before = databaseSnapshot(app);
    for (const save of saves) {
      for (const { text, message } of hostile) {
        const [name, input] = save(text);
        const error = await refused(app, name, input);
        expect(error.kind, `${name} ${JSON.stringify(text)}`).toBe('validation');
        expect(Object.values(error.fields ?? {}).join(' '), `${name} ${JSON.stringify(text)}`).toContain(message);
      }
    }
    expect(databaseSnapshot(app)).toBe(before);
    // The same names, typed plainly (in any script), are saved.
    await ok(app, 'updateChild', { childId: child.id, child: { givenName: 'Rūby مريم', familyName: 'Price', dateOfBirth: '2016-11-02' } });
  });

  it('issue 14 item 13: long text refuses half a character and direction overrides, with a clear message, and keeps isolates', async () => {
    const agendaItem = example.agenda[0]!.id;
    const contribution = (text: string) => ({ id: randomUUID(), conferenceId: example.id, agendaItemId: agendaItem, speaker: { kind: 'chair' }, kind: 'information', text, spokenAt: '10:00' });
    const childVoice = (words: string) => ({ id: randomUUID(), conferenceId: example.id, childId: example.children[0]!.id, method: 'written', words });
    const before = databaseSnapshot(app);
    const hostile: [string, string][] = [...EMBEDDINGS_AND_OVERRIDES.map((control): [string, string] => [`She said it was ${control}fine`, DIRECTION_MESSAGE]), ...BROKEN.map((text): [string, string] => [text, BROKEN_MESSAGE])];
    for (const [text, message] of hostile) {
      for (const [name, input] of [['saveContribution', contribution(text)], ['saveChildVoice', childVoice(text)]] as const) {
        const error = await refused(app, name, input);
        expect(error.kind, `${name} ${JSON.stringify(text)}`).toBe('validation');
        expect(Object.values(error.fields ?? {}).join(' '), `${name} ${JSON.stringify(text)}`).toContain(message);
      }
    }
    expect(databaseSnapshot(app)).toBe(before);
    // Isolates set a run apart without reordering its letters, and come with text copied from messaging apps.
    const isolated = 'Message from \u2068Ruby\u2069: \u2067أريد أن أعود إلى البيت\u2069';
    await ok(app, 'saveContribution', contribution(isolated));
    await ok(app, 'saveChildVoice', childVoice(isolated));
  });
});
