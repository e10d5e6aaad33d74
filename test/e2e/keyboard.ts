/// <reference lib="dom" />
// (evaluate callbacks run in the browser.)
import type { Locator, Page } from 'playwright-core';

// Keyboard only: every control is reached with Tab or Shift+Tab (whichever way it lies from the
// focus), and used with the keys a keyboard user presses. No clicks, no programmatic focus.

export const isFocused = (target: Locator) =>
  target.evaluate((element) => element === document.activeElement || element.contains(document.activeElement), undefined, { timeout: 1_000 }).catch(() => false);

/** Tabs to the element (or into it, for a group), forwards or backwards as it lies from the focus. */
export async function reach(page: Page, target: Locator, maxPresses = 250): Promise<void> {
  await target.waitFor({ state: 'attached', timeout: 10_000 });
  const after = await target.evaluate((element) => {
    const active = document.activeElement;
    return !active || active === document.body || Boolean(active.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  for (let presses = 0; presses < maxPresses; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(after ? 'Tab' : 'Shift+Tab');
  }
  throw new Error(`Could not reach ${target.toString()} with the keyboard`);
}

/** Reaches the field and replaces what it holds with the text. */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await reach(page, field);
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
}

/** Reaches the control and presses Enter on it. */
export async function activate(page: Page, control: Locator): Promise<void> {
  await reach(page, control);
  await page.keyboard.press('Enter');
}
