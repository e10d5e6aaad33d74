/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser.)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { expectNoAxeViolations } from './browser';
import { useJourney } from './journey';
import { activate, isFocused, reach } from './keyboard';

const journey = useJourney('confer-e2e-evaluation-');
const downloads = makeTempDir('confer-e2e-evaluation-files-');
afterAll(() => downloads.remove());

describe('how conferences are going', () => {
  it('by keyboard: the figures as charts with summaries and tables, filters with their errors, the evaluation file saved and imported', async () => {
    const loaded = (await journey.post('loadExampleConference', { stage: 'finalised' })) as { ok: boolean };
    expect(loaded.ok).toBe(true);
    const page = await journey.newPage();
    page.setDefaultTimeout(15_000);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(journey.host.url);
    await page.getByRole('heading', { name: 'Conferences', level: 1 }).waitFor();
    // The charts' code is not loaded until the screen is opened.
    expect(requested.some((url) => url.includes('EvaluationScreen'))).toBe(false);

    await activate(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'How conferences are going' }));
    const heading = page.getByRole('heading', { name: 'How conferences are going', level: 1 });
    await heading.waitFor();
    await expect.poll(() => isFocused(heading)).toBe(true);
    expect(requested.some((url) => url.includes('EvaluationScreen'))).toBe(true);
    // (A retry loads the example again: the count is read, not assumed.)
    const shown = page.getByText(/^Showing figures for \d+ conferences?\.$/);
    await shown.waitFor();
    const all = (await shown.innerText()).replace(/\D/g, '');

    // Each chart is hidden from assistive technology and takes no focus; its summary and table say what it shows.
    for (const id of ['timeliness', 'room', 'child-voice', 'networks', 'decisions', 'language', 'feedback']) {
      const chart = page.getByTestId(`chart-${id}`);
      expect(await chart.getAttribute('aria-hidden')).toBe('true');
      const focusable = await chart.evaluate((element) =>
        Array.from(element.querySelectorAll<HTMLElement | SVGElement>('*')).filter((e) => e.tabIndex >= 0 || ['A', 'BUTTON', 'INPUT'].includes(e.tagName)).map((e) => e.outerHTML.slice(0, 80)),
      );
      expect(focusable).toEqual([]);
      expect((await page.getByTestId(`summary-${id}`).innerText()).length).toBeGreaterThan(20);
    }
    expect(await page.getByRole('table', { name: 'Timeliness: the figures in the chart' }).getByRole('row').count()).toBeGreaterThan(3);
    await expect.poll(() => page.getByTestId('summary-decisions').innerText()).toMatch(/decisions about children/);
    await expectNoAxeViolations(page, 'evaluation');

    // A date that is not one: refused with the summary focused, linked to the field.
    await reach(page, page.getByRole('group', { name: /^From/ }).getByLabel('Day'));
    await page.keyboard.type('31');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2026');
    await activate(page, page.getByRole('button', { name: 'Show the figures' }));
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    await expect.poll(() => isFocused(summary)).toBe(true);
    await expectNoAxeViolations(page, 'evaluation with a refused date');
    await activate(page, summary.getByRole('link').first());
    await expect.poll(() => isFocused(page.getByRole('group', { name: /^From/ }).getByLabel('Day'))).toBe(true);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('1');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('1');
    await activate(page, page.getByRole('button', { name: 'Show the figures' }));
    await expect.poll(() => summary.count()).toBe(0);
    await shown.waitFor();
    // A team with no conferences: every figure nought, said in words.
    await reach(page, page.getByLabel('Team'));
    await page.keyboard.type('Nowhere team');
    await page.keyboard.press('Enter');
    await page.getByText('Showing figures for 0 conferences.').waitFor();

    // The evaluation file: saved through the browser's download, counts only.
    await reach(page, page.getByRole('button', { name: 'Save the evaluation file' }));
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const file = join(downloads.path, download.suggestedFilename());
    await download.saveAs(file);
    const content = readFileSync(file, 'utf8');
    expect(JSON.parse(content)).toMatchObject({ format: 'confer-evaluation', version: 1, figures: { conferences: Number(all) } });
    for (const name of ['Price', 'Mills', 'Ruby', 'Leo', 'Danielle']) expect(content).not.toContain(name);

    // Imported: reached by keyboard; the operating system's file dialog is not Confer's, so the file is given to the field.
    const chooser = page.getByLabel('Evaluation file', { exact: true });
    await reach(page, chooser);
    const altered = join(downloads.path, 'altered.json');
    writeFileSync(altered, content.replace(`"conferences": ${all}`, '"conferences": 99'));
    await chooser.setInputFiles(altered);
    await activate(page, page.getByRole('button', { name: 'Import the file' }));
    const refusal = page.getByRole('alert').filter({ hasText: 'has been changed since it was made' });
    await refusal.waitFor();
    await expect.poll(() => isFocused(refusal)).toBe(true);
    await expectNoAxeViolations(page, 'evaluation file refused');

    await reach(page, chooser);
    await chooser.setInputFiles(file);
    await activate(page, page.getByRole('button', { name: 'Import the file' }));
    await page.getByTestId('evaluation-files-status').filter({ hasText: /^Imported the figures for \d+ conferences?\.$|^This file had been imported already/ }).waitFor();
    await page.getByRole('table', { name: 'Evaluation files imported' }).waitFor();

    // The authority's whole picture: the imported files' figures together.
    await reach(page, page.getByRole('radio', { name: /This computer’s conferences/ }));
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByRole('radio', { name: /whole picture/ }).isChecked()).toBe(true);
    await shown.waitFor();
    await expectNoAxeViolations(page, 'the authority’s whole picture');
    await page.context().close();
  });
});
