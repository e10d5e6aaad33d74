/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser.)
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ConferenceDetail } from '../../shared/conference/details';
import { EXAMPLE_RESTRICTED_TEXTS } from '../../shared/example/price-mills-meeting';
import { expectNoAxeViolations } from './browser';
import { useJourney } from './journey';
import { activate, typeInto } from './keyboard';

const journey = useJourney('confer-e2e-family-safe-');

async function api<T>(name: string, body: unknown): Promise<T> {
  const reply = (await journey.post(name, body)) as { ok: boolean; value: T };
  if (!reply.ok) throw new Error(`${name} was refused`);
  return reply.value;
}

// Every section of a conference (renderer/src/app/router.ts; that module needs a window, so listed here).
const CONFERENCE_SECTIONS = ['overview', 'family', 'invitations', 'agenda', 'analysis', 'decision', 'plan', 'signoff', 'documents'] as const;
const CONFIDENTIAL_ADDRESS = '14 Alder Close';

/** Everything on the page a person could read: its text, and what every field holds (a disabled field's value is not in innerText). */
async function readable(page: Page): Promise<string> {
  return page.evaluate(() =>
    [document.body.innerText, ...Array.from(document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea'), (field) => field.value)].join('\n'),
  );
}

async function expectNothingKept(page: Page, where: string): Promise<void> {
  const text = await readable(page);
  for (const restricted of EXAMPLE_RESTRICTED_TEXTS) expect(text, `${where}: ${restricted.slice(0, 30)}…`).not.toContain(restricted.slice(0, 40));
  expect(text, `${where}: the confidential address`).not.toContain(CONFIDENTIAL_ADDRESS);
}

describe('the family-safe screen, everywhere', () => {
  it('issue 13: with family-safe on, no screen of the example conference shows its restricted sentences or confidential details', async () => {
    const example = await api<ConferenceDetail>('loadExampleConference', { stage: 'held' });
    // Danielle's address is confidential in this run (a refuge, say).
    const danielle = example.familyMembers.find((m) => m.kind === 'parent-or-carer' && m.contactDetails.includes(CONFIDENTIAL_ADDRESS));
    if (!danielle) throw new Error('The example has no parent with that address');
    await api('updateFamilyMember', { familyMemberId: danielle.id, member: { ...danielle, contactDetailsConfidential: true } });

    const page = await journey.newPage();
    await page.goto(journey.host.url);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    // One press in the header turns it on, on any screen.
    await activate(page, page.getByRole('button', { name: 'Family-safe screen', exact: true }));
    await page.getByText('Family-safe screen: restricted information is hidden').waitFor();
    await expectNoAxeViolations(page, 'home (family-safe)');

    // The caseload search neither shows nor matches restricted words.
    await typeInto(page, page.getByLabel('Search conferences'), 'neighbour shouting');
    await page.keyboard.press('Enter');
    await expect.poll(() => readable(page)).toMatch(/No conferences|0 conferences|nothing/i);
    await expectNothingKept(page, 'search');

    for (const section of CONFERENCE_SECTIONS) {
      await page.goto(`${journey.host.origin}/#/conferences/${example.id}${section === 'overview' ? '' : `/${section}`}`);
      await page.getByRole('navigation', { name: 'Conference set-up' }).waitFor();
      await page.waitForLoadState('networkidle');
      await page.getByText('Loading', { exact: false }).first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
      await expectNothingKept(page, section);
      // Nothing can be changed while the family may be looking.
      expect(await page.locator('fieldset.family-safe-section[disabled]').count(), section).toBe(1);
    }
    await expectNoAxeViolations(page, 'documents (family-safe)');

    await page.goto(`${journey.host.origin}/#/conferences/${example.id}/capture`);
    await page.getByRole('heading', { level: 1, name: /Minutes/ }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectNothingKept(page, 'minutes');
    // Every agenda item of the minutes, and who was there.
    for (let item = 0; item < example.agenda.length; item++) {
      await page.keyboard.press('Alt+ArrowDown');
      await expectNothingKept(page, `minutes, item ${item + 1}`);
    }

    // Turning it off asks first.
    await activate(page, page.getByRole('button', { name: 'Show restricted information' }));
    await page.getByRole('heading', { name: /Check the family cannot see the screen/ }).waitFor();
    await activate(page, page.getByRole('button', { name: 'Yes' }));
    await page.getByRole('button', { name: 'Family-safe screen', exact: true }).waitFor();
  });
});
