/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser.)
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

// Benchmarks launch the same browser without vitest, so it lives in test/support.
export { launchChromium } from '../support/chromium';

export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London', viewport: { width: 1280, height: 800 } });
  return context.newPage();
}

/** Fails with the list of violations (rule ids and where), so a failure says what to fix. */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const violations = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(violations, `axe violations on ${screen}`).toEqual([]);
}

/**
 * Presses Tab until the element has focus, as a keyboard user would; fails if it is never reached.
 * `reverse` uses Shift+Tab.
 */
export async function tabTo(page: Page, target: Locator, { reverse = false, maxPresses = 60 } = {}): Promise<void> {
  // Fail at once, with the locator's own message, when the element is not there at all.
  await target.waitFor({ state: 'attached', timeout: 10_000 });
  for (let presses = 0; presses < maxPresses; presses++) {
    if (await target.evaluate((element) => element === document.activeElement, undefined, { timeout: 1_000 }).catch(() => false)) return;
    await page.keyboard.press(reverse ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Could not reach ${target.toString()} with the keyboard in ${maxPresses} presses`);
}
