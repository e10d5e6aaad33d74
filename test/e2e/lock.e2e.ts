/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser.)
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, tabTo } from './browser';
import { useJourney } from './journey';
import { activate, reach, typeInto } from './keyboard';

const journey = useJourney('confer-e2e-lock-', { appLock: true });

describe('the app lock', () => {
  it('asks for a passphrase on first run, locks when idle, and hides the record until unlocked', async () => {
    const page = await journey.newPage();
    await page.clock.install();
    await page.goto(journey.host.url);
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
    const refused = await fetch(`${journey.host.origin}/api/lock`, { method: 'POST', headers: { 'x-confer-token': journey.host.token, 'content-type': 'application/json' }, body: '{}' })
      .then(() => fetch(`${journey.host.origin}/api/listConferences`, { method: 'POST', headers: { 'x-confer-token': journey.host.token, 'content-type': 'application/json' }, body: '{}' }))
      .then((response) => response.json());
    expect(refused).toMatchObject({ ok: false, error: { kind: 'locked' } });
    await page.context().close();
  });

  it('stays locked across a restart, and changes the passphrase only with the current one', async () => {
    // Left locked by the journey above: closing Confer and starting it again does not unlock it.
    await journey.host.stop();
    await journey.startHost();
    const page = await journey.newPage();
    await page.goto(journey.host.url);
    await page.getByRole('heading', { level: 1, name: 'Confer is locked' }).waitFor();
    await typeInto(page, page.getByLabel('Passphrase', { exact: true }), 'kettle harbour violet');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Conferences' }).waitFor();

    await activate(page, page.getByRole('link', { name: 'Data on this computer' }));
    const section = page.getByRole('region', { name: 'The passphrase that unlocks Confer' });
    await section.waitFor();
    await typeInto(page, section.getByLabel('Current passphrase'), 'kettle harbour violin');
    await typeInto(page, section.getByLabel('New passphrase', { exact: true }), 'lantern meadow copper');
    await typeInto(page, section.getByLabel('New passphrase again'), 'lantern meadow copper');
    await activate(page, section.getByRole('button', { name: 'Change the passphrase' }));
    const summary = section.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.className ?? '')).toContain('error-summary');
    expect(await summary.innerText()).toContain('That is not the current passphrase.');
    expect(await section.getByLabel('Current passphrase').inputValue()).toBe('');
    await expectNoAxeViolations(page, 'change passphrase (wrong current passphrase)');

    await typeInto(page, section.getByLabel('Current passphrase'), 'kettle harbour violet');
    await reach(page, section.getByRole('button', { name: 'Change the passphrase' }));
    await page.keyboard.press('Enter');
    await section.getByRole('status').filter({ hasText: 'Passphrase changed.' }).waitFor();
    expect(await section.getByRole('alert').count()).toBe(0);
    expect(await section.getByLabel('New passphrase', { exact: true }).inputValue()).toBe('');
    await expectNoAxeViolations(page, 'change passphrase (changed)');

    // Only the new passphrase unlocks Confer now.
    await journey.post('lock', {});
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Confer is locked' }).waitFor();
    await typeInto(page, page.getByLabel('Passphrase', { exact: true }), 'kettle harbour violet');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('not right');
    await typeInto(page, page.getByLabel('Passphrase', { exact: true }), 'lantern meadow copper');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Data on this computer' }).waitFor();
    await page.context().close();
  });
});
