/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser.)
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, tabTo } from './browser';
import { useJourney } from './journey';

const journey = useJourney('confer-e2e-overview-');

async function api(name: string, body: unknown) {
  return (await journey.post(name, body)) as { ok: boolean; value: { id: string } };
}

async function typeDate(page: Page, legend: string, parts: readonly [string, string, string]) {
  const group = page.getByRole('group', { name: legend });
  await tabTo(page, group.getByLabel('Day'));
  for (const [index, part] of parts.entries()) {
    await page.keyboard.press('Control+A');
    await page.keyboard.type(part);
    if (index < 2) await page.keyboard.press('Tab');
  }
}

describe('the overview of a conference', () => {
  it('opens the example conference from an empty app, quorate and with its timescales', async () => {
    const page = await journey.newPage();
    await page.goto(journey.host.url);
    await tabTo(page, page.getByRole('button', { name: 'Open the example conference' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Initial conference: Ruby Price, Leo Mills, Unborn baby Mills' }).waitFor();
    await expect.poll(() => page.getByText('This conference is due by').innerText()).toContain('Mon 23 Mar 2026');
    expect(await page.getByRole('heading', { name: /Quoracy/ }).innerText()).toContain('Quorate');
    expect(await page.getByRole('row', { name: /Reports shared with the family/ }).innerText()).toContain('Done late');
    await expectNoAxeViolations(page, 'overview (example)');
    for (const section of ['Family and network', 'Invitations and reports', 'Agenda']) {
      await tabTo(page, page.getByRole('link', { name: section }));
      await page.keyboard.press('Enter');
      await expect.poll(() => page.title()).toContain(section);
      await expectNoAxeViolations(page, section);
    }
    await page.context().close();
  });

  it('records the details by keyboard, asks for a reason when the conference is late, and keeps them', async () => {
    const created = await api('createConference', {
      type: 'initial',
      scheduledDate: '2026-03-19',
      scheduledTime: '10:00',
      children: [{ status: 'born', givenName: 'Ruby', familyName: 'Price', dateOfBirth: '2016-11-02' }],
    });
    await api('createProfessional', { professional: { name: 'Priya Anand', role: 'LCPP', agency: 'childrens-social-care' } });
    const page = await journey.newPage();
    await page.goto(journey.host.url);
    await page.evaluate((id) => (window.location.hash = `#/conferences/${id}`), created.value.id);
    await page.getByRole('heading', { name: 'Conference details' }).waitFor();

    // A strategy discussion long before the conference makes it late: the reason is required.
    await typeDate(page, 'Date of the strategy discussion', ['2', '2', '2026']);
    // A radio group is one Tab stop; arrow keys choose within it.
    await tabTo(page, page.getByRole('radio', { name: 'In person' }));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await tabTo(page, page.getByLabel('Venue or online link name'));
    await page.keyboard.type('Northmere Civic Centre, Room 2');
    // The list of professionals arrives after the form: wait for it before choosing.
    await page.getByLabel('Chair', { exact: true }).locator('option', { hasText: 'Priya Anand' }).first().waitFor({ state: 'attached' });
    await tabTo(page, page.getByLabel('Chair', { exact: true }));
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByLabel('Chair', { exact: true }).inputValue()).not.toBe('');
    await tabTo(page, page.getByRole('radio', { name: 'Yes' }).first());
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('button', { name: 'Save details' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('record the reason for the delay');
    await expectNoAxeViolations(page, 'overview (with errors)');

    await tabTo(page, page.getByLabel('Reason the conference is after its due date'));
    await page.keyboard.type('Police could not attend earlier; agreed with the team manager.');
    await tabTo(page, page.getByRole('button', { name: 'Save details' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').innerText()).toBe('Saved.');
    await expect.poll(() => page.getByText('This conference is due by').innerText()).toContain('Mon 23 Feb 2026');

    await page.reload();
    await page.getByRole('heading', { name: 'Conference details' }).waitFor();
    expect(await page.getByLabel('Venue or online link name').inputValue()).toBe('Northmere Civic Centre, Room 2');
    expect(await page.getByLabel('Chair', { exact: true }).inputValue()).not.toBe('');
    expect(await page.getByRole('radio', { name: 'Hybrid (some in the room, some online)' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Reason the conference is after its due date').inputValue()).toContain('Police could not attend');
    await page.context().close();
  });
});
