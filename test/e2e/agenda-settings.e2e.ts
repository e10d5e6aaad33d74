/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser.)
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, tabTo } from './browser';
import { useJourney } from './journey';

const journey = useJourney('confer-e2e-agenda-');

interface Created {
  readonly id: string;
  readonly agenda: readonly { readonly title: string; readonly plannedMinutes: number }[];
}

async function call<T>(name: string, body: unknown): Promise<T> {
  const result = (await journey.post(name, body)) as { ok: boolean; value: T };
  expect(result.ok, `${name} succeeded`).toBe(true);
  return result.value;
}

function createConference(type: 'initial' | 'review', givenName: string): Promise<Created> {
  return call<Created>('createConference', {
    type,
    scheduledDate: '2026-06-10',
    scheduledTime: '10:00',
    children: [{ status: 'born', givenName, familyName: 'Price', dateOfBirth: '2016-11-02' }],
  });
}

/** Opens the app with its token, then goes to a screen by its address. */
async function open(hash: string): Promise<Page> {
  const page = await journey.newPage();
  await page.goto(journey.host.url);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.evaluate((h) => (window.location.hash = h), hash);
  return page;
}

const far = { maxPresses: 250 };

async function replaceText(page: Page, target: ReturnType<Page['getByLabel']>, text: string, options = {}) {
  await tabTo(page, target, { ...far, ...options });
  await page.keyboard.press('Control+A');
  if (text === '') await page.keyboard.press('Backspace');
  else await page.keyboard.type(text);
}

const activeText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

describe('the agenda and the authority’s settings, by keyboard alone', () => {
  it('edits a conference’s agenda, saves it and finds it again after a reload', async () => {
    const conference = await createConference('initial', 'Ruby');
    const page = await open(`#/conferences/${conference.id}/agenda`);
    await page.getByRole('heading', { name: 'Agenda', level: 2 }).waitFor();
    await expect.poll(() => page.getByText('Total: 2 hours').isVisible()).toBe(true);
    const item = (n: number) => page.getByRole('group', { name: `Item ${n}`, exact: true });

    // A blank title cannot be saved: the summary says which item, and links to it.
    await replaceText(page, item(1).getByLabel('Title'), '');
    await tabTo(page, page.getByRole('button', { name: 'Save agenda' }), far);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await expect.poll(() => page.getByRole('link', { name: 'Item 1: Enter the item title.' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'agenda (with errors)');
    await tabTo(page, page.getByRole('link', { name: 'Item 1: Enter the item title.' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('');
    await page.keyboard.type('Welcome and introductions');

    // Move item 2 down: the keyboard stays on it, and the move is announced.
    await tabTo(page, page.getByRole('button', { name: /^Move down item 2, Confidentiality/ }), far);
    await page.keyboard.press('Enter');
    await expect.poll(() => activeText(page)).toMatch(/^Move down item 3, Confidentiality/);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Moved' }).textContent())
      .toBe('Moved ‘Confidentiality and how we will work today’ to position 3 of 10');

    await replaceText(page, item(5).getByLabel('Title'), 'Hearing from Ruby');
    await replaceText(page, item(4).getByLabel('Planned minutes'), '20', { reverse: true });

    await tabTo(page, page.getByRole('button', { name: 'Add an item' }), far);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/-title$/);
    await page.keyboard.type('Any other business');
    await page.keyboard.press('Tab'); // what it is for: "Something else" is right
    await page.keyboard.press('Tab');
    await page.keyboard.type('5');
    await expect.poll(() => page.getByText('You have unsaved changes.').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Total: 2 hours 10 minutes').isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'agenda (edited)');

    await tabTo(page, page.getByRole('button', { name: 'Save agenda' }), far);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'The agenda is saved.' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('You have unsaved changes.').count()).toBe(0);

    await page.reload();
    await page.getByRole('heading', { name: 'Agenda', level: 2 }).waitFor();
    expect(await item(1).getByLabel('Title').inputValue()).toBe('Welcome and introductions');
    expect(await item(3).getByLabel('Title').inputValue()).toBe('Confidentiality and how we will work today');
    expect(await item(5).getByLabel('Title').inputValue()).toBe('Hearing from Ruby');
    expect(await item(4).getByLabel('Planned minutes').inputValue()).toBe('20');
    expect(await item(11).getByLabel('Title').inputValue()).toBe('Any other business');
    expect(await item(11).getByLabel('Planned minutes').inputValue()).toBe('5');
    await expect.poll(() => page.getByText('Total: 2 hours 10 minutes').isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'agenda (saved)');
    await page.context().close();
  });

  it('changes a timescale and adds a bank holiday, and both are kept', async () => {
    const page = await open('#/settings');
    await page.getByRole('heading', { name: 'Authority settings', level: 1 }).waitFor();
    const initial = page.getByLabel(/^Initial conference: working days/);
    await initial.waitFor();

    await replaceText(page, initial, 'twelve');
    await tabTo(page, page.getByRole('button', { name: 'Save settings' }), far);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await expectNoAxeViolations(page, 'settings (with errors)');
    await replaceText(page, initial, '12', { reverse: true });
    await tabTo(page, page.getByRole('button', { name: 'Save settings' }), far);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'The settings are saved.' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('heading', { name: 'There is a problem' }).count()).toBe(0);

    const year = String(new Date().getFullYear() + 1);
    const date = page.getByRole('group', { name: 'Date of the holiday' });
    await tabTo(page, date.getByLabel('Day'), far);
    await page.keyboard.type('2');
    await page.keyboard.press('Tab');
    await page.keyboard.type('11');
    await page.keyboard.press('Tab');
    await page.keyboard.type(year);
    await replaceText(page, page.getByLabel('Name of the holiday'), 'Founders Day');
    await tabTo(page, page.getByRole('button', { name: 'Add bank holiday' }), far);
    await page.keyboard.press('Enter');
    const row = page.getByRole('table', { name: year }).getByRole('row', { name: /Founders Day/ });
    await row.waitFor();
    expect(await row.innerText()).toContain('Added by your authority');
    await expectNoAxeViolations(page, 'settings (holiday added)');

    await page.reload();
    await page.getByRole('heading', { name: 'Bank holidays' }).waitFor();
    await expect.poll(() => page.getByLabel(/^Initial conference: working days/).inputValue()).toBe('12');
    await page.getByRole('table', { name: year }).getByRole('row', { name: /Founders Day/ }).waitFor();
    await page.context().close();
  });

  it('edits the review template, and a new review conference starts with it', async () => {
    const page = await open('#/settings');
    await page.getByRole('heading', { name: 'Agenda templates' }).waitFor();
    await tabTo(page, page.getByLabel('Type of conference'), far);
    await page.keyboard.press('ArrowDown'); // Initial → Review
    await page.getByRole('heading', { name: 'Template for review conferences' }).waitFor();
    await expect.poll(() => page.getByText('Built-in default').isVisible()).toBe(true);

    const first = page.getByRole('group', { name: 'Item 1', exact: true }).getByLabel('Title');
    await replaceText(page, first, 'Welcome to the review');
    await tabTo(page, page.getByRole('button', { name: 'Save template' }), far);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText('Your authority’s template').isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'settings (template saved)');
    await page.context().close();

    const review = await createConference('review', 'Sam');
    expect(review.agenda[0]?.title).toBe('Welcome to the review');
    const agenda = await open(`#/conferences/${review.id}/agenda`);
    await agenda.getByRole('heading', { name: 'Agenda', level: 2 }).waitFor();
    expect(await agenda.getByRole('group', { name: 'Item 1', exact: true }).getByLabel('Title').inputValue()).toBe('Welcome to the review');
    await agenda.context().close();
  });

  it('is readable at 200% zoom on a 1280×800 screen (no sideways scrolling)', async () => {
    const conference = await createConference('initial', 'Alex');
    const context = await journey.browser.newContext({ locale: 'en-GB', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(journey.host.url);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    for (const [hash, heading] of [
      [`#/conferences/${conference.id}/agenda`, 'Agenda'],
      ['#/settings', 'Agenda templates'],
    ] as const) {
      await page.evaluate((h) => (window.location.hash = h), hash);
      await page.getByRole('heading', { name: heading, level: 2 }).waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow on ${hash}`).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});
