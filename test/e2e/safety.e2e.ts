/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser.)
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { startWebHostProcess, type RunningWebHost } from '../support/web-host';
import { expectNoAxeViolations, launchChromium, tabTo } from './browser';
import { isFocused } from './keyboard';

// Two laptops: the minute-taker's and the chair's, each with its own data folder.
const minuteTakerDir = makeTempDir('confer-e2e-safety-minute-taker-');
const chairDir = makeTempDir('confer-e2e-safety-chair-');
const downloads = makeTempDir('confer-e2e-safety-downloads-');
const passphrase = 'kettle harbour violet';
const example = 'Ruby Price, Leo Mills, Unborn baby Mills';

let browser: Browser;
let minuteTaker: RunningWebHost;
let chair: RunningWebHost;
let minuteTakerPage: Page;
let packageFile: string;

beforeAll(async () => {
  browser = await launchChromium();
  [minuteTaker, chair] = await Promise.all([startWebHostProcess(minuteTakerDir.path), startWebHostProcess(chairDir.path)]);
});
afterAll(async () => {
  await Promise.all([minuteTaker?.stop(), chair?.stop()]);
  await browser?.close();
  for (const dir of [minuteTakerDir, chairDir, downloads]) dir.remove();
});

async function call(host: RunningWebHost, name: string, body: unknown) {
  const response = await fetch(`${host.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-confer-token': host.token },
    body: JSON.stringify(body),
  });
  const result = (await response.json()) as { ok: boolean };
  expect(result.ok, `${name} answered`).toBe(true);
}

async function openSafetyScreen(host: RunningWebHost): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London', viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(host.url);
  await page.getByRole('heading', { level: 1, name: 'Conferences' }).waitFor();
  await tabTo(page, page.getByRole('link', { name: 'Data on this computer' }));
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Data on this computer' }).waitFor();
  // A new data folder has no backup yet: the first is made a few seconds after start.
  await page.getByRole('heading', { level: 2, name: 'Backups' }).waitFor();
  return page;
}

const restoreButtons = (page: Page) => page.getByRole('button', { name: /^Restore this backup from/ });
const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

async function importPackage(page: Page, words: string) {
  await page.getByLabel('Handover package').setInputFiles(packageFile);
  await tabTo(page, page.getByRole('region', { name: 'Import a package' }).getByLabel('Passphrase', { exact: true }));
  await page.keyboard.press('Control+A');
  await page.keyboard.type(words);
  await tabTo(page, page.getByRole('button', { name: 'Import the package' }));
  await page.keyboard.press('Enter');
}

describe('data on this computer', () => {
  it('backs up now and exports the example conference sealed with a passphrase', async () => {
    await call(minuteTaker, 'loadExampleConference', {});
    const page = (minuteTakerPage = await openSafetyScreen(minuteTaker));
    await expectNoAxeViolations(page, 'data on this computer');
    const before = await restoreButtons(page).count();

    await tabTo(page, page.getByRole('button', { name: 'Back up now' }));
    await page.keyboard.press('Enter');
    await status(page, 'Backed up').waitFor();
    await expect.poll(() => restoreButtons(page).count()).toBe(before + 1);
    expect(await page.getByRole('row').nth(1).innerText()).toMatch(/^\w{3} \d{1,2} \w{3} \d{4}, \d{2}:\d{2}:\d{2}\s+\d+ KB/);

    // Passphrases that differ are caught before anything is exported.
    await tabTo(page, page.getByLabel('Conference', { exact: true }));
    await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel('Conference', { exact: true }).locator('option:checked').innerText()).toContain(example);
    await tabTo(page, page.getByRole('region', { name: 'Export a conference' }).getByLabel('Passphrase', { exact: true }));
    await page.keyboard.type(passphrase);
    await tabTo(page, page.getByLabel('Passphrase again'));
    await page.keyboard.type('kettle harbour violent');
    await tabTo(page, page.getByRole('button', { name: 'Export the conference' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.className ?? '')).toContain('error-summary');
    expect(await page.locator('.field--error').innerText()).toContain('The two passphrases are not the same');
    await expectNoAxeViolations(page, 'export (passphrases differ)');

    await tabTo(page, page.getByLabel('Passphrase again'));
    await page.keyboard.press('Control+A');
    await page.keyboard.type(passphrase);
    await tabTo(page, page.getByRole('button', { name: 'Export the conference' }));
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/^confer-handover-\d{4}-\d{2}-\d{2}\.confer$/);
    packageFile = join(downloads.path, download.suggestedFilename());
    await download.saveAs(packageFile);
    await status(page, /^Exported as confer-handover-/).waitFor();
    expect(await page.getByRole('heading', { name: 'There is a problem' }).count()).toBe(0);
    expect(await page.getByLabel('Passphrase again').inputValue()).toBe('');
    await expectNoAxeViolations(page, 'data on this computer (exported)');
  });

  it('imports the package on the other laptop: refuses a wrong passphrase, then adds the conference once', async () => {
    const page = await openSafetyScreen(chair);
    await importPackage(page, 'kettle harbour violin');
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.className ?? '')).toContain('error-summary');
    const refusal = 'the passphrase is wrong, or the file is damaged';
    await expect.poll(() => page.locator('.error-summary').innerText()).toContain(refusal);
    const passphraseField = page.locator('.field--error');
    await expect.poll(() => passphraseField.innerText()).toContain('Passphrase');
    await expect.poll(() => passphraseField.innerText()).toContain(refusal);
    await expectNoAxeViolations(page, 'import (wrong passphrase)');

    await importPackage(page, passphrase);
    await status(page, /^Imported: \d+ new records\./).waitFor();
    expect(await page.getByRole('heading', { name: 'There is a problem' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'import (imported)');

    await tabTo(page, page.getByRole('link', { name: `Open the conference for ${example}` }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: `Initial conference: ${example}` }).waitFor();

    await tabTo(page, page.getByRole('link', { name: 'Data on this computer' }), { reverse: true });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Data on this computer' }).waitFor();
    await importPackage(page, passphrase);
    await status(page, 'Already here, nothing changed: everything in this package is on this computer.').waitFor();
    await expectNoAxeViolations(page, 'import (nothing new)');
    await page.context().close();
  });

  it('restores the earlier backup after showing what it takes away and RESTORE is typed, keeping a copy of what was here', async () => {
    const page = minuteTakerPage;
    await call(minuteTaker, 'createConference', {
      type: 'initial',
      scheduledDate: '2026-04-02',
      scheduledTime: '14:00',
      children: [{ status: 'born', givenName: 'Maya', familyName: 'Okafor', dateOfBirth: '2019-05-14' }],
    });
    const backups = await restoreButtons(page).count();
    // The newest backup, made above before this conference.
    const made = (await page.getByRole('row').nth(1).getByRole('rowheader').innerText()).trim();
    const when = made.replace(', ', ' at ');

    await tabTo(page, restoreButtons(page).first(), { reverse: true });
    await page.keyboard.press('Enter');
    const question = page.getByRole('group', { name: `Restore the backup from ${when}?` });
    await question.waitFor();
    expect(await question.innerText()).toContain('Everything will go back to how it was on');
    expect(await question.innerText()).toContain('What is here now is kept first as a copy');
    // What is here against what the backup holds; the conference made since, and its audit events, would go.
    const counts = question.getByRole('table', { name: 'What is here now, and what the backup holds' });
    expect(await counts.getByRole('row', { name: /^Conferences/ }).innerText()).toMatch(/^Conferences\s+2\s+1$/);
    expect(await question.innerText()).toMatch(/This restore would take away \d+ entries in the audit trail/);
    const typed = question.getByLabel('Type RESTORE to confirm');
    await expect.poll(() => isFocused(typed)).toBe(true);
    await expectNoAxeViolations(page, 'restore (asking)');

    // Cancel (Escape) changes nothing and gives focus back; then restore for real.
    await page.keyboard.press('Escape');
    await expect.poll(() => question.count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toContain('Restore this backup');
    await page.keyboard.press('Enter');
    await expect.poll(() => isFocused(typed)).toBe(true);
    // The application, not only the screen, wants the word.
    await page.keyboard.type('yes');
    await page.keyboard.press('Enter');
    await expect.poll(() => question.locator('.field--error').innerText()).toContain('Type RESTORE to confirm');
    await expect.poll(() => isFocused(typed)).toBe(true);
    await expectNoAxeViolations(page, 'restore (word not typed)');
    await page.keyboard.type('RESTORE');
    await tabTo(page, question.getByRole('button', { name: 'Yes, restore' }));
    await page.keyboard.press('Enter');
    await status(page, `Restored the backup from ${when}.`).waitFor();
    // What was here is kept apart from the rotated backups, with its own actions.
    expect(await restoreButtons(page).count()).toBe(backups);
    const kept = page.getByRole('table', { name: 'Copies kept from before a restore, newest first' });
    await expect.poll(() => kept.getByRole('button', { name: /^Restore this copy from/ }).count()).toBe(1);
    expect(await kept.getByRole('button', { name: /^Remove this copy from/ }).count()).toBe(1);
    await expectNoAxeViolations(page, 'data on this computer (restored)');

    await tabTo(page, page.getByRole('link', { name: 'Conferences', exact: true }), { reverse: true });
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: example }).waitFor();
    expect(await page.getByRole('link', { name: 'Maya Okafor' }).count()).toBe(0);
  });

  it('removes the copy kept from before the restore only after asking', async () => {
    const page = minuteTakerPage;
    await tabTo(page, page.getByRole('link', { name: 'Data on this computer' }), { reverse: true });
    await page.keyboard.press('Enter');
    const kept = page.getByRole('table', { name: 'Copies kept from before a restore, newest first' });
    const removeButton = kept.getByRole('button', { name: /^Remove this copy from/ });
    await tabTo(page, removeButton);
    const made = (await kept.getByRole('row').nth(1).getByRole('rowheader').innerText()).trim();
    await page.keyboard.press('Enter');
    const question = page.getByRole('group', { name: `Remove the copy from ${made.replace(', ', ' at ')}?` });
    await question.waitFor();
    expect(await question.innerText()).toContain('Removing it cannot be undone.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Yes, remove');
    await expectNoAxeViolations(page, 'remove a kept copy (asking)');
    await page.keyboard.press('Escape');
    await expect.poll(() => isFocused(removeButton)).toBe(true);
    await page.keyboard.press('Enter');
    await tabTo(page, question.getByRole('button', { name: 'Yes, remove' }));
    await page.keyboard.press('Enter');
    await status(page, `Removed the copy from ${made.replace(', ', ' at ')}.`).waitFor();
    await expect.poll(() => kept.count()).toBe(0);
  });

  it('refuses to restore a damaged backup and says why', async () => {
    const page = minuteTakerPage;
    const folder = join(minuteTakerDir.path, 'backups');
    const oldest = readdirSync(folder).sort()[0] ?? '';
    writeFileSync(join(folder, oldest), Buffer.alloc(64 * 1024, 7));

    await tabTo(page, page.getByRole('link', { name: 'Data on this computer' }), { reverse: true });
    await page.keyboard.press('Enter');
    await page.getByRole('table', { name: 'Backups on this computer, newest first' }).waitFor();
    // The backup is checked before the question is asked.
    await tabTo(page, restoreButtons(page).last());
    await page.keyboard.press('Enter');
    const alert = page.getByRole('alert').filter({ hasText: 'so it was not restored' });
    await alert.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    await expectNoAxeViolations(page, 'restore (refused)');
    await page.context().close();
  });
});
