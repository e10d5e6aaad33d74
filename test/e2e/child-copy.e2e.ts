/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser.)
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './browser';
import { useJourney } from './journey';
import { isFocused, reach } from './keyboard';

const journey = useJourney('confer-e2e-child-copy-');

/** A radio group is one Tab stop; the arrow keys move and choose within it. */
async function chooseRadio(page: Page, group: Locator, label: string | RegExp) {
  await reach(page, group);
  const target = group.getByLabel(label);
  for (let presses = 0; presses < 10; presses++) {
    if (await isFocused(target)) {
      if (!(await target.isChecked())) await page.keyboard.press('Space');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`Could not choose ${String(label)}`);
}

describe('the child’s own copy, by keyboard', () => {
  it('offers a copy to a child the chair chooses, shows how it reads and what was left out, and makes it', async () => {
    const example = (await journey.post('loadExampleConference', { stage: 'held' })) as { value: { id: string } };
    const page = await journey.newPage();
    await page.goto(journey.host.url);
    await page.goto(`${journey.host.origin}/#/conferences/${example.value.id}/documents`);
    const copy = page.getByRole('region', { name: 'Child’s own copy', exact: true });
    const offer = copy.getByRole('group', { name: 'Which children get their own copy?' });
    await offer.waitFor();
    // Ruby is 9 at the conference: not offered one by default, so the chair chooses her.
    const ruby = offer.getByLabel(/^Ruby Price/);
    expect(await ruby.isChecked()).toBe(false);
    await expect.poll(() => copy.innerText()).toContain('No child is chosen to get their own copy.');
    await reach(page, ruby);
    await page.keyboard.press('Space');
    expect(await ruby.isChecked()).toBe(true);

    await chooseRadio(page, copy.getByRole('group', { name: 'Whose copy to make now?' }), 'Ruby Price’s own copy');
    const check = copy.getByRole('region', { name: 'How the copy reads' });
    await expect.poll(() => check.innerText().catch(() => '')).toMatch(/Reading age \d+(\.\d)? \(target 9 or under\)/);
    expect(await check.innerText()).toContain('No wording problems block this child’s copy.');
    const leftOut = copy.getByRole('region', { name: 'Left out of this copy' });
    expect(await leftOut.innerText()).toContain('Leo’s decision and category');
    await expect.poll(() => page.getByTestId('family-status').innerText()).toContain('Checked.');
    await expectNoAxeViolations(page, 'documents, the child’s own copy checked');

    const make = copy.getByRole('button', { name: 'Make the child’s own copy' });
    await reach(page, make);
    await page.keyboard.press('Enter');
    const made = copy.getByRole('region', { name: 'Made: Your plan, Ruby' });
    await made.waitFor({ timeout: 60_000 });
    expect(await made.locator('dl').innerText()).toMatch(/your-plan-ruby-\d{4}-\d{2}-\d{2}\.pdf/);
    await expectNoAxeViolations(page, 'documents, the child’s own copy made');
    const history = page.getByRole('region', { name: 'Documents made so far' }).or(page.locator('section[aria-labelledby="documents-made-heading"]'));
    await expect.poll(() => history.innerText()).toContain('Child’s own copy for Ruby Price');
    await page.context().close();
  });
});
