/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser.)
import { describe, expect, it } from 'vitest';
import { DEFAULT_AUTHORITY_SETTINGS } from '../../shared/authority/settings';
import { expectNoAxeViolations, tabTo } from './browser';
import { useJourney } from './journey';

const journey = useJourney('confer-e2e-retention-');

async function api(name: string, body: unknown) {
  return (await journey.post(name, body)) as { ok: boolean };
}

describe('keeping records on this computer', () => {
  it('marks a conference as exported, then removes it after a typed confirmation', async () => {
    await api('loadExampleConference', {});
    // An authority that keeps nothing after export, so the example can be removed at once.
    await api('updateAuthoritySettings', { settings: { ...DEFAULT_AUTHORITY_SETTINGS, retentionDays: 0 } });
    const page = await journey.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(journey.host.url);
    await page.evaluate(() => (window.location.hash = '#/safety'));
    await page.getByRole('heading', { name: 'Keeping records on this computer' }).waitFor();

    await tabTo(page, page.getByRole('button', { name: /^Mark as exported/ }));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText('Can be removed').isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'retention (due)');

    await tabTo(page, page.getByRole('button', { name: /^Remove from this computer/ }));
    await page.keyboard.press('Enter');
    await page.keyboard.type('yes');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('Type REMOVE');
    await expectNoAxeViolations(page, 'retention (refused)');

    // The confirmation stays open after a refusal; the box is emptied for another try.
    await tabTo(page, page.getByLabel(/^Type REMOVE to remove/));
    await page.keyboard.type('REMOVE');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText('There are no conferences on this computer.').isVisible()).toBe(true);
    await page.evaluate(() => (window.location.hash = '#/'));
    await page.getByRole('heading', { name: 'No conferences yet' }).waitFor();
    await page.context().close();
  });
});
