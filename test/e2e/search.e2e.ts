/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser.)
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, tabTo } from './browser';
import { useJourney } from './journey';

const journey = useJourney('confer-e2e-search-');

async function api<T>(name: string, body: unknown): Promise<T> {
  const result = (await journey.post(name, body)) as { ok: boolean; value: T };
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result)}`);
  return result.value;
}

interface Made {
  readonly id: string;
  readonly agenda: { id: string }[];
}

beforeAll(async () => {
  // The example family (the Prices and Mills), and two more fictional families.
  await api('loadExampleConference', {});
  const testwood = await api<Made>('createConference', {
    type: 'review',
    scheduledDate: '2026-04-20',
    scheduledTime: '10:00',
    children: [{ status: 'born', givenName: 'Kestrel', familyName: 'Testwood', dateOfBirth: '2019-05-01' }],
  });
  await api('createConference', {
    type: 'initial',
    scheduledDate: '2026-05-11',
    scheduledTime: '14:00',
    children: [{ status: 'born', givenName: 'Kestrel', familyName: 'Mockbridge', dateOfBirth: '2018-02-03' }],
  });
  const say = (text: string, restriction: unknown) =>
    api('saveContribution', { id: randomUUID(), conferenceId: testwood.id, agendaItemId: testwood.agenda[0]?.id, speaker: { kind: 'chair' }, kind: 'information', text, spokenAt: '10:05', restriction });
  await say('The boiler was repaired before the winter.', { level: 'none' });
  await say('Police are looking into the boiler fraud.', { level: 'not-for-family', reason: 'police-investigation' });
});

const count = (page: Page) => page.locator('p.search__count');
const rows = (page: Page) => page.locator('table tbody tr');

describe('searching the caseload from the home screen, by keyboard alone', () => {
  it('searches, filters, and opens a result', async () => {
    const page = await journey.newPage();
    await page.goto(journey.host.url);
    await page.getByRole('heading', { name: 'Conferences', level: 1 }).waitFor();
    await expect.poll(() => count(page).textContent()).toBe('3 conferences.');
    await expectNoAxeViolations(page, 'home (caseload)');

    // "/" moves to the search box from anywhere on the screen.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-text');

    // Part of a name: both Kestrels, announced politely.
    await page.keyboard.type('Kest');
    await expect.poll(() => count(page).textContent()).toBe('2 results.');
    expect(await count(page).getAttribute('role')).toBe('status');
    expect(await rows(page).count()).toBe(2);

    // A filter narrows it: only the review.
    await tabTo(page, page.getByLabel('Type'));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown'); // Any → Initial → Review
    await expect.poll(() => page.getByLabel('Type').inputValue()).toBe('review');
    await expect.poll(() => count(page).textContent()).toBe('1 result.');
    await expect.poll(() => rows(page).first().textContent()).toContain('Kestrel Testwood');

    // A word said in the conference: the restricted contribution is found, and marked.
    await page.keyboard.press('Control+K');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-text');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('boiler');
    const found = rows(page).first();
    await expect.poll(() => found.textContent()).toContain('boiler');
    expect(await count(page).textContent()).toBe('1 result.');
    await expect.poll(() => found.textContent()).toContain('Not for the family');
    expect(await found.textContent()).toContain('The boiler was repaired before the winter.');
    await expectNoAxeViolations(page, 'home (search results)');

    // Nothing found says so.
    await page.keyboard.press('/');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('"NEAR(*');
    await expect.poll(() => count(page).textContent()).toBe('No conferences match.');

    // Open a result by keyboard.
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Testwood');
    await expect.poll(() => count(page).textContent()).toBe('1 result.');
    await tabTo(page, page.getByRole('link', { name: 'Kestrel Testwood' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Kestrel Testwood/ }).waitFor();
    await page.context().close();
  });
});
