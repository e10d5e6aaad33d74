/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser.)
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { startWebHostProcess, type RunningWebHost } from '../support/web-host';
import { expectNoAxeViolations, launchChromium, newPage, tabTo } from './browser';

let browser: Browser;
const dataDir = makeTempDir('confer-e2e-lock-');
let host: RunningWebHost;

beforeAll(async () => {
  browser = await launchChromium();
  host = await startWebHostProcess(dataDir.path, { appLock: true });
});
afterAll(async () => {
  await host?.stop();
  await browser?.close();
  dataDir.remove();
});

describe('the app lock', () => {
  it('asks for a passphrase on first run, locks when idle, and hides the record until unlocked', async () => {
    const page = await newPage(browser);
    await page.clock.install();
    await page.goto(host.url);
    await page.getByRole('heading', { level: 1, name: 'Set a passphrase for Confer' }).waitFor();
    await expectNoAxeViolations(page, 'first run');

    await tabTo(page, page.getByLabel('Passphrase', { exact: true }));
    await page.keyboard.type('kettle harbour violet');
    await tabTo(page, page.getByLabel('The same passphrase again'));
    await page.keyboard.type('kettle harbour violent');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await expectNoAxeViolations(page, 'first run (with errors)');
    await tabTo(page, page.getByLabel('Passphrase', { exact: true }));
    await page.keyboard.type('kettle harbour violet');
    await tabTo(page, page.getByLabel('The same passphrase again'));
    await page.keyboard.press('Control+A');
    await page.keyboard.type('kettle harbour violet');
    await page.keyboard.press('Enter');

    await tabTo(page, page.getByRole('button', { name: 'Open the example conference' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Ruby Price/ }).waitFor();

    // Ten minutes without use (the default): the record disappears from the page.
    await page.clock.fastForward('10:30');
    await page.getByRole('heading', { level: 1, name: 'Confer is locked' }).waitFor();
    expect(await page.content()).not.toContain('Ruby');
    await expectNoAxeViolations(page, 'locked');

    await tabTo(page, page.getByLabel('Passphrase', { exact: true }));
    await page.keyboard.type('kettle harbour');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('not right');
    await expectNoAxeViolations(page, 'locked (wrong passphrase)');
    await tabTo(page, page.getByLabel('Passphrase', { exact: true }));
    await page.keyboard.type('kettle harbour violet');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Ruby Price/ }).waitFor();

    // The application refuses calls while locked, whatever the page does.
    const refused = await fetch(`${host.origin}/api/lock`, { method: 'POST', headers: { 'x-confer-token': host.token, 'content-type': 'application/json' }, body: '{}' })
      .then(() => fetch(`${host.origin}/api/listConferences`, { method: 'POST', headers: { 'x-confer-token': host.token, 'content-type': 'application/json' }, body: '{}' }))
      .then((response) => response.json());
    expect(refused).toMatchObject({ ok: false, error: { kind: 'locked' } });
    await page.context().close();
  });
});
