/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser.)
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { closeDatabase, DATABASE_FILE_NAME, openDatabase } from '../../db/open';
import { loadWebHostKey } from '../../electron/web-host/dev-key';
import { expectNoAxeViolations, tabTo } from './browser';
import { useJourney } from './journey';

const journey = useJourney('confer-e2e-retention-');

async function api(name: string, body: unknown) {
  const result = (await journey.post(name, body)) as { ok: boolean };
  expect(result.ok, `${name} succeeded`).toBe(true);
  return result;
}

async function openSafety(): Promise<Page> {
  const page = await journey.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(journey.host.url);
  await page.evaluate(() => (window.location.hash = '#/safety'));
  await page.getByRole('heading', { name: 'Keeping records on this computer' }).waitFor();
  return page;
}

/** The authority's retention period passes: the export is dated a year ago, with the host stopped. */
async function aYearPasses() {
  await journey.host.stop();
  const db = openDatabase({ file: join(journey.dataDir, DATABASE_FILE_NAME), key: loadWebHostKey(journey.dataDir) });
  db.prepare('UPDATE cms_export SET exported_at = ?').run(new Date(Date.now() - 365 * 24 * 60 * 60 * 1000).toISOString());
  closeDatabase(db);
  await journey.startHost();
}

describe('keeping records on this computer', () => {
  it('marks a finalised conference as exported, then removes it after its retention period and a typed confirmation', async () => {
    await api('loadExampleConference', { stage: 'finalised' });
    await api('createConference', { type: 'initial', scheduledDate: '2026-04-02', scheduledTime: '14:00', children: [{ status: 'born', givenName: 'Maya', familyName: 'Okafor', dateOfBirth: '2019-05-14' }] });
    let page = await openSafety();
    // Only a finalised conference can be marked as exported: the one still open says so instead.
    const open = page.getByRole('row', { name: /Maya Okafor/ });
    await expect.poll(() => open.innerText()).toContain('Not finalised yet');
    expect(await open.getByRole('button').count()).toBe(0);

    await tabTo(page, page.getByRole('button', { name: /^Mark as exported/ }));
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: /Marked as exported: .*Kept here until/ }).waitFor();
    expect(await page.getByText('Can be removed').count()).toBe(0);
    await page.context().close();

    await aYearPasses();
    page = await openSafety();
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
    await page.getByRole('status').filter({ hasText: 'Removed from this computer: ' }).waitFor();
    await expect.poll(() => page.getByRole('row').count()).toBe(2);
    await page.getByRole('row', { name: /Maya Okafor/ }).waitFor();
    await page.context().close();
  });

  it('keeps records at least 30 days after export, and says so beside the field', async () => {
    const page = await journey.newPage();
    await page.goto(journey.host.url);
    await page.evaluate(() => (window.location.hash = '#/settings'));
    const days = page.getByLabel(/^Days to keep a conference after it is exported/);
    await days.waitFor();
    await tabTo(page, days, { maxPresses: 250 });
    await page.keyboard.press('Control+A');
    await page.keyboard.type('10');
    await tabTo(page, page.getByRole('button', { name: 'Save settings' }), { maxPresses: 250 });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    const field = page.locator('.field--error').filter({ has: days });
    await expect.poll(() => field.innerText()).toContain('Keep a conference for at least 30 days after it is exported');
    await expectNoAxeViolations(page, 'settings (retention below the floor)');
    await page.context().close();
  });
});
