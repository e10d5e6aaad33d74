/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser.)
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './browser';
import { useJourney } from './journey';
import { activate, isFocused, reach, typeInto } from './keyboard';

const journey = useJourney('confer-e2e-documents-');

async function api(name: string, body: unknown): Promise<{ ok: boolean; value: { id: string } }> {
  return (await journey.post(name, body)) as { ok: boolean; value: { id: string } };
}

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

describe('making, previewing and saving a conference document, by keyboard', () => {
  it('makes the family’s plan for Danielle Price in large print, shows its reading age and pages, and saves it', async () => {
    const example = (await api('loadExampleConference', {})).value;
    const page = await journey.newPage();
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
    });
    await page.goto(journey.host.url);
    await page.goto(`${journey.host.origin}/#/conferences/${example.id}`);
    await page.getByRole('heading', { level: 1, name: /Initial conference/ }).waitFor();

    // Documents, from the conference's own navigation.
    await activate(page, page.getByRole('navigation', { name: 'Conference set-up' }).getByRole('link', { name: 'Documents', exact: true }));
    await page.getByRole('heading', { level: 2, name: 'Documents' }).waitFor();
    await expect.poll(() => page.title()).toContain('Documents');
    for (const name of ['Family’s plan', 'Decision letter', 'Child protection plan', 'Conference record']) {
      const item = page.getByRole('region', { name, exact: true });
      await item.getByRole('button', { name: /^Make the / }).waitFor();
      expect(await item.getByRole('group', { name: 'Print size' }).count()).toBe(1);
    }
    const plan = page.getByRole('region', { name: 'Family’s plan', exact: true });
    await plan.getByText('Each parent or carer gets their own copy, and the family network shares one. Each copy holds only what may reach the people who read it.').waitFor();
    await expectNoAxeViolations(page, 'documents');

    // Who it is for, what is left out of their copy and why, then how it reads, before anything is made.
    await chooseRadio(page, plan.getByRole('group', { name: 'Who is this copy for?' }), /^Jordan Mills/);
    const leftOut = plan.getByRole('region', { name: 'Left out of this copy' });
    await expect.poll(() => leftOut.innerText().catch(() => '')).toContain('Nadia Rahman (Independent domestic violence adviser (IDVA)): they support someone else in the family.');
    expect(await leftOut.innerText()).toContain('Kerry Walsh (Peer parent advocate for Danielle): they support someone else in the family.');
    await expectNoAxeViolations(page, 'documents, what is left out of Jordan’s copy');
    await chooseRadio(page, plan.getByRole('group', { name: 'Who is this copy for?' }), /^Danielle Price/);
    await expect.poll(() => leftOut.innerText().catch(() => '')).toContain('Nothing: everything recorded may reach the people who read this copy.');
    const check = plan.getByRole('region', { name: 'How the plan reads' });
    await expect.poll(() => check.innerText().catch(() => '')).toMatch(/Reading age \d+(\.\d)? \(target 11 or under\)/);
    expect(await check.innerText()).toMatch(/\d+ words\./);
    expect(await check.innerText()).toContain('No wording problems block the family’s plan.');
    await expect.poll(() => page.getByTestId('family-status').innerText()).toContain('Checked. Reading age ');
    await expectNoAxeViolations(page, 'documents, the family’s plan checked');

    // Large print, then Make: busy and announced while it is made, and the focus is never lost.
    await chooseRadio(page, plan.getByRole('group', { name: 'Print size' }), 'Large print (16 point)');
    const make = plan.getByRole('button', { name: 'Make the family’s plan' });
    await reach(page, make);
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => {
        const active = document.activeElement;
        seen.push(`${active === document.body || active === null ? 'lost' : 'kept'}|${document.querySelector('[aria-busy="true"]')?.textContent ?? ''}|${document.querySelector('[data-testid="family-status"]')?.textContent ?? ''}`);
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await page.keyboard.press('Enter');
    const made = plan.getByRole('region', { name: /^Made: Our plan for / });
    await made.waitFor({ timeout: 30_000 });
    await expect.poll(() => isFocused(made.getByRole('heading', { name: /^Made: / }))).toBe(true);
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen.some((s) => s.includes('|Make the family’s plan|') && s.endsWith('Making the family’s plan…'))).toBe(true);
    expect(seen.filter((s) => s.startsWith('lost'))).toEqual([]);
    await expect.poll(() => page.getByTestId('family-status').innerText()).toMatch(/^Made the family’s plan: \d+ pages\. The preview follows\.$/);

    // The preview: one named canvas per page, drawn; the file's name, pages and accessibility.
    const facts = await made.locator('dl').innerText();
    expect(facts).toMatch(/family-plan-danielle-price-\d{4}-\d{2}-\d{2}-large-print\.pdf/);
    expect(facts).toContain('Passed the app’s accessibility checks for tagged PDFs.');
    const pages = Number(/Pages\s+(\d+)/.exec(facts)?.[1]);
    expect(pages).toBeGreaterThan(0);
    const canvases = made.getByRole('img', { name: new RegExp(`^Page \\d+ of ${pages} of Our plan for Ruby, Leo and the baby$`) });
    await expect.poll(() => canvases.count(), { timeout: 20_000 }).toBe(pages);
    expect(await made.locator('canvas').count()).toBe(pages);
    await made.getByRole('img', { name: `Page 1 of ${pages} of Our plan for Ruby, Leo and the baby` }).waitFor();
    // Drawn, not blank: PDF.js ran in its worker under the Content-Security-Policy.
    await expect
      .poll(
        () =>
          made
            .locator('canvas')
            .first()
            .evaluate((canvas) => {
              const c = canvas as HTMLCanvasElement;
              const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
              let ink = 0;
              for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 128) ink++;
              return ink;
            }),
        { timeout: 20_000 },
      )
      .toBeGreaterThan(1_000);
    await expectNoAxeViolations(page, 'documents, the family’s plan made and previewed');
    const shots = process.env['CONFER_SCREENSHOTS'];
    if (shots) {
      await page.screenshot({ path: join(shots, 'documents-preview-full.png'), fullPage: true });
      await made.getByRole('heading', { name: 'Preview', exact: true }).evaluate((element) => element.scrollIntoView());
      await page.screenshot({ path: join(shots, 'documents-preview.png') });
    }

    // Save: the browser's download in the web host; the file is the PDF.
    const save = made.getByRole('button', { name: 'Save the family’s plan' });
    await reach(page, save);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/^family-plan-danielle-price-.*-large-print\.pdf$/);
    const file = await readFile(await download.path());
    expect(file.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await made.getByText('Saved.', { exact: true }).waitFor();
    await expect.poll(() => page.getByTestId('family-status').innerText()).toBe('Saved.');
    expect(await isFocused(save)).toBe(true);
    await expectNoAxeViolations(page, 'documents, saved');

    expect(refused).toEqual([]);
    await page.context().close();
  });

  it('holds the family’s plan back while its wording would harm the family, until the chair says why it must go out as it is', async () => {
    const example = (await api('loadExampleConference', {})).value;
    const statement = await api('saveStatement', { conferenceId: example.id, id: randomUUID(), kind: 'harm', text: 'Staff are worried about Ruby’s risky behaviour at the park after dark.' });
    expect(statement.ok).toBe(true);
    const page = await journey.newPage();
    await page.goto(journey.host.url);
    await page.goto(`${journey.host.origin}/#/conferences/${example.id}/documents`);
    const plan = page.getByRole('region', { name: 'Family’s plan', exact: true });
    await chooseRadio(page, plan.getByRole('group', { name: 'Who is this copy for?' }), /^Danielle Price/);
    const check = plan.getByRole('region', { name: 'How the plan reads' });
    await check.getByRole('heading', { name: 'Wording that would harm or confuse the family' }).waitFor();
    expect(await check.getByRole('listitem').filter({ hasText: 'risky behaviour' }).count()).toBeGreaterThan(0);
    expect(await check.innerText()).toContain('Change the wording, or the chair records why it must go out as it is.');
    const reason = plan.getByLabel('Why the plan must go out as it is (the chair)');
    await reason.waitFor();
    await expectNoAxeViolations(page, 'documents, the family’s plan held back');

    // The application is the judge: no reason, then too short a reason, are refused beside the field.
    await activate(page, plan.getByRole('button', { name: 'Make the family’s plan' }));
    const summary = plan.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'There is a problem' }) });
    await expect.poll(() => isFocused(summary)).toBe(true);
    expect(await summary.innerText()).toContain('Change the wording, or the chair records why it must go out as it is.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // the summary's link goes to the field
    await expect.poll(() => isFocused(reason)).toBe(true);
    await page.keyboard.insertText('Tonight');
    await activate(page, plan.getByRole('button', { name: 'Make the family’s plan' }));
    await expect.poll(() => summary.innerText().catch(() => '')).toContain('The chair’s reason is too short');
    expect(await plan.locator('.field--error').innerText()).toContain('The chair’s reason is too short');
    await expectNoAxeViolations(page, 'documents, the family’s plan refused');
    if (process.env['CONFER_SCREENSHOTS']) await page.screenshot({ path: join(process.env['CONFER_SCREENSHOTS'], 'documents-refused.png') });
    await typeInto(page, reason, 'Danielle asked for the plan today; the worker will talk the wording through with her.');
    await activate(page, plan.getByRole('button', { name: 'Make the family’s plan' }));
    await plan.getByRole('region', { name: /^Made: Our plan for / }).waitFor({ timeout: 30_000 });
    expect(await summary.count()).toBe(0);
    // The chair's reason is kept with the record of the plan made.
    const madeSoFar = page.getByRole('region', { name: 'Documents made so far' });
    await expect.poll(() => madeSoFar.innerText()).toContain('Danielle asked for the plan today; the worker will talk the wording through with her.');
    await expectNoAxeViolations(page, 'documents, with the documents made so far');
    await page.context().close();
  });
});
