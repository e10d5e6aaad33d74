/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { expectNoAxeViolations, tabTo } from './browser';
import { useJourney } from './journey';

const journey = useJourney('confer-e2e-language-');
const downloads = makeTempDir('confer-e2e-language-files-');

afterAll(() => downloads.remove());

const DECLARATION = 'The chair’s independence declaration';

/** The list entry (below the field) for a flagged piece of text. */
const entry = (page: Page, words: string) => page.locator('.language-finding').filter({ hasText: `“${words}”` });

async function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.textContent ?? '');
}

async function selectedText(page: Page): Promise<string> {
  return page.getByLabel(DECLARATION).evaluate((element) => {
    const area = element as HTMLTextAreaElement;
    return area.value.slice(area.selectionStart, area.selectionEnd);
  });
}

/** Presses Alt+F8 until the entry for these words has focus, as a keyboard user would. */
async function moveTo(page: Page, words: string) {
  for (let presses = 0; presses < 12; presses++) {
    await page.keyboard.press('Alt+F8');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('LI');
    if ((await focusedText(page)).includes(`“${words}”`)) return;
  }
  throw new Error(`Alt+F8 never reached “${words}”`);
}

describe('language checks in the app', () => {
  it('checks the chair’s declaration as it is typed, moves between findings by key, changes one, ignores one with a reason that is kept', async () => {
    const page = await journey.newPage();
    await page.goto(journey.host.url);
    await tabTo(page, page.getByRole('button', { name: 'Open the example conference' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Conference details' }).waitFor();

    const declaration = page.getByLabel(DECLARATION);
    await tabTo(page, declaration);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Mother presents as having poor insight and disguised compliance. We met prior to the conference.');

    // Underlined behind the text, and listed below it as the field's description.
    await expect.poll(() => page.locator('.checked-text__mark').allInnerTexts()).toEqual(expect.arrayContaining(['disguised compliance', 'poor insight', 'prior to']));
    await expect.poll(() => entry(page, 'disguised compliance').count()).toBe(1);
    const describedBy = (await declaration.getAttribute('aria-describedby')) ?? '';
    const messageId = await entry(page, 'disguised compliance').locator('.language-finding__message').getAttribute('id');
    expect(describedBy.split(' ')).toContain(messageId);
    await expect.poll(() => page.locator('.checked-text [aria-live="polite"]').filter({ hasText: /suggestions about the wording/ }).count(), { timeout: 5_000 }).toBe(1);
    await expectNoAxeViolations(page, 'overview with wording findings');

    // Alt+F8 selects the words in the text box and focuses their entry.
    await declaration.focus();
    await moveTo(page, 'disguised compliance');
    expect(await selectedText(page)).toBe('disguised compliance');

    // Change another finding to its suggestion.
    await page.keyboard.press('Escape');
    await moveTo(page, 'prior to');
    await tabTo(page, entry(page, 'prior to').getByRole('button', { name: 'Change to “before”' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => declaration.inputValue()).toBe('Mother presents as having poor insight and disguised compliance. We met before the conference.');

    // Ignore one here, with a reason.
    await moveTo(page, 'disguised compliance');
    await tabTo(page, entry(page, 'disguised compliance').getByRole('button', { name: /Ignore here/ }));
    await page.keyboard.press('Enter');
    await page.keyboard.type('Quoting the referral, which the family have seen.');
    await page.keyboard.press('Enter');
    await expect.poll(() => entry(page, 'disguised compliance').count()).toBe(0);
    await page.getByText('1 finding ignored here, with reasons').waitFor();

    await tabTo(page, page.getByRole('button', { name: 'Save details' }));
    await page.keyboard.press('Enter');
    await page.getByText('Saved.').waitFor();

    // After a reload the decision is still there, with its reason, and the finding stays hidden.
    await page.reload();
    await page.getByRole('heading', { name: 'Conference details' }).waitFor();
    await expect.poll(() => page.getByLabel(DECLARATION).inputValue()).toContain('disguised compliance');
    await page.getByText('1 finding ignored here, with reasons').waitFor();
    await expect.poll(() => entry(page, 'poor insight').count()).toBe(1);
    expect(await entry(page, 'disguised compliance').count()).toBe(0);
    await page.getByText('1 finding ignored here, with reasons').click();
    await page.getByText('Quoting the referral, which the family have seen.').waitFor();
    // The overview's summary counts the stored text, without the ignored finding.
    await expect.poll(() => page.getByRole('region', { name: 'Wording' }).innerText()).toContain('1 ignored with a reason');
    await expectNoAxeViolations(page, 'overview after reload');
    await page.context().close();
  });

  it('edits the authority pack with a live preview, then exports and re-imports it', async () => {
    const page = await journey.newPage();
    await page.goto(journey.host.url);
    await tabTo(page, page.getByRole('link', { name: 'Authority settings' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Language pack' }).waitFor();
    const preview = page.locator('#pack-preview-findings');
    await expect.poll(() => preview.innerText()).toContain('“MACPT”');

    await tabTo(page, page.getByLabel('Pack name'), { maxPresses: 300 });
    await page.keyboard.type('Northmere Council');
    await tabTo(page, page.getByLabel('Pack id (letters, digits, hyphens)'));
    await page.keyboard.press('Control+A');
    await page.keyboard.type('northmere');
    await tabTo(page, page.getByRole('button', { name: 'Add an acronym' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByLabel('Acronym', { exact: true }), { reverse: true });
    await page.keyboard.type('MACPT');
    await page.keyboard.press('Tab');
    await page.keyboard.type('multi-agency child protection team');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space'); // Families know it
    await expect.poll(() => preview.innerText()).not.toContain('“MACPT”');
    await expectNoAxeViolations(page, 'language pack settings');

    await tabTo(page, page.getByRole('button', { name: 'Save the language pack' }));
    await page.keyboard.press('Enter');
    await page.getByText('The language pack is saved.').waitFor();

    // Export: a JSON file that passes the schema.
    await tabTo(page, page.getByRole('button', { name: 'Export as a file' }));
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const file = join(downloads.path, download.suggestedFilename());
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { id: string; acronyms: { acronym: string; wellKnown: boolean }[] };
    expect(exported.id).toBe('northmere');
    expect(exported.acronyms).toEqual([{ acronym: 'MACPT', expansion: 'multi-agency child protection team', wellKnown: true }]);

    // Back to the national pack only, then import the file again.
    await tabTo(page, page.getByRole('button', { name: 'Use only the national pack' }));
    await page.keyboard.press('Enter');
    await page.getByText('only the national pack applies').waitFor();
    await expect.poll(() => preview.innerText()).toContain('“MACPT”');
    await tabTo(page, page.getByLabel('Import a pack file'), { reverse: true });
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
    await chooser.setFiles(file);
    await page.getByText(/Imported “Northmere Council”/).waitFor();
    expect(await page.getByLabel('Acronym', { exact: true }).inputValue()).toBe('MACPT');
    await expect.poll(() => preview.innerText()).not.toContain('“MACPT”');
    await tabTo(page, page.getByRole('button', { name: 'Save the language pack' }), { reverse: true });
    await page.keyboard.press('Enter');
    await page.getByText('The language pack is saved.').waitFor();
    await page.context().close();
  });
});
