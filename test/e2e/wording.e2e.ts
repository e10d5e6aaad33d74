/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser.)
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, tabTo } from './browser';
import { useJourney } from './journey';

const journey = useJourney('confer-e2e-wording-');

const DECLARATION = 'The chair’s independence declaration';

/** The list entry (below the field) for a flagged piece of text. */
const entry = (page: Page, words: string) => page.locator('.language-finding').filter({ hasText: `“${words}”` });

async function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

describe('wording suggestions, by keyboard', () => {
  it('changes words with one key, undoes the change with Ctrl+Z, and never puts another family’s names in', async () => {
    const page = await journey.newPage();
    await page.goto(journey.host.url);
    await tabTo(page, page.getByRole('button', { name: 'Open the example conference' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Conference details' }).waitFor();

    const declaration = page.getByLabel(DECLARATION);
    await tabTo(page, declaration);
    await page.keyboard.press('Control+A');
    const typed = 'The chair will see Mum before the core group. We met prior to the conference.';
    await page.keyboard.type(typed);
    await expect.poll(() => entry(page, 'core group').count()).toBe(1);

    // The one-click change for a process term explains it; it names nobody.
    const buttons = await entry(page, 'core group').getByRole('button', { name: /^Change to/ }).allInnerTexts();
    expect(buttons).toEqual(['Change to “core group (the people who meet to help with the plan)”']);

    await tabTo(page, entry(page, 'core group').getByRole('button', { name: /^Change to/ }));
    await page.keyboard.press('Enter');
    const explained = 'The chair will see Mum before the core group (the people who meet to help with the plan). We met prior to the conference.';
    await expect.poll(() => declaration.inputValue()).toBe(explained);
    expect(await focusedId(page)).toBe(await declaration.getAttribute('id'));

    // Ctrl+Z in the text box takes the change back, as it would a typed one; Ctrl+Shift+Z redoes it.
    await page.keyboard.press('Control+z');
    await expect.poll(() => declaration.inputValue()).toBe(typed);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => declaration.inputValue()).toBe(explained);

    // A second change, then Ctrl+Z: only the latest is undone.
    await expect.poll(() => entry(page, 'prior to').count()).toBe(1);
    await tabTo(page, entry(page, 'prior to').getByRole('button', { name: 'Change to “before”' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => declaration.inputValue()).toBe(explained.replace('prior to', 'before'));
    await page.keyboard.press('Control+z');
    await expect.poll(() => declaration.inputValue()).toBe(explained);
    await page.context().close();
  });

  it('keeps a finished contribution’s findings visible in the minutes: a marker with the count, opened by keyboard', async () => {
    const loaded = (await journey.post('loadExampleConference', {})) as { ok: true; value: { id: string } };
    const page = await journey.newPage();
    await page.goto(journey.host.url);
    await page.getByRole('heading', { name: 'Conferences', level: 1 }).waitFor();
    await page.evaluate((target) => (window.location.hash = `#/conferences/${target}`), loaded.value.id);
    const link = page.getByRole('link', { name: 'Start or continue the minutes' });
    await tabTo(page, link, { maxPresses: 200 });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /^Minutes: / }).waitFor();
    await page.locator('#capture-item-title').waitFor();

    // Alt+N, the speaker, the words; Ctrl+Enter finishes the contribution once it is saved.
    await page.keyboard.press('Alt+KeyN');
    await expect.poll(() => focusedId(page)).toMatch(/-speaker$/);
    await page.keyboard.type('tom');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toMatch(/-text$/);
    await page.keyboard.type('Mother presents as having poor insight. The home was chaotic.');
    await expect.poll(() => page.getByTestId('save-status').innerText(), { timeout: 10_000 }).toMatch(/^Saved at \d\d:\d\d$/);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => focusedId(page)).toBe('new-contribution');

    // The finished contribution, in the list, has a marker with the count and a full name.
    const marker = page.locator('.capture-contribution').first().getByRole('button', { name: /^\d+ wording suggestions in the contribution by Tom Reeves at \d\d:\d\d$/ });
    await expect.poll(() => marker.count(), { timeout: 5_000 }).toBe(1);
    const count = Number((await marker.innerText()).match(/^(\d+)/u)?.[1]);
    expect(count).toBeGreaterThanOrEqual(3);
    expect(await marker.getAttribute('aria-expanded')).toBe('false');

    // Reached by Tab, opened with Enter: the findings are listed beside the contribution.
    await tabTo(page, marker, { reverse: true, maxPresses: 200 });
    await page.keyboard.press('Enter');
    expect(await marker.getAttribute('aria-expanded')).toBe('true');
    const list = page.locator('.capture-contribution').first().locator('.record-findings__list');
    await expect.poll(() => list.locator('li').count()).toBe(count);
    expect(await list.innerText()).toContain('“chaotic”');
    await expectNoAxeViolations(page, 'minutes with a finished contribution’s wording findings');
    await page.context().close();
  });
});
