/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser.)
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Capture } from '../../shared/capture/schema';
import type { ConferenceDetail } from '../../shared/conference/details';
import { expectNoAxeViolations } from './browser';
import { useJourney } from './journey';
import { activate, isFocused, reach, typeInto } from './keyboard';

// Issue 15, items 7 to 10: where focus lands after an action, one error summary for every form,
// the attendance table saved at once, and people shown with their roles. An invented family: Wren
// and Ash Okafor, their mother Bea, and Femi Adeyemi, Wren's stepfather and Ash's father.

const journey = useJourney('confer-e2e-edges-');
const STEPFATHER_ROLE = 'Stepfather of Wren Okafor; father of Ash Okafor';

let conferenceId = '';

async function call<T>(name: string, input: unknown): Promise<T> {
  const result = (await journey.post(name, input)) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`${name} was refused: ${result.error.message}`);
  return result.value;
}

beforeAll(async () => {
  const created = await call<ConferenceDetail>('createConference', {
    type: 'initial',
    scheduledDate: '2026-06-11',
    scheduledTime: '13:30',
    children: [
      { status: 'born', givenName: 'Wren', familyName: 'Okafor', dateOfBirth: '2016-04-09' },
      { status: 'born', givenName: 'Ash', familyName: 'Okafor', dateOfBirth: '2021-10-30' },
    ],
  });
  conferenceId = created.id;
  const [wren, ash] = created.children;
  const relation = (childId: string | undefined, relationship: string) => ({ childId, relationship, parentalResponsibility: true });
  await call('addFamilyMember', {
    conferenceId,
    member: { kind: 'parent-or-carer', givenName: 'Bea', familyName: 'Okafor', livesInHousehold: true, relationships: [relation(wren?.id, 'Mother'), relation(ash?.id, 'Mother')] },
  });
  const withFemi = await call<ConferenceDetail>('addFamilyMember', {
    conferenceId,
    member: { kind: 'parent-or-carer', givenName: 'Femi', familyName: 'Adeyemi', livesInHousehold: true, relationships: [relation(wren?.id, 'Stepfather'), relation(ash?.id, 'Father')] },
  });
  const bea = withFemi.familyMembers.find((m) => m.givenName === 'Bea');
  await call('invite', { kind: 'family-member', conferenceId, familyMemberId: bea?.id });
  const professionals = [
    { name: 'Priti Sandhu', role: 'Social worker', agency: 'childrens-social-care' },
    { name: 'PC Lewis Grant', role: 'Police officer', agency: 'police' },
    { name: 'Oona Blake', role: 'Health visitor', agency: 'health-visiting' },
    { name: 'Marta Kowal', role: 'Minute-taker', agency: 'business-support' },
  ];
  for (const professional of professionals) {
    const made = await call<{ id: string }>('createProfessional', { professional });
    await call('invite', { kind: 'professional', conferenceId, professionalId: made.id });
  }
});

async function open(page: Page, section: string): Promise<void> {
  await page.goto(journey.host.url);
  await page.getByRole('heading', { name: 'Conferences', level: 1 }).waitFor();
  await page.evaluate((hash) => (window.location.hash = hash), section === 'capture' ? `#/conferences/${conferenceId}/capture` : `#/conferences/${conferenceId}/${section}`);
}

const focusedText = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? '');
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** The element with focus is on the screen, not scrolled out of sight above or below. */
const focusInView = (page: Page) =>
  page.evaluate(() => {
    const box = document.activeElement?.getBoundingClientRect();
    return Boolean(box && box.top >= -1 && box.top < window.innerHeight);
  });

/** Arrow keys move through a radio group, as a keyboard user chooses; Space makes sure of the choice. */
async function chooseRadio(page: Page, radio: Locator): Promise<void> {
  for (let presses = 0; presses < 10 && !(await isFocused(radio)); presses++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await expect.poll(() => radio.isChecked()).toBe(true);
}

async function chooseOption(page: Page, select: Locator, label: string): Promise<void> {
  await reach(page, select);
  const { from, to } = await select.evaluate((element, wanted) => {
    const options = Array.from((element as HTMLSelectElement).options);
    return { from: (element as HTMLSelectElement).selectedIndex, to: options.findIndex((o) => o.label === wanted) };
  }, label);
  if (to < 0) throw new Error(`No option ${label}`);
  for (let i = 0; i < Math.abs(to - from); i++) await page.keyboard.press(to > from ? 'ArrowDown' : 'ArrowUp');
}

describe('one error summary for every form (item 8)', () => {
  it('on the Family page a refused save brings the summary into view with focus, and its link reaches the field', async () => {
    const page = await journey.newPage();
    await open(page, 'family');
    await page.getByRole('heading', { name: 'Children', level: 2 }).waitFor();
    await activate(page, page.getByRole('button', { name: 'Add a person' }));
    await expect.poll(() => focusedId(page)).toBe('field-new-member-kind');
    await activate(page, page.getByRole('button', { name: 'Add person' }));
    const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'There is a problem' }) });
    await summary.waitFor();
    await expect.poll(() => isFocused(summary)).toBe(true);
    expect(await focusInView(page)).toBe(true);
    expect(await summary.innerText()).toContain('Choose who this person is to the family.');
    // Each error is beside its field too.
    expect(await page.locator('.field__error').first().innerText()).toContain('Choose who this person is to the family.');
    await expectNoAxeViolations(page, 'family (refused save, summary)');
    // The link takes focus to the answer (a radio group: its first radio), with it on screen.
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedText(page)).toBe('Choose who this person is to the family.');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('radio');
    expect(await focusInView(page)).toBe(true);
    await page.context().close();
  });

  it('on the invitations page a refused invitation is summarised and focused the same way', async () => {
    const page = await journey.newPage();
    await open(page, 'invitations');
    await activate(page, page.getByRole('button', { name: 'Invite a family member' }));
    await activate(page, page.getByRole('button', { name: 'Invite', exact: true }));
    const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'There is a problem' }) });
    await expect.poll(() => isFocused(summary)).toBe(true);
    expect(await focusInView(page)).toBe(true);
    expect(await summary.innerText()).toContain('Choose who to invite from the family.');
    await page.context().close();
  });
});

describe('focus after an action lands somewhere that says what happened (item 7)', () => {
  it('inviting the last family member: focus on the line that says everyone is invited', async () => {
    const page = await journey.newPage();
    await open(page, 'invitations');
    await activate(page, page.getByRole('button', { name: 'Invite a family member' }));
    await chooseOption(page, page.getByLabel('Family member', { exact: true }), 'Femi Adeyemi (Parent or carer)');
    await activate(page, page.getByRole('button', { name: 'Invite', exact: true }));
    await expect.poll(() => focusedText(page)).toMatch(/^Everyone recorded in the family network is already invited\./);
    await expect.poll(() => page.getByRole('status').first().innerText()).toBe('Femi Adeyemi is invited.');
    await expectNoAxeViolations(page, 'invitations (everyone invited)');
    await page.context().close();
  });

  it('opening and saving a decision, and cancelling one', async () => {
    const page = await journey.newPage();
    await open(page, 'decision');
    await page.getByRole('heading', { name: 'Decisions', level: 2 }).waitFor();
    // Opening: focus on the form's first answer, not the page.
    await activate(page, page.getByRole('button', { name: 'Record the decision for Wren Okafor' }));
    const form = page.getByRole('form', { name: 'Decision for Wren Okafor' });
    const outcome = form.getByRole('group', { name: 'Decision', exact: true });
    await expect.poll(() => isFocused(outcome)).toBe(true);
    // Cancelling: back on the button that opened it.
    await activate(page, form.getByRole('button', { name: 'Cancel' }));
    await expect.poll(() => focusedText(page)).toBe('Record the decision for Wren Okafor');
    await page.keyboard.press('Enter');
    await expect.poll(() => isFocused(outcome)).toBe(true);
    await chooseRadio(page, form.getByRole('radio', { name: 'No child protection plan' }));
    await reach(page, form.getByRole('group', { name: 'Is the test for a child protection plan met?' }));
    await chooseRadio(page, form.getByRole('radio', { name: 'No', exact: true }));
    await typeInto(page, form.getByLabel('The chair’s decision and reasons'), 'The worries are being met with family help; the test is not met.');
    await expectNoAxeViolations(page, 'decision (form open)');
    // Refused (what happens instead is missing): the summary takes focus, in view, linked to the answer.
    await activate(page, form.getByRole('button', { name: 'Save the decision for Wren Okafor' }));
    const summary = form.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'There is a problem' }) });
    await expect.poll(() => isFocused(summary)).toBe(true);
    expect(await focusInView(page)).toBe(true);
    await expectNoAxeViolations(page, 'decision (refused)');
    await activate(page, summary.getByRole('link', { name: 'Say what happens instead: a family help plan, or no further action.' }));
    const familyHelp = form.getByRole('radio', { name: 'A family help plan (child in need)' });
    await expect.poll(() => isFocused(familyHelp)).toBe(true);
    await page.keyboard.press('Space');
    // Saving: focus on the child's name, over the decision now shown.
    await activate(page, form.getByRole('button', { name: 'Save the decision for Wren Okafor' }));
    await page.getByRole('button', { name: 'Change the decision for Wren Okafor' }).waitFor();
    await expect.poll(() => focusedText(page)).toBe('Wren Okafor');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H3');
    await page.context().close();
  });

  it('ending a restricted part and saving a child’s views', async () => {
    const page = await journey.newPage();
    await open(page, 'capture');
    await activate(page, page.getByRole('button', { name: 'Start a restricted part' }));
    await expect.poll(() => focusedId(page)).toBe('part-reason');
    await page.keyboard.press('ArrowDown');
    await activate(page, page.getByRole('button', { name: 'Start the restricted part' }));
    await page.getByRole('heading', { name: /^Restricted part in progress since/ }).waitFor();
    await activate(page, page.getByRole('button', { name: 'End the restricted part' }));
    await expect.poll(() => focusedText(page)).toMatch(/^The restricted part ended at \d\d:\d\d\. New contributions are marked/);
    await expectNoAxeViolations(page, 'capture (restricted part ended)');

    await activate(page, page.getByRole('tab', { name: 'Minutes' }));
    await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { name: 'The child’s voice' }).waitFor();
    const wren = page.getByRole('form', { name: 'Wren Okafor' });
    // A refused save here too: the summary at the top of the form, focused, linked to the answer.
    await activate(page, wren.getByRole('button', { name: 'Save Wren Okafor’s views' }));
    const summary = wren.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'There is a problem' }) });
    await expect.poll(() => isFocused(summary)).toBe(true);
    expect(await focusInView(page)).toBe(true);
    await expectNoAxeViolations(page, 'capture (child’s views refused)');
    await activate(page, summary.getByRole('link', { name: 'Choose how the child’s views were gathered.' }));
    await expect.poll(() => isFocused(wren.getByLabel('How the child’s views were gathered'))).toBe(true);
    await chooseOption(page, wren.getByLabel('How the child’s views were gathered'), 'Three Houses');
    await typeInto(page, wren.getByLabel('The child’s own words'), 'My house of worries is the shouting.');
    await activate(page, wren.getByRole('button', { name: 'Save Wren Okafor’s views' }));
    await expect.poll(() => page.getByTestId('capture-status').innerText()).toBe('Wren Okafor’s views saved.');
    await expect.poll(() => focusedText(page)).toBe('Wren Okafor');
    await page.context().close();
  });
});

describe('the attendance table (item 9)', () => {
  it('is saved with one Save; a wrong row refuses the table and nothing is saved', async () => {
    const page = await journey.newPage();
    await open(page, 'capture');
    await activate(page, page.getByRole('tab', { name: 'Minutes' }));
    await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { name: 'Attendance', level: 2 }).waitFor();
    expect(await page.getByRole('button', { name: /^Save attendance/ }).count()).toBe(1);

    await chooseOption(page, page.getByLabel('How Bea Okafor attended'), 'In person');
    await typeInto(page, page.getByLabel('Arrived (Bea Okafor)'), '1325');
    await typeInto(page, page.getByLabel('Parts attended (Bea Okafor)'), 'All of it, and her own part after the police information');
    await chooseOption(page, page.getByLabel('How Priti Sandhu attended'), 'Online');
    await typeInto(page, page.getByLabel('Arrived (Priti Sandhu)'), '1330');
    await typeInto(page, page.getByLabel('Left (Priti Sandhu)'), '1300');
    await chooseOption(page, page.getByLabel('How Marta Kowal attended'), 'In person');
    await activate(page, page.getByRole('button', { name: 'Save attendance', exact: true }));

    const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'There is a problem' }) });
    await expect.poll(() => isFocused(summary)).toBe(true);
    expect(await focusInView(page)).toBe(true);
    expect(await summary.innerText()).toContain('Nothing in the table was saved.');
    expect(await summary.innerText()).toContain('Priti Sandhu: They cannot leave before they arrived.');
    expect((await call<Capture>('getCapture', { conferenceId })).attendance).toEqual([]);
    await expectNoAxeViolations(page, 'attendance (refused)');

    // The summary's link goes to Priti's Left field; put it right and save the table once.
    await reach(page, summary.getByRole('link', { name: 'Priti Sandhu: They cannot leave before they arrived.' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toMatch(/-leftAt$/);
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('14:40');
    await activate(page, page.getByRole('button', { name: 'Save attendance', exact: true }));
    await expect.poll(() => page.getByTestId('capture-status').innerText()).toBe('Attendance saved for 3 people.');
    expect(await summary.count()).toBe(0);
    const saved = (await call<Capture>('getCapture', { conferenceId })).attendance;
    expect(saved.map((a) => [a.mode, a.arrivedAt, a.leftAt]).sort()).toEqual([
      ['in-person', null, null],
      ['in-person', '13:25', null],
      ['online', '13:30', '14:40'],
    ]);

    // "Parts attended" shows its phrase whole.
    const parts = page.getByLabel('Parts attended (Bea Okafor)');
    const fits = await parts.evaluate((box) => ({ wide: box.clientWidth >= 330, whole: box.scrollHeight <= box.clientHeight + 1 && box.scrollWidth <= box.clientWidth }));
    expect(fits).toEqual({ wide: true, whole: true });
    await expectNoAxeViolations(page, 'attendance (saved)');

    await page.reload();
    await page.getByRole('tab', { name: 'Attendance, exclusions and the child’s voice' }).waitFor();
    await page.context().close();
  });
});

describe('people shown with their roles (item 10)', () => {
  it('the stepfather by name and role on the minutes screen, in attendance and the core group; the minute-taker not as "Other"', async () => {
    const page = await journey.newPage();
    await open(page, 'capture');
    const here = page.locator('.capture-speakers');
    await here.waitFor();
    const femi = here.getByRole('button', { name: /Femi Adeyemi/ });
    expect(await femi.innerText()).toContain(STEPFATHER_ROLE);
    expect(await here.getByRole('button', { name: /Bea Okafor/ }).innerText()).toContain('Mother');
    const marta = await here.getByRole('button', { name: /Marta Kowal/ }).innerText();
    expect(marta).toContain('Minute-taking and business support');
    expect(marta).not.toContain('Other');

    await activate(page, page.getByRole('tab', { name: 'Minutes' }));
    await page.keyboard.press('ArrowRight');
    const row = page.getByRole('row', { name: /Femi Adeyemi/ });
    expect(await row.getByRole('rowheader').innerText()).toContain(STEPFATHER_ROLE);

    await open(page, 'plan');
    const coreGroup = page.getByRole('group', { name: 'Core group members' });
    await coreGroup.waitFor();
    expect(await coreGroup.getByRole('checkbox', { name: `Femi Adeyemi (${STEPFATHER_ROLE})` }).count()).toBe(1);
    expect(await coreGroup.getByRole('checkbox', { name: 'Stepfather', exact: true }).count()).toBe(0);
    await page.context().close();
  });
});
