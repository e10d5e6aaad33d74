/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser.)
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, tabTo } from './browser';
import { useJourney } from './journey';

const journey = useJourney('confer-e2e-invitations-');
let conferenceId: string;

/** Calls the application as the web host's own page does, to set the scene quickly. */
async function call<T>(name: string, input: unknown): Promise<T> {
  const result = (await journey.post(name, input)) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
  return result.value;
}

beforeAll(async () => {
  // The example case's initial conference: Thu 19 Mar 2026, strategy discussion Mon 2 Mar 2026.
  const created = await call<{ id: string; details: Record<string, unknown> }>('createConference', {
    type: 'initial',
    scheduledDate: '2026-03-19',
    scheduledTime: '10:00',
    children: [{ status: 'born', givenName: 'Ruby', familyName: 'Price', dateOfBirth: '2016-11-02' }],
  });
  conferenceId = created.id;
  await call('updateConferenceDetails', { conferenceId, details: { ...created.details, triggerDate: '2026-03-02' } });
  await call('addFamilyMember', {
    conferenceId,
    member: { kind: 'parent-or-carer', givenName: 'Danielle', familyName: 'Price', livesInHousehold: true },
  });
});

/** The section has many controls: allow for a long walk with Tab, or Shift+Tab back up. */
async function focus(page: Page, target: Locator, reverse = false) {
  await tabTo(page, target, { reverse, maxPresses: 150 });
}

async function typeInto(page: Page, label: string, text: string) {
  await focus(page, page.getByLabel(label, { exact: true }));
  await page.keyboard.type(text);
}

/** Day, month and year boxes: Tab to the first, then type and Tab through the others. */
async function typeDate(page: Page, legend: string, [day, month, year]: [string, string, string]) {
  await focus(page, page.getByRole('group', { name: legend }).getByLabel('Day'));
  await page.keyboard.type(day);
  await page.keyboard.press('Tab');
  await page.keyboard.type(month);
  await page.keyboard.press('Tab');
  await page.keyboard.type(year);
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const quoracyTag = (page: Page) => page.locator('#quoracy-heading + p .tag').innerText();

interface NewProfessional {
  readonly name: string;
  readonly role: string;
  readonly agency: string;
  /** Typed into the closed agency list, which jumps to the first match (plain letters only). */
  readonly agencyKeys: string;
}

const TEAM: readonly NewProfessional[] = [
  { name: 'Tom Reeves', role: 'Social worker', agency: 'Children’s social care', agencyKeys: 'Children' },
  { name: 'DC Hannah Cole', role: 'Detective Constable', agency: 'Police', agencyKeys: 'Police' },
  { name: 'Grace Morgan', role: 'Health visitor', agency: 'Health visiting', agencyKeys: 'Health' },
  { name: 'Ian Foster', role: 'Designated safeguarding lead', agency: 'School or early years', agencyKeys: 'School or' },
];

async function addAndInvite(page: Page, professional: NewProfessional) {
  await expect.poll(() => page.getByRole('radio', { name: 'Add a new professional' }).isChecked()).toBe(true);
  await typeInto(page, 'Name', professional.name);
  await typeInto(page, 'Role', professional.role);
  const agency = page.getByLabel('Agency', { exact: true });
  await focus(page, agency);
  await page.keyboard.type(professional.agencyKeys);
  expect(await agency.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent)).toBe(professional.agency);
  await focus(page, page.getByRole('button', { name: 'Add and invite' }));
  await page.keyboard.press('Enter');
  await page.getByRole('row', { name: new RegExp(professional.name) }).waitFor();
}

async function answer(page: Page, name: string, arrowDowns: number, expected: string) {
  const select = page.getByLabel(`Answer from ${name}`);
  await focus(page, select, true);
  for (let i = 0; i < arrowDowns; i++) await page.keyboard.press('ArrowDown');
  await expect.poll(() => page.getByRole('status').innerText()).toContain(`Saved: ${name}, ${expected.toLowerCase()}`);
}

describe('invitations and reports, by keyboard alone', () => {
  it('invites the professionals, works out quoracy, flags a late report, and keeps it all', async () => {
    const page = await journey.newPage();
    await page.goto(journey.host.url);
    await page.getByRole('heading', { name: 'Conferences', level: 1 }).waitFor();
    await page.evaluate((id) => (window.location.hash = `#/conferences/${id}/invitations`), conferenceId);
    await page.getByRole('heading', { name: 'Who is invited', level: 2 }).waitFor();
    expect(await quoracyTag(page)).toBe('Not quorate');
    await expect.poll(() => page.getByText('Reports must reach the family by Mon 16 Mar 2026.').isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'invitations (empty)');

    // A new professional with nothing typed: every problem is listed, and focus goes to the list.
    await focus(page, page.getByRole('button', { name: 'Invite a professional' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('invite-professional-heading');
    await expect.poll(() => page.getByRole('radio', { name: 'Add a new professional' }).isChecked()).toBe(true);
    await focus(page, page.getByRole('button', { name: 'Add and invite' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    expect(await page.locator('.error-summary li').allInnerTexts()).toEqual(['Enter the name.', 'Enter the role.', 'Choose the agency from the list.']);
    await expectNoAxeViolations(page, 'invite a professional (with errors)');

    for (const professional of TEAM) await addAndInvite(page, professional);
    const tomRow = page.getByRole('row', { name: /Tom Reeves/ });
    expect(await tomRow.innerText()).toMatch(/Social worker, Children’s social care/);

    // A family member, from the family's adults not yet invited.
    await focus(page, page.getByRole('button', { name: 'Invite a family member' }), true);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('invite-family-member-heading');
    await focus(page, page.getByLabel('Family member', { exact: true }));
    await page.keyboard.type('Danielle');
    await focus(page, page.getByRole('button', { name: 'Invite', exact: true }));
    await page.keyboard.press('Enter');
    await page.getByRole('row', { name: /Danielle Price/ }).waitFor();
    expect(await page.getByRole('row', { name: /Danielle Price/ }).innerText()).toMatch(/Family/);
    await expect.poll(() => page.getByText('Everyone recorded in the family network is already invited.').isVisible()).toBe(true);

    // Answers are saved as they are chosen; quoracy follows.
    for (const { name } of TEAM) await answer(page, name, 1, 'Attending in person');
    await expect.poll(() => quoracyTag(page)).toBe('Quorate');
    expect(await page.locator('#quoracy-heading + p').innerText()).toContain('Children’s social care and 3 other agencies with direct contact are expected.');
    await expectNoAxeViolations(page, 'invitations (quorate)');

    await answer(page, 'Ian Foster', 2, 'Apologies');
    await answer(page, 'DC Hannah Cole', 2, 'Apologies');
    await expect.poll(() => quoracyTag(page)).toBe('Not quorate');
    const reasonLink = page.getByRole('link', { name: 'Record the reason on Overview and details' });
    expect(await reasonLink.getAttribute('href')).toBe(`#/conferences/${conferenceId}`);
    await focus(page, page.getByLabel('Answer from DC Hannah Cole'), true);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => quoracyTag(page)).toBe('Quorate');

    // Removing asks first; Escape changes nothing, "Yes, remove" removes.
    await focus(page, page.getByRole('button', { name: 'Remove Danielle Price' }), true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Yes, remove Danielle Price');
    await expectNoAxeViolations(page, 'invitations (confirming a removal)');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Remove Danielle Price');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Yes, remove Danielle Price');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('row', { name: /Danielle Price/ }).count()).toBe(0);
    await expect.poll(() => focusedId(page)).toBe('invitations-heading');

    // Grace's report: received 13 Mar, shared 17 Mar, a day after the 16 Mar deadline.
    await focus(page, page.getByRole('button', { name: 'Add a report' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('agency-report-heading');
    await focus(page, page.getByRole('button', { name: 'Save report' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    expect(await page.locator('.error-summary li').allInnerTexts()).toEqual([
      'Choose whose report this is.',
      'Choose whether the report was shared with the family.',
    ]);
    await expectNoAxeViolations(page, 'add a report (with errors)');

    await focus(page, page.getByLabel('Whose report is it?'));
    await page.keyboard.type('Grace');
    await typeDate(page, 'Date received', ['13', '3', '2026']);
    await focus(page, page.getByRole('radio', { name: 'Not shared yet' }));
    await page.keyboard.press('ArrowRight'); // Shared in full
    await expect.poll(() => page.getByRole('radio', { name: 'Shared in full' }).isChecked()).toBe(true);
    await typeDate(page, 'Date shared with the family', ['17', '3', '2026']);
    await focus(page, page.getByRole('button', { name: 'Save report' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('agency-reports-heading');
    const graceReport = page.getByRole('row', { name: /Grace Morgan/ }).filter({ hasText: 'Shared in full' });
    expect(await graceReport.innerText()).toMatch(/Health visiting\s+Fri 13 Mar 2026\s+Shared in full\s+Tue 17 Mar 2026 Late/);
    expect(await graceReport.locator('.tag--late').textContent()).toBe('Late: shared with the family after the deadline');
    await expectNoAxeViolations(page, 'invitations (with a late report)');

    // After a reload everything is still there, read back from the application.
    await page.reload();
    await page.getByRole('heading', { name: 'Who is invited', level: 2 }).waitFor();
    for (const { name } of TEAM) {
      const expected = name === 'Ian Foster' ? 'apologies' : 'attending-in-person';
      expect(await page.getByLabel(`Answer from ${name}`).inputValue()).toBe(expected);
    }
    expect(await page.getByLabel('Direct contact with the family: Grace Morgan').isChecked()).toBe(true);
    expect(await quoracyTag(page)).toBe('Quorate');
    expect(await page.getByRole('row', { name: /Grace Morgan/ }).filter({ hasText: 'Shared in full' }).innerText()).toMatch(/Late/);
    await page.context().close();
  });

  it('records whom an adviser supports, so only those people’s copies name her', async () => {
    const example = await call<{ id: string }>('loadExampleConference', {});
    const page = await journey.newPage();
    await page.goto(journey.host.url);
    await page.goto(`${journey.host.origin}/#/conferences/${example.id}/invitations`);
    const supports = page.getByRole('group', { name: 'Whom does Nadia Rahman support?' });
    await supports.waitFor();
    expect(await supports.innerText()).toContain('Now: Danielle Price.');
    await expectNoAxeViolations(page, 'invitations (whom each helper supports)');

    // Untick Danielle by keyboard: Nadia then supports the whole family, saved and said at once.
    const danielle = supports.getByLabel('Danielle Price');
    expect(await danielle.isChecked()).toBe(true);
    await focus(page, danielle);
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByRole('status').innerText()).toContain('Saved: Nadia Rahman supports the whole family.');
    const after = await call<{ invitations: { invitee: { name: string }; supportsFamilyMemberIds: string[] }[] }>('getConference', { conferenceId: example.id });
    expect(after.invitations.find((i) => i.invitee.name === 'Nadia Rahman')?.supportsFamilyMemberIds).toEqual([]);
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByRole('status').innerText()).toContain('Saved: Nadia Rahman supports Danielle Price.');
    await page.context().close();
  });
});
