/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser.)
import { userInfo } from 'node:os';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './browser';
import { useJourney } from './journey';
import { activate, isFocused, reach, typeInto } from './keyboard';

/**
 * Issue 15, items 1 to 3 by keyboard: who is using the app (first run and Settings), a conference
 * marked held (its own status, no longer overdue for being held, finalising refused until then),
 * and the deadlines after the meeting on the overview and the home screen. This file starts its
 * host without a profile, so the first run is real.
 */
const journey = useJourney('confer-e2e-held-', { profile: null });

type Reply<T> = { ok: true; value: T } | { ok: false; error: { message: string; fields?: Record<string, string> } };
async function call<T>(name: string, body: unknown): Promise<Reply<T>> {
  return (await journey.post(name, body)) as Reply<T>;
}

async function openConference(page: Page, id: string, section = '') {
  await page.evaluate(([conferenceId, part]) => (window.location.hash = `#/conferences/${conferenceId}${part}`), [id, section] as const);
}

describe('issue 15: after the meeting, and who did what', () => {
  it('item 3: at first run the person sets up their profile by keyboard, and can change it in Settings', async () => {
    const page = await journey.newPage();
    await page.goto(journey.host.url);
    await page.getByRole('heading', { level: 1, name: 'Set up your profile' }).waitFor();
    expect(await isFocused(page.getByRole('heading', { level: 1, name: 'Set up your profile' }))).toBe(true);
    await expectNoAxeViolations(page, 'first run: profile');

    // Saving with nothing filled in: one summary, focused, each error linked to its field.
    await activate(page, page.getByRole('button', { name: 'Save and continue' }));
    const summary = page.getByRole('alert');
    await summary.waitFor();
    await expect.poll(() => isFocused(summary)).toBe(true);
    expect(await summary.innerText()).toContain('Enter the name.');
    expect(await summary.innerText()).toContain('Choose your role.');
    await expectNoAxeViolations(page, 'first run: profile with errors');

    await typeInto(page, page.getByLabel('Your name'), 'Nadia Okonjo');
    await reach(page, page.getByRole('radio', { name: 'Chair' }));
    await page.keyboard.press('Space');
    await activate(page, page.getByRole('button', { name: 'Save and continue' }));
    await page.getByRole('heading', { level: 1, name: 'Conferences' }).waitFor();
    expect(await page.getByTestId('current-user').innerText()).toContain('Nadia Okonjo, chair');

    // Changed in Settings: the role, by keyboard.
    await activate(page, page.getByRole('link', { name: 'Authority settings' }));
    await page.getByRole('heading', { name: 'Your profile' }).waitFor();
    await reach(page, page.getByRole('radio', { name: 'Chair' }));
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'Minute-taker' }).isChecked()).toBe(true);
    await activate(page, page.getByRole('button', { name: 'Save your profile' }));
    await expect.poll(() => page.getByTestId('current-user').innerText()).toContain('Nadia Okonjo, minute-taker');
    await expectNoAxeViolations(page, 'settings: profile');
    // Back to the chair for the rest of the file.
    await reach(page, page.getByRole('radio', { name: 'Minute-taker' }));
    await page.keyboard.press('ArrowUp');
    await activate(page, page.getByRole('button', { name: 'Save your profile' }));
    await expect.poll(() => page.getByTestId('current-user').innerText()).toContain('Nadia Okonjo, chair');
    await page.context().close();
  });

  it('item 1: a conference is marked held by keyboard, is no longer overdue for being held, and cannot be finalised before', async () => {
    const example = await call<{ id: string }>('loadExampleConference', {});
    if (!example.ok) throw new Error(example.error.message);
    const id = example.value.id;

    // Not held: finalising is refused, with a clear message, and the sign-off page says what to do.
    const refused = await call('finaliseConference', { conferenceId: id });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.fields?.['held']).toBe('Mark the conference as held: record the date and time it took place.');

    const page = await journey.newPage();
    await page.goto(journey.host.url);
    await openConference(page, id);
    await page.getByRole('heading', { name: 'The meeting' }).waitFor();
    // Before: the conference date (19 March 2026) has passed and it is not held, so it is overdue.
    expect(await page.getByRole('row', { name: /Conference held/ }).innerText()).toContain('Overdue');

    // A time still to come is refused, with the summary focused and linked to the date.
    await activate(page, page.getByRole('button', { name: 'Mark as held' }));
    const held = page.getByRole('group', { name: 'Date it was held' });
    await typeInto(page, held.getByLabel('Year'), '2099');
    await activate(page, page.getByRole('button', { name: 'Save: held' }));
    const summary = page.getByRole('alert');
    await summary.waitFor();
    await expect.poll(() => isFocused(summary)).toBe(true);
    expect(await summary.innerText()).toContain('cannot be marked held at a time still to come');
    await expectNoAxeViolations(page, 'overview: held refused');

    await typeInto(page, held.getByLabel('Year'), '2026');
    await typeInto(page, page.getByLabel('Time it started'), '10:05');
    await activate(page, page.getByRole('button', { name: 'Save: held' }));
    await expect.poll(() => page.getByTestId('held-when').innerText()).toContain('Held on Thu 19 Mar 2026, 10:05 (UK time)');
    // Focus stays in the panel, on its heading; the change is announced.
    await expect.poll(() => isFocused(page.getByRole('heading', { name: 'The meeting' }))).toBe(true);
    expect(await page.getByRole('status').filter({ hasText: 'Marked as held' }).count()).toBe(1);
    expect(await page.locator('.status').first().innerText()).toBe('Held, being written up');
    expect(await page.getByRole('row', { name: /Conference held/ }).innerText()).toContain('Done');

    // Item 2: what follows the meeting, in the Timescales table, in working days.
    const row = (name: RegExp) => page.getByRole('row', { name }).innerText();
    expect(await row(/Decision letter sent/)).toContain('Fri 20 Mar 2026');
    expect(await row(/Decision letter sent/)).toContain('Overdue');
    expect(await row(/Record and plan sent out/)).toContain('Mon 13 Apr 2026');
    expect(await row(/Formal dissent window closes/)).toContain('Sun 22 Mar 2026, 10:05');
    expect(await row(/Formal dissent window closes/)).toContain('Closed');
    await expectNoAxeViolations(page, 'overview: held, with the deadlines after the meeting');

    // The sign-off page no longer asks for it to be marked held.
    await openConference(page, id, '/signoff');
    await page.getByRole('heading', { name: 'Finalise the conference' }).waitFor();
    expect(await page.locator('.signoff-readiness').innerText()).not.toContain('Mark the conference as held');
    await page.context().close();
  });

  it('item 2: the home screen shows the held conference and its next deadline, and the deadline filter finds it', async () => {
    const page = await journey.newPage();
    await page.goto(journey.host.url);
    await page.getByRole('heading', { level: 1, name: 'Conferences' }).waitFor();
    const heldRow = page.getByRole('row', { name: /Held, being written up/ });
    await heldRow.waitFor();
    expect(await heldRow.innerText()).toContain('Overdue');
    expect(await heldRow.innerText()).toContain('Decision letter sent, by Fri 20 Mar 2026');

    // A select by keyboard: the arrow keys choose (Any, Due soon, Overdue…).
    await reach(page, page.getByLabel('Deadlines'));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByLabel('Deadlines').inputValue()).toBe('overdue');
    await expect.poll(() => page.getByRole('row', { name: /Held, being written up/ }).count()).toBe(1);
    // Status (Any, Being prepared, Held…): only the held conference.
    await reach(page, page.getByLabel('Status'));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByLabel('Status').inputValue()).toBe('held');
    await expect.poll(() => page.getByRole('row', { name: /Held, being written up/ }).count()).toBe(1);
    await expect.poll(() => page.getByRole('row', { name: /Being prepared/ }).count()).toBe(0);
    await expectNoAxeViolations(page, 'home: held, overdue');
    await page.context().close();
  });

  it('item 3: the history names the person from their profile, never the login, with times in UK local time', async () => {
    const list = await call<{ id: string; status: string }[]>('listConferences', {});
    if (!list.ok) throw new Error(list.error.message);
    const conference = list.value.find((c) => c.status === 'held');
    if (!conference) throw new Error('No held conference');
    const page = await journey.newPage();
    await page.goto(journey.host.url);
    await openConference(page, conference.id, '/signoff');
    const history = page.getByRole('table', { name: /Every change to this conference/ });
    await history.waitFor();
    const text = await history.innerText();
    expect(text).toContain('Nadia Okonjo');
    expect(text).toContain('Conference held (when it took place)');
    if (userInfo().username !== 'Nadia Okonjo') expect(text).not.toContain(userInfo().username);
    expect(text).not.toContain('UTC');
    await expectNoAxeViolations(page, 'history');
    await page.context().close();
  });
});
