/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser.)
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, tabTo } from './browser';
import { useJourney } from './journey';

const journey = useJourney('confer-e2e-');

async function typeInto(page: Page, label: string | RegExp, text: string, nth = 0) {
  await tabTo(page, page.getByLabel(label, { exact: typeof label === 'string' }).nth(nth));
  await page.keyboard.type(text);
}

/** Day, month and year boxes: Tab to the first, then type and Tab through the others. */
async function typeDate(page: Page, legend: string, [day, month, year]: [string, string, string]) {
  const group = page.getByRole('group', { name: legend });
  await tabTo(page, group.getByLabel('Day'));
  await page.keyboard.type(day);
  await page.keyboard.press('Tab');
  await page.keyboard.type(month);
  await page.keyboard.press('Tab');
  await page.keyboard.type(year);
}

describe('the first slice, by keyboard alone', () => {
  it('shows an empty state that says what to do', async () => {
    const page = await journey.newPage();
    await page.goto(journey.host.url);
    await expect.poll(() => page.getByRole('heading', { name: 'No conferences yet' }).isVisible()).toBe(true);
    expect(page.url()).not.toContain('token');
    await expectNoAxeViolations(page, 'home (empty)');
    await page.context().close();
  });

  it('creates a conference for a new family, then finds it after the host restarts', async () => {
    const page = await journey.newPage();
    await page.goto(journey.host.url);
    await page.getByRole('heading', { name: 'Conferences', level: 1 }).waitFor();

    await tabTo(page, page.getByRole('link', { name: 'New conference' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'New conference', level: 1 }).waitFor();

    // Submitting an empty form shows every problem, linked to its field.
    await tabTo(page, page.getByRole('button', { name: 'Create conference' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await expectNoAxeViolations(page, 'new conference (with errors)');

    await tabTo(page, page.getByLabel('Type of conference'));
    await page.keyboard.press('ArrowDown'); // Initial → Review
    await page.keyboard.press('ArrowUp'); // back to Initial
    await typeDate(page, 'Date of the conference', ['19', '3', '2026']);
    await tabTo(page, page.getByLabel('Time'));
    await page.keyboard.press('Control+A');
    await page.keyboard.type('10.00');

    await typeInto(page, 'First name', 'Ruby');
    await typeInto(page, 'Family name', 'Price');
    await typeDate(page, 'Date of birth', ['2', '11', '2016']);

    await tabTo(page, page.getByRole('button', { name: 'Add another child' }));
    await page.keyboard.press('Enter');
    // Focus moves to the new child's first answer: "Born". An arrow key chooses "Unborn baby".
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/status-born$/);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('radio', { name: 'Unborn baby' }).nth(1).isChecked()).toBe(true);
    const familyName = page.getByLabel('Family name', { exact: true }).nth(1);
    await tabTo(page, familyName);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Mills');
    await typeDate(page, 'Expected date of delivery', ['10', '8', '2026']);
    await expectNoAxeViolations(page, 'new conference (filled in)');

    await tabTo(page, page.getByRole('button', { name: 'Create conference' }));
    await page.keyboard.press('Enter');

    const title = 'Initial conference: Ruby Price, Unborn baby Mills';
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    expect(await page.title()).toBe(`Overview and details: ${title} – Confer`);
    await expect.poll(() => page.getByText('Thu 19 Mar 2026, 10:00').isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'conference');
    await tabTo(page, page.getByRole('link', { name: 'Family and network' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText('Unborn, expected Mon 10 Aug 2026').isVisible()).toBe(true);

    await tabTo(page, page.getByRole('link', { name: 'Back to conferences' }), { reverse: true });
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'Ruby Price, Unborn baby Mills' }).waitFor();
    await expectNoAxeViolations(page, 'home (with a conference)');
    await page.context().close();

    // Restart the host on the same data folder: a new process with a new token.
    expect(await journey.host.stop()).toBe(0);
    await journey.startHost();
    const again = await journey.newPage();
    await again.goto(journey.host.url);
    const row = again.getByRole('row', { name: /Ruby Price, Unborn baby Mills/ });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/Initial\s+Thu 19 Mar 2026, 10:00\s+Being prepared/);
    await tabTo(again, again.getByRole('link', { name: 'Ruby Price, Unborn baby Mills' }));
    await again.keyboard.press('Enter');
    await again.getByRole('heading', { name: title, level: 1 }).waitFor();
    await again.context().close();
  });

  it('is readable at 200% zoom on a 1280×800 screen (no sideways scrolling)', async () => {
    const context = await journey.browser.newContext({ locale: 'en-GB', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(journey.host.url);
    await page.getByRole('heading', { name: 'Conferences', level: 1 }).waitFor();
    for (const hash of ['#/', '#/conferences/new']) {
      await page.evaluate((h) => (window.location.hash = h), hash);
      await page.locator('h1').waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow on ${hash}`).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});
