/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser.)
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { NewConference } from '../../shared/conference/schema';
import { expectNoAxeViolations, tabTo } from './browser';
import { useJourney } from './journey';

const journey = useJourney('confer-family-e2e-');

/** Sets up a conference through the web host's API, as the New conference screen would. */
async function createConference(children: NewConference['children']): Promise<string> {
  const input: NewConference = { type: 'initial', scheduledDate: '2026-03-19', scheduledTime: '10:00', children };
  const result = (await journey.post('createConference', input)) as { ok: boolean; value: { id: string } };
  expect(result.ok).toBe(true);
  return result.value.id;
}

async function openFamilySection(page: Page, conferenceId: string): Promise<void> {
  await page.goto(journey.host.url);
  await page.getByRole('heading', { name: 'Conferences', level: 1 }).waitFor();
  await page.evaluate((hash) => (window.location.hash = hash), `#/conferences/${conferenceId}/family`);
  await page.getByRole('heading', { name: 'Children', level: 2 }).waitFor();
}

/** One child or person in the lists, found by their heading. */
function item(page: Page, name: string): Locator {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { name, level: 3, exact: true }) });
}

async function press(page: Page, target: Locator, key = 'Enter'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

async function typeInto(page: Page, label: string, text: string, { replace = false } = {}): Promise<void> {
  await tabTo(page, page.getByLabel(label, { exact: true }));
  if (replace) await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

async function typeDate(page: Page, legend: string, [day, month, year]: [string, string, string]): Promise<void> {
  const group = page.getByRole('group', { name: legend });
  await tabTo(page, group.getByLabel('Day'));
  for (const [index, part] of [day, month, year].entries()) {
    if (index > 0) await page.keyboard.press('Tab');
    await page.keyboard.type(part);
  }
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');
const status = (page: Page) => page.getByTestId('family-status').innerText();

describe('the family and network section, by keyboard alone', () => {
  it('records the children, an unborn baby’s birth, and the adults around them', async () => {
    const conferenceId = await createConference([
      { status: 'born', givenName: 'Ruby', familyName: 'Price', dateOfBirth: '2016-11-02' },
      { status: 'born', givenName: 'Leo', familyName: 'Mills', dateOfBirth: '2021-06-14' },
    ]);
    const page = await journey.newPage();
    await openFamilySection(page, conferenceId);
    await expectNoAxeViolations(page, 'family and network');

    // Edit Ruby in place: the form opens where she is listed, with focus on its first answer.
    await press(page, page.getByRole('button', { name: 'Edit Ruby Price' }));
    await expect.poll(() => focusedId(page)).toMatch(/givenName$/);
    await typeInto(page, 'Gender', 'Girl');
    await typeInto(page, 'School or setting', 'Year 4, Hollins Lane Primary');
    await typeInto(page, 'First language', 'English');
    await expectNoAxeViolations(page, 'family and network (editing a child)');

    // A blank family name is caught: beside the field, and in a summary that takes focus.
    await typeInto(page, 'Family name', '', { replace: true });
    await page.keyboard.press('Delete');
    await press(page, page.getByRole('button', { name: 'Save', exact: true }));
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.className ?? '')).toContain('error-summary');
    expect(await page.locator('.field__error').first().innerText()).toContain('Enter the family name.');
    await expectNoAxeViolations(page, 'family and network (child form with errors)');

    await typeInto(page, 'Family name', 'Price');
    await press(page, page.getByRole('button', { name: 'Save', exact: true }));
    await expect.poll(() => status(page)).toBe('Saved Ruby Price.');
    await expect.poll(() => focusedText(page)).toBe('Ruby Price');
    expect(await item(page, 'Ruby Price').innerText()).toMatch(/School or setting\s+Year 4, Hollins Lane Primary/);
    expect(await item(page, 'Ruby Price').innerText()).toMatch(/Gender\s+Girl/);

    // Add an unborn baby, with the expected date of delivery.
    await press(page, page.getByRole('button', { name: 'Add a child' }));
    await expect.poll(() => focusedId(page)).toBe('field-new-child-status');
    await page.keyboard.press('ArrowRight'); // Born → Unborn baby
    await expect.poll(() => page.getByRole('radio', { name: 'Unborn baby' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Family name', { exact: true }).inputValue()).toBe('Mills');
    await typeDate(page, 'Expected date of delivery', ['10', '8', '2026']);
    await press(page, page.getByRole('button', { name: 'Add child' }));
    await expect.poll(() => focusedText(page)).toBe('Unborn baby Mills');
    expect(await item(page, 'Unborn baby Mills').innerText()).toContain('Unborn, expected Mon 10 Aug 2026');

    // The baby is born: the same record, keeping its expected date.
    await press(page, page.getByRole('button', { name: 'Record the birth of Unborn baby Mills' }));
    await expect.poll(() => focusedId(page)).toMatch(/^field-birth-.*-givenName$/);
    await page.keyboard.type('Alfie');
    await typeDate(page, 'Date of birth', ['8', '8', '2026']);
    await press(page, page.getByRole('button', { name: 'Record the birth', exact: true }));
    await expect.poll(() => status(page)).toBe('Saved Alfie Mills.');
    // The page title changes with the children's names; focus still lands on Alfie.
    await expect.poll(() => focusedText(page)).toBe('Alfie Mills');
    expect(await item(page, 'Alfie Mills').innerText()).toContain('Born Sat 8 Aug 2026 (expected Mon 10 Aug 2026)');

    // Danielle Price: mother of all three, with parental responsibility, lives in the household.
    await press(page, page.getByRole('button', { name: 'Add a person' }));
    await expect.poll(() => focusedId(page)).toBe('field-new-member-kind');
    await press(page, page.getByRole('button', { name: 'Add person' }));
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await expectNoAxeViolations(page, 'family and network (person form with errors)');
    await tabTo(page, page.getByRole('radio', { name: 'Parent or carer' }));
    await page.keyboard.press('Space');
    await typeInto(page, 'First name', 'Danielle');
    await typeInto(page, 'Family name', 'Price');
    for (const child of ['Ruby Price', 'Leo Mills', 'Alfie Mills']) {
      await press(page, page.getByLabel(`Related to ${child}`), 'Space');
      await typeInto(page, `Relationship to ${child}`, 'Mother');
      await press(page, page.getByLabel(`Has parental responsibility for ${child}`), 'Space');
    }
    await expectNoAxeViolations(page, 'family and network (adding a person)');
    await press(page, page.getByRole('radio', { name: 'Yes' }), 'Space');
    await typeInto(page, 'Address, phone and email', '14 Alder Close, Northmere');
    await press(page, page.getByRole('button', { name: 'Add person' }));
    await expect.poll(() => status(page)).toBe('Saved Danielle Price.');
    await expect.poll(() => focusedText(page)).toBe('Danielle Price');
    const danielle = await item(page, 'Danielle Price').innerText();
    expect(danielle).toMatch(/Who they are\s+Parent or carer/);
    expect(danielle).toContain('Mother of Alfie Mills, has parental responsibility');
    expect(danielle).toMatch(/Lives in the household\s+Yes/);
    expect(danielle).not.toContain('Confidential');

    // Carol Price: grandmother, in the wider network, whose contact details are confidential.
    await press(page, page.getByRole('button', { name: 'Add a person' }));
    await expect.poll(() => focusedId(page)).toBe('field-new-member-kind');
    await page.keyboard.press('ArrowRight'); // → Wider family network
    await typeInto(page, 'First name', 'Carol');
    await typeInto(page, 'Family name', 'Price');
    for (const child of ['Ruby Price', 'Leo Mills']) {
      await press(page, page.getByLabel(`Related to ${child}`), 'Space');
      await typeInto(page, `Relationship to ${child}`, 'Grandmother');
    }
    await tabTo(page, page.getByRole('radio', { name: 'Yes' }));
    await page.keyboard.press('ArrowRight'); // → No
    await typeInto(page, 'Interpreter language', 'Polish');
    await typeInto(page, 'Address, phone and email', 'Refuge address: ask the IDVA');
    await press(page, page.getByLabel('The contact details are confidential'), 'Space');
    await press(page, page.getByRole('button', { name: 'Add person' }));
    await expect.poll(() => status(page)).toBe('Saved Carol Price.');
    const carol = item(page, 'Carol Price');
    expect(await carol.getByText('Confidential: never shown to the family').isVisible()).toBe(true);
    expect(await carol.innerText()).toMatch(/Who they are\s+Wider family network/);
    expect(await carol.innerText()).toContain('Grandmother of Leo Mills, no parental responsibility');
    expect(await carol.innerText()).toMatch(/Interpreter\s+Polish/);
    await expectNoAxeViolations(page, 'family and network (filled in)');

    // Everything was saved: it is all there after a reload.
    await page.reload();
    await page.getByRole('heading', { name: 'Children', level: 2 }).waitFor();
    for (const name of ['Ruby Price', 'Leo Mills', 'Alfie Mills', 'Danielle Price', 'Carol Price']) {
      await item(page, name).waitFor();
    }
    expect(await item(page, 'Ruby Price').innerText()).toContain('Year 4, Hollins Lane Primary');
    expect(await item(page, 'Alfie Mills').innerText()).toContain('Born Sat 8 Aug 2026 (expected Mon 10 Aug 2026)');
    expect(await item(page, 'Danielle Price').innerText()).toContain('Mother of Ruby Price, has parental responsibility');
    expect(await item(page, 'Carol Price').getByText('Confidential: never shown to the family').isVisible()).toBe(true);

    // Removing someone takes a second, explicit step; Cancel goes back to where you were.
    await press(page, page.getByRole('button', { name: 'Remove Carol Price' }));
    await expect.poll(() => focusedText(page)).toBe('Yes, remove Carol Price');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // Cancel
    await expect.poll(() => focusedText(page)).toBe('Remove Carol Price');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedText(page)).toBe('Yes, remove Carol Price');
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page)).toBe('Removed Carol Price.');
    await expect.poll(() => focusedText(page)).toBe('Parents, carers and the family network');
    expect(await item(page, 'Carol Price').count()).toBe(0);

    await page.reload();
    await item(page, 'Danielle Price').waitFor();
    expect(await item(page, 'Carol Price').count()).toBe(0);
    await page.context().close();
  });

  it('says why the last child cannot be removed', async () => {
    const conferenceId = await createConference([{ status: 'unborn', familyName: 'Hart', expectedDeliveryDate: '2027-01-20' }]);
    const page = await journey.newPage();
    await openFamilySection(page, conferenceId);
    await press(page, page.getByRole('button', { name: 'Remove Unborn baby Hart' }));
    await press(page, page.getByRole('button', { name: 'Yes, remove Unborn baby Hart' }));
    const refusal = page.getByRole('alert');
    await expect.poll(() => refusal.innerText()).toBe('A conference needs at least one child, so the last child cannot be removed.');
    await expect.poll(() => focusedText(page)).toBe('Close');
    await expectNoAxeViolations(page, 'family and network (removal refused)');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedText(page)).toBe('Remove Unborn baby Hart');
    await item(page, 'Unborn baby Hart').waitFor();
    await page.context().close();
  });
});
