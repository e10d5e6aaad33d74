import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConferenceDetail } from '../../shared/conference/details';
import { DEFAULT_AUTHORITY_SETTINGS } from '../../shared/authority/settings';
import { anInitialConference } from '../support/builders';
import { startTestApplication } from '../support/app';
import { databaseSnapshot, ok, refused } from '../support/calls';
import { recordExampleDecisions } from '../decision/example';

let app: ReturnType<typeof startTestApplication>;
beforeEach(() => {
  app = startTestApplication();
});
afterEach(() => app.dispose());

const UNKNOWN = '6f1c7a4e-4a8e-4a38-9b0e-3f1f2c6a9d10';

async function conference(): Promise<ConferenceDetail> {
  return ok(app, 'createConference', anInitialConference());
}

async function professional(name: string, agency: string) {
  return ok(app, 'createProfessional', { professional: { name, role: 'Practitioner', agency } });
}

function details(c: ConferenceDetail, change: Record<string, unknown> = {}) {
  return { conferenceId: c.id, details: { ...c.details, ...change } };
}

async function finalise(c: ConferenceDetail) {
  app.db.prepare("UPDATE conference SET status = 'finalised', held_date = scheduled_date, held_time = scheduled_time WHERE id = ?").run(c.id);
}

describe('conference details', () => {
  it('saves the details, the chair and the independence declaration', async () => {
    const c = await conference();
    const chair = await professional('Priya Anand', 'childrens-social-care');
    const lead = await professional('Tom Reeves', 'childrens-social-care');
    const saved = await ok(app, 'updateConferenceDetails', details(c, {
      triggerDate: '2026-03-02', mode: 'hybrid', venue: 'Civic Centre', chairId: chair.id, leadPractitionerId: lead.id,
      chairInStrategyDiscussion: true, chairInSection47Enquiry: false, chairDeclaration: 'Chaired the strategy discussion only.',
    }));
    expect(saved.details).toMatchObject({ mode: 'hybrid', chairInStrategyDiscussion: true, chairInSection47Enquiry: false });
    expect(saved.chair?.name).toBe('Priya Anand');
    expect(saved.leadPractitioner?.name).toBe('Tom Reeves');
    expect(saved.dueDate).toBe('2026-03-23');
  });

  it('refuses a strategy discussion after the conference, beside the field, and changes nothing', async () => {
    const c = await conference();
    const before = databaseSnapshot(app);
    const error = await refused(app, 'updateConferenceDetails', details(c, { triggerDate: '2026-04-01' }));
    expect(error.fields?.['triggerDate']).toMatch(/on or before the conference date/);
    expect(databaseSnapshot(app)).toBe(before);
  });

  it('refuses a review dated before its previous conference', async () => {
    const c = await conference();
    const error = await refused(app, 'updateConferenceDetails', details(c, { type: 'review', triggerDate: '2026-06-04' }));
    expect(error.fields?.['triggerDate']).toMatch(/previous conference must be before/);
  });

  it('needs a reason to hold the conference after its due date', async () => {
    const c = await conference();
    const late = details(c, { triggerDate: '2026-02-02' });
    const error = await refused(app, 'updateConferenceDetails', late);
    expect(error.fields?.['delayReason']).toMatch(/reason for the delay/);
    const saved = await ok(app, 'updateConferenceDetails', { ...late, details: { ...late.details, delayReason: 'Police availability; agreed with the manager.' } });
    expect(saved.needsDelayReason).toBe(true);
  });

  it('refuses unknown professionals and the same person as chair and case-holder', async () => {
    const c = await conference();
    const chair = await professional('Priya Anand', 'childrens-social-care');
    const error = await refused(app, 'updateConferenceDetails', details(c, { chairId: chair.id, leadPractitionerId: chair.id, minuteTakerId: UNKNOWN }));
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(['leadPractitionerId', 'minuteTakerId']);
  });

  it('cannot change a finalised conference', async () => {
    const c = await conference();
    await finalise(c);
    const error = await refused(app, 'updateConferenceDetails', details(c, { venue: 'Elsewhere' }));
    expect(error.kind).toBe('locked');
    expect((await refused(app, 'addChild', { conferenceId: c.id, child: { familyName: 'Mills', expectedDeliveryDate: '2026-08-10' } })).kind).toBe('locked');
    expect((await refused(app, 'setAgenda', { conferenceId: c.id, items: [{ kind: 'other', title: 'Chat', plannedMinutes: 5 }] })).kind).toBe('locked');
  });

  it('refuses oversized text with a clear limit', async () => {
    const c = await conference();
    const error = await refused(app, 'updateConferenceDetails', details(c, { venue: 'x'.repeat(1_000_000) }));
    expect(error.fields?.['details.venue']).toMatch(/at most 200 characters/);
  });
});

describe('the family: children', () => {
  it('adds a child with their details', async () => {
    const c = await conference();
    const saved = await ok(app, 'addChild', { conferenceId: c.id, child: { givenName: 'Sam', familyName: 'Mills', dateOfBirth: '2019-01-05', schoolOrSetting: 'Hollins Lane Primary', firstLanguage: 'English', communicationNeeds: 'Uses Makaton' } });
    expect(saved.children.at(-1)).toMatchObject({ displayName: 'Sam Mills', schoolOrSetting: 'Hollins Lane Primary', communicationNeeds: 'Uses Makaton' });
  });

  it('records an unborn baby’s birth, keeping the expected date', async () => {
    const c = await conference();
    const unborn = c.children.find((child) => child.isUnborn);
    const saved = await ok(app, 'recordBirth', { childId: unborn?.id, givenName: 'Rosie', dateOfBirth: '2026-08-07' });
    expect(saved.children.find((child) => child.id === unborn?.id)).toMatchObject({ displayName: 'Rosie Mills', isUnborn: false, dateOfBirth: '2026-08-07', expectedDeliveryDate: '2026-08-10' });
    expect((await refused(app, 'recordBirth', { childId: unborn?.id, givenName: 'Rosie', dateOfBirth: '2026-08-07' })).kind).toBe('conflict');
  });

  it('refuses a birth date in the future', async () => {
    const c = await conference();
    const ruby = c.children[0];
    const error = await refused(app, 'updateChild', { childId: ruby?.id, child: { givenName: 'Ruby', familyName: 'Price', dateOfBirth: '2099-01-01' } });
    expect(error.fields?.['dateOfBirth']).toMatch(/cannot be in the future/);
  });

  it('needs a date of birth or an expected date', async () => {
    const c = await conference();
    const error = await refused(app, 'addChild', { conferenceId: c.id, child: { givenName: 'Sam', familyName: 'Mills' } });
    expect(error.fields?.['child.dateOfBirth']).toMatch(/expected date of delivery/);
  });

  it('removes a child, but never the last one', async () => {
    const c = await ok(app, 'createConference', anInitialConference({ children: [{ status: 'born', givenName: 'Ruby', familyName: 'Price', dateOfBirth: '2016-11-02' }] }));
    const added = await ok(app, 'addChild', { conferenceId: c.id, child: { givenName: 'Leo', familyName: 'Mills', dateOfBirth: '2021-06-14' } });
    const afterRemoval = await ok(app, 'removeChild', { childId: added.children[1]?.id });
    expect(afterRemoval.children.map((child) => child.displayName)).toEqual(['Ruby Price']);
    expect((await refused(app, 'removeChild', { childId: afterRemoval.children[0]?.id })).kind).toBe('conflict');
  });

  it.each(['updateChild', 'recordBirth', 'removeChild'] as const)('%s says clearly when the child does not exist', async (name) => {
    const input = { childId: UNKNOWN, givenName: 'A', dateOfBirth: '2020-01-01', child: { givenName: 'A', familyName: 'B', dateOfBirth: '2020-01-01' } };
    const error = await refused(app, name, name === 'removeChild' ? { childId: UNKNOWN } : name === 'recordBirth' ? { childId: UNKNOWN, givenName: 'A', dateOfBirth: '2020-01-01' } : { childId: UNKNOWN, child: input.child });
    expect(error.kind).toBe('not-found');
  });
});

describe('the family: parents, carers and the network', () => {
  const danielle = (childIds: string[]) => ({
    kind: 'parent-or-carer', givenName: 'Danielle', familyName: 'Price', livesInHousehold: true,
    contactDetails: 'Refuge address', contactDetailsConfidential: true,
    relationships: childIds.map((childId) => ({ childId, relationship: 'Mother', parentalResponsibility: true })),
  });

  it('adds a parent with their relationship to each child and confidential contact details', async () => {
    const c = await conference();
    const saved = await ok(app, 'addFamilyMember', { conferenceId: c.id, member: danielle(c.children.map((child) => child.id)) });
    const member = saved.familyMembers[0];
    expect(member).toMatchObject({ displayName: 'Danielle Price', livesInHousehold: true, contactDetailsConfidential: true });
    expect(member?.relationships).toHaveLength(3);
  });

  it('updates and removes a family member', async () => {
    const c = await conference();
    const added = await ok(app, 'addFamilyMember', { conferenceId: c.id, member: danielle([]) });
    const id = added.familyMembers[0]?.id;
    const updated = await ok(app, 'updateFamilyMember', { familyMemberId: id, member: { ...danielle([c.children[0]?.id ?? '']), livesInHousehold: false } });
    expect(updated.familyMembers[0]).toMatchObject({ livesInHousehold: false, relationships: [{ relationship: 'Mother' }] });
    const removed = await ok(app, 'removeFamilyMember', { familyMemberId: id });
    expect(removed.familyMembers).toEqual([]);
  });

  it('refuses a relationship to a child of another family, and changes nothing', async () => {
    const c = await conference();
    const other = await conference();
    const before = databaseSnapshot(app);
    const error = await refused(app, 'addFamilyMember', { conferenceId: c.id, member: danielle([other.children[0]?.id ?? '']) });
    expect(error.fields?.['relationships.0.childId']).toMatch(/this family’s children/);
    expect(databaseSnapshot(app)).toBe(before);
  });
});

describe('professionals', () => {
  it('are kept once and listed by name', async () => {
    await professional('Tom Reeves', 'childrens-social-care');
    await professional('Grace Morgan', 'health-visiting');
    const list = await ok(app, 'listProfessionals', {});
    expect(list.map((p) => p.name)).toEqual(['Grace Morgan', 'Tom Reeves']);
  });

  it('can be corrected', async () => {
    const tom = await professional('Tom Reeves', 'childrens-social-care');
    const updated = await ok(app, 'updateProfessional', { professionalId: tom.id, professional: { name: 'Tom Reeves', role: 'Social worker', agency: 'childrens-social-care', email: 'tom.reeves@northmere.example' } });
    expect(updated.email).toBe('tom.reeves@northmere.example');
  });

  it('refuses an agency that is not on the list and a malformed email', async () => {
    const error = await refused(app, 'createProfessional', { professional: { name: 'A', role: 'B', agency: 'fire-brigade', email: 'not an email' } });
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(['professional.agency', 'professional.email']);
  });
});

describe('invitations and quoracy', () => {
  it('is quorate with children’s social care and two other agencies with direct contact attending', async () => {
    const c = await conference();
    let detail = c;
    for (const [name, agency] of [['Tom Reeves', 'childrens-social-care'], ['DC Hannah Cole', 'police'], ['Grace Morgan', 'health-visiting']] as const) {
      const p = await professional(name, agency);
      detail = await ok(app, 'invite', { kind: 'professional', conferenceId: c.id, professionalId: p.id, directContact: true });
      const invitation = detail.invitations.find((i) => i.invitee.kind === 'professional' && i.invitee.professionalId === p.id);
      detail = await ok(app, 'setInvitationResponse', { invitationId: invitation?.id, response: 'attending-in-person' });
    }
    expect(detail.quoracy.quorate).toBe(true);
    const police = detail.invitations.find((i) => i.invitee.kind === 'professional' && i.invitee.agency === 'police');
    detail = await ok(app, 'setInvitationResponse', { invitationId: police?.id, response: 'apologies' });
    expect(detail.quoracy).toMatchObject({ quorate: false, needsReason: true });
    detail = await ok(app, 'removeInvitation', { invitationId: police?.id });
    expect(detail.invitations).toHaveLength(2);
  });

  it('does not invite the same person twice', async () => {
    const c = await conference();
    const tom = await professional('Tom Reeves', 'childrens-social-care');
    await ok(app, 'invite', { kind: 'professional', conferenceId: c.id, professionalId: tom.id });
    expect((await refused(app, 'invite', { kind: 'professional', conferenceId: c.id, professionalId: tom.id })).kind).toBe('conflict');
  });

  it('invites only this family’s members', async () => {
    const c = await conference();
    const other = await conference();
    const withMember = await ok(app, 'addFamilyMember', { conferenceId: other.id, member: { kind: 'family-network', givenName: 'Carol', familyName: 'Price', livesInHousehold: false } });
    const error = await refused(app, 'invite', { kind: 'family-member', conferenceId: c.id, familyMemberId: withMember.familyMembers[0]?.id });
    expect(error.kind).toBe('not-found');
  });
});

describe('agency reports', () => {
  it('flags a report shared with the family after the deadline', async () => {
    const c = await conference();
    await ok(app, 'updateConferenceDetails', details(c, { triggerDate: '2026-03-02' }));
    const grace = await professional('Grace Morgan', 'health-visiting');
    const tom = await professional('Tom Reeves', 'childrens-social-care');
    await ok(app, 'saveAgencyReport', { conferenceId: c.id, professionalId: tom.id, receivedDate: '2026-03-12', sharedWithFamily: 'yes', sharedDate: '2026-03-13' });
    const saved = await ok(app, 'saveAgencyReport', { conferenceId: c.id, professionalId: grace.id, receivedDate: '2026-03-13', sharedWithFamily: 'yes', sharedDate: '2026-03-17' });
    expect(saved.reports.map((r) => [r.author, r.late])).toEqual([['Tom Reeves', false], ['Grace Morgan', true]]);
    expect(saved.deadlines.find((d) => d.key === 'reports-to-family')).toMatchObject({ due: '2026-03-16', status: 'done', doneLate: true });
  });

  it('keeps one report per professional: saving again updates it', async () => {
    const c = await conference();
    const grace = await professional('Grace Morgan', 'health-visiting');
    await ok(app, 'saveAgencyReport', { conferenceId: c.id, professionalId: grace.id, sharedWithFamily: 'not-yet' });
    const saved = await ok(app, 'saveAgencyReport', { conferenceId: c.id, professionalId: grace.id, receivedDate: '2026-03-13', sharedWithFamily: 'no', notSharedReason: 'Third-party information.' });
    expect(saved.reports).toHaveLength(1);
    expect(saved.reports[0]).toMatchObject({ sharedWithFamily: 'no', notSharedReason: 'Third-party information.' });
    const removed = await ok(app, 'removeAgencyReport', { reportId: saved.reports[0]?.id });
    expect(removed.reports).toEqual([]);
  });

  it('needs a date when shared and a reason when not, and no sharing before receipt', async () => {
    const c = await conference();
    const grace = await professional('Grace Morgan', 'health-visiting');
    const base = { conferenceId: c.id, professionalId: grace.id };
    expect((await refused(app, 'saveAgencyReport', { ...base, sharedWithFamily: 'yes' })).fields).toHaveProperty('sharedDate');
    expect((await refused(app, 'saveAgencyReport', { ...base, sharedWithFamily: 'in-part', sharedDate: '2026-03-13' })).fields).toHaveProperty('notSharedReason');
    expect((await refused(app, 'saveAgencyReport', { ...base, receivedDate: '2026-03-14', sharedWithFamily: 'yes', sharedDate: '2026-03-13' })).fields).toHaveProperty('sharedDate');
  });
});

describe('the agenda', () => {
  it('starts from the built-in agenda for the type of conference', async () => {
    const c = await conference();
    expect(c.agenda.map((item) => item.kind)).toEqual([
      'welcome', 'confidentiality', 'reports', 'family-views', 'child-views', 'agency-information', 'analysis', 'decision', 'plan', 'next-steps',
    ]);
  });

  it('can be edited per conference, and an existing item keeps its id', async () => {
    const c = await conference();
    const items = c.agenda.map(({ id, kind, title, plannedMinutes }) => ({ id, kind, title, plannedMinutes }));
    items[0] = { ...items[0]!, title: 'Welcome', plannedMinutes: 5 };
    const saved = await ok(app, 'setAgenda', { conferenceId: c.id, items });
    expect(saved.agenda[0]).toMatchObject({ id: c.agenda[0]?.id, title: 'Welcome', plannedMinutes: 5 });
    expect((await refused(app, 'setAgenda', { conferenceId: c.id, items: [] })).kind).toBe('validation');
    const other = await conference();
    expect((await refused(app, 'setAgenda', { conferenceId: c.id, items: [other.agenda[0]] })).fields).toHaveProperty(['items.0.id']);
  });

  it('moves, adds and removes items, keeping the ids of those that stay', async () => {
    const c = await conference();
    const [first, second, ...rest] = c.agenda;
    const saved = await ok(app, 'setAgenda', { conferenceId: c.id, items: [second, first, { kind: 'other', title: 'Any other business', plannedMinutes: 5 }, ...rest.slice(1)] });
    expect(saved.agenda.map((item) => item.id).slice(0, 2)).toEqual([second?.id, first?.id]);
    expect(saved.agenda[2]).toMatchObject({ title: 'Any other business' });
    expect(saved.agenda.map((item) => item.id)).not.toContain(rest[0]?.id);
  });

  it('uses the authority’s template for new conferences of that type', async () => {
    const template = [{ kind: 'welcome', title: 'Hello and purpose', plannedMinutes: 10 }, { kind: 'progress', title: 'Progress', plannedMinutes: 30 }];
    expect(await ok(app, 'getAgendaTemplate', { conferenceType: 'review' })).toMatchObject({ isDefault: true });
    await ok(app, 'setAgendaTemplate', { conferenceType: 'review', items: template });
    const review = await ok(app, 'createConference', anInitialConference({ type: 'review' }));
    expect(review.agenda.map((item) => item.title)).toEqual(['Hello and purpose', 'Progress']);
    const initial = await conference();
    expect(initial.agenda).toHaveLength(10);
  });
});

describe('authority settings', () => {
  it('start as the defaults', async () => {
    expect(await ok(app, 'getAuthoritySettings', {})).toEqual(DEFAULT_AUTHORITY_SETTINGS);
  });

  it('change the timescales, and a bank holiday the authority adds moves the due date', async () => {
    const c = await conference();
    await ok(app, 'updateConferenceDetails', details(c, { triggerDate: '2026-03-02' }));
    await ok(app, 'updateAuthoritySettings', { settings: { ...DEFAULT_AUTHORITY_SETTINGS, extraBankHolidays: [{ date: '2026-03-10', name: 'Local closure' }] } });
    expect((await ok(app, 'getConference', { conferenceId: c.id })).dueDate).toBe('2026-03-24');
    await ok(app, 'updateAuthoritySettings', { settings: { ...DEFAULT_AUTHORITY_SETTINGS, initialConferenceWorkingDays: 10 } });
    expect((await ok(app, 'getConference', { conferenceId: c.id })).dueDate).toBe('2026-03-16');
  });

  it('refuse a nonsense value and change nothing', async () => {
    const before = databaseSnapshot(app);
    const error = await refused(app, 'updateAuthoritySettings', { settings: { ...DEFAULT_AUTHORITY_SETTINGS, initialConferenceWorkingDays: -3 } });
    expect(error.kind).toBe('validation');
    expect(databaseSnapshot(app)).toBe(before);
  });
});

describe('the example conference', () => {
  it('loads the Price and Mills family as the case describes', async () => {
    const example = await ok(app, 'loadExampleConference', {});
    expect(example.children.map((c) => c.displayName)).toEqual(['Ruby Price', 'Leo Mills', 'Unborn baby Mills']);
    expect(example.dueDate).toBe('2026-03-23');
    expect(example.quoracy.quorate).toBe(true);
    expect(example.chair?.name).toBe('Priya Anand');
    expect(example.reports.filter((r) => r.late).map((r) => r.author)).toEqual(['Grace Morgan']);
    expect(example.familyMembers.map((m) => m.displayName)).toEqual(['Danielle Price', 'Jordan Mills', 'Aaron Whitfield', 'Carol Price', 'Megan Price']);
  });

  it('reuses the professionals when loaded again', async () => {
    await ok(app, 'loadExampleConference', {});
    const count = (await ok(app, 'listProfessionals', {})).length;
    await ok(app, 'loadExampleConference', {});
    expect((await ok(app, 'listProfessionals', {})).length).toBe(count);
    expect(await ok(app, 'listConferences', {})).toHaveLength(2);
  });
});

describe('unknown ids', () => {
  it.each([
    ['getConference', { conferenceId: UNKNOWN }],
    ['updateConferenceDetails', { conferenceId: UNKNOWN, details: { type: 'initial', scheduledDate: '2026-03-19', scheduledTime: '10:00', mode: 'online', chairRoleLabel: 'LCPP' } }],
    ['addChild', { conferenceId: UNKNOWN, child: { familyName: 'Mills', expectedDeliveryDate: '2026-08-10' } }],
    ['updateFamilyMember', { familyMemberId: UNKNOWN, member: { kind: 'friend', givenName: 'A', familyName: 'B', livesInHousehold: false } }],
    ['removeFamilyMember', { familyMemberId: UNKNOWN }],
    ['updateProfessional', { professionalId: UNKNOWN, professional: { name: 'A', role: 'B', agency: 'police' } }],
    ['invite', { kind: 'professional', conferenceId: UNKNOWN, professionalId: UNKNOWN }],
    ['setInvitationResponse', { invitationId: UNKNOWN, response: 'apologies' }],
    ['removeInvitation', { invitationId: UNKNOWN }],
    ['saveAgencyReport', { conferenceId: UNKNOWN, professionalId: UNKNOWN, sharedWithFamily: 'not-yet' }],
    ['removeAgencyReport', { reportId: UNKNOWN }],
    ['setAgenda', { conferenceId: UNKNOWN, items: [{ kind: 'other', title: 'A', plannedMinutes: 1 }] }],
  ] as const)('%s says the record could not be found', async (name, input) => {
    expect((await refused(app, name, input)).kind).toBe('not-found');
  });
});

describe('records other parts of the record refer to', () => {
  it('a child with a decision cannot be removed, and the refusal says why', async () => {
    const example = await ok(app, 'loadExampleConference', {});
    await recordExampleDecisions(app, example);
    const before = databaseSnapshot(app);
    const error = await refused(app, 'removeChild', { childId: example.children[0]?.id });
    expect(error).toMatchObject({ kind: 'conflict', message: expect.stringContaining('has a decision recorded') });
    expect(databaseSnapshot(app)).toBe(before);
  });
});

describe('what needs attention once a conference is finalised', () => {
  it('counts a finalised conference as held, so its own deadline is met', async () => {
    const c = await conference();
    await ok(app, 'updateConferenceDetails', details(c, { triggerDate: '2026-03-02' }));
    expect((await ok(app, 'getConference', { conferenceId: c.id })).deadlines.find((d) => d.key === 'conference')?.status).toBe('overdue');
    expect((await ok(app, 'listConferences', {}))[0]?.attention).toMatchObject({ status: 'overdue' });
    await finalise(c);
    const held = await ok(app, 'getConference', { conferenceId: c.id });
    expect(held.deadlines.find((d) => d.key === 'conference')).toMatchObject({ status: 'done', doneLate: false });
    expect((await ok(app, 'listConferences', {}))[0]?.attention?.label).not.toBe('Conference held');
  });
});
