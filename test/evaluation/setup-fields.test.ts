import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApplication } from '../support/app';
import { databaseSnapshot, ok, refused } from '../support/calls';

let app: ReturnType<typeof startTestApplication>;
beforeEach(() => {
  app = startTestApplication();
});
afterEach(() => app.dispose());

async function newConference() {
  return ok(app, 'createConference', {
    type: 'initial',
    scheduledDate: '2026-04-02',
    scheduledTime: '14:00',
    children: [{ status: 'born', givenName: 'Tomas', familyName: 'Wren', dateOfBirth: '2018-02-11' }],
  });
}

describe('the facts the evaluation needs, set up with the conference (migration 0029)', () => {
  it('keeps a child’s case-management person id and a conference’s team', async () => {
    const conference = await newConference();
    // The child as shown carries its id and display name too; the schema takes the details from it.
    const details = conference.children[0]!;
    const childId = details.id;
    const updated = await ok(app, 'updateChild', { childId, child: { ...details, cmsPersonId: ' LL-200417 ' } });
    expect(updated.children[0]?.cmsPersonId).toBe('LL-200417');
    const withTeam = await ok(app, 'updateConferenceDetails', { conferenceId: conference.id, details: { ...conference.details, team: 'Hartwell East' } });
    expect(withTeam.details.team).toBe('Hartwell East');
  });

  it('refuses a person id that is not an identifier, or too long, and changes nothing', async () => {
    const conference = await newConference();
    const details = conference.children[0]!;
    const childId = details.id;
    const before = databaseSnapshot(app);
    const words = await refused(app, 'updateChild', { childId, child: { ...details, cmsPersonId: 'Tomas Wren' } });
    expect(words.fields?.['child.cmsPersonId'] ?? words.fields?.['cmsPersonId']).toMatch(/letters, numbers/);
    const long = await refused(app, 'updateChild', { childId, child: { ...details, cmsPersonId: '1'.repeat(49) } });
    expect(long.kind).toBe('validation');
    const team = await refused(app, 'updateConferenceDetails', { conferenceId: conference.id, details: { ...conference.details, team: 'x'.repeat(81) } });
    expect(team.kind).toBe('validation');
    expect(databaseSnapshot(app)).toBe(before);
  });
});
