/// <reference lib="dom" />
// (evaluate callbacks run in the browser.)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { expectNoAxeViolations } from './browser';
import { useJourney } from './journey';
import { activate, isFocused, reach } from './keyboard';

const journey = useJourney('confer-e2e-translation-');
const files = makeTempDir('confer-e2e-translation-files-');
afterAll(() => files.remove());

type Reply<T> = { ok: true; value: T } | { ok: false; error: unknown };
async function call<T>(name: string, body: unknown): Promise<T> {
  const reply = (await journey.post(name, body)) as Reply<T>;
  if (!reply.ok) throw new Error(`${name} was refused: ${JSON.stringify(reply.error)}`);
  return reply.value;
}

/** An invented family: Nia Hale (11) and her mother Cara, with a plan of one goal and one action. */
async function aFamilyWithAPlan(): Promise<string> {
  const created = await call<{ id: string; children: { id: string }[] }>('createConference', {
    type: 'initial', scheduledDate: '2026-03-19', scheduledTime: '10:00',
    children: [{ status: 'born', givenName: 'Nia', familyName: 'Hale', dateOfBirth: '2015-01-09' }],
  });
  const nia = created.children[0]!.id;
  await call('addFamilyMember', {
    conferenceId: created.id,
    member: { kind: 'parent-or-carer', givenName: 'Cara', familyName: 'Hale', livesInHousehold: true, contactDetails: '', contactDetailsConfidential: false, relationships: [{ childId: nia, relationship: 'Mother', parentalResponsibility: true }] },
  });
  const outcome = crypto.randomUUID();
  await call('saveOutcome', { conferenceId: created.id, id: outcome, text: 'Nia feels safe at home', measure: 'Nia tells her worker she feels safe' });
  await call('saveAction', { conferenceId: created.id, id: crypto.randomUUID(), outcomeId: outcome, what: 'The worker visits Nia every ten working days', dueDate: '2026-04-02' });
  return created.id;
}

/** Types the start of an option's name into a select reached by Tab: the browser's own type-to-choose. */
async function chooseOption(page: Page, select: Locator, name: string) {
  await reach(page, select);
  await page.keyboard.type(name);
  await expect.poll(() => select.evaluate((element) => (element as HTMLSelectElement).selectedOptions[0]?.textContent ?? '')).toBe(name);
}

describe('the conference’s own words through the translation service, by keyboard', () => {
  it('exports the file for a copy and language, imports its translation, and shows every part translated', async () => {
    const conferenceId = await aFamilyWithAPlan();
    const page = await journey.newPage();
    await page.goto(journey.host.url);
    await page.goto(`${journey.host.origin}/#/conferences/${conferenceId}/documents`);
    const section = page.getByRole('region', { name: 'The conference’s own words in the family’s language' });
    await section.waitFor();

    // Export before choosing: the summary says what is missing, and takes the focus.
    await activate(page, section.getByRole('button', { name: 'Export for translation' }));
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.getByText('Choose whose copy to translate.').waitFor();
    await expect.poll(() => isFocused(summary)).toBe(true);

    await chooseOption(page, section.getByLabel('Whose copy'), 'Cara Hale');
    await chooseOption(page, section.getByLabel('Language'), 'Polish');
    const status = section.getByRole('region', { name: 'Where this copy stands' });
    await expect.poll(() => status.innerText().catch(() => '')).toContain('0 translated');
    expect(await status.innerText()).toContain('cannot be made in two languages');

    // The chair leaves one part in English, with the space bar.
    const leave = status.getByRole('checkbox', { name: 'Leave this in English' }).first();
    await reach(page, leave);
    await page.keyboard.press('Space');
    await expect.poll(() => status.innerText()).toContain('1 left in English');
    // The part moved to the list of those left in English, and the focus went with it.
    await expect.poll(() => isFocused(status.getByRole('checkbox', { name: 'Leave this in English', checked: true }))).toBe(true);

    const [download] = await Promise.all([page.waitForEvent('download'), activate(page, section.getByRole('button', { name: 'Export for translation' }))]);
    expect(download.suggestedFilename()).toMatch(/^confer-translation-pl-[0-9a-f]{8}\.xlf$/u);
    const exported = join(files.path, download.suggestedFilename());
    await download.saveAs(exported);
    const xliff = readFileSync(exported, 'utf8');
    expect(xliff).toContain('version="2.0"');
    expect(xliff).toContain('trgLang="pl"');

    // The translation service fills in the targets.
    const translated = join(files.path, 'translated.xlf');
    writeFileSync(translated, xliff.replace(/<source>([^<]*)<\/source>/gu, (_whole, english: string) => `<source>${english}</source><target>PL ${english}</target>`));
    const importField = section.getByLabel('Import translation');
    await reach(page, importField);
    // Reached by keyboard; the operating system's file dialog is not Confer's, so the file is given to the field.
    await importField.setInputFiles(translated);
    await expect.poll(() => status.innerText().catch(() => '')).toContain('Every part is translated or left in English');
    expect(await status.innerText()).toContain('PL The worker visits Nia every ten working days');
    // The part left in English stays so, whatever the file sent.
    expect(await status.innerText()).toContain('1 left in English');
    await expect.poll(() => page.getByTestId('family-status').innerText()).toContain('Imported');
    await expectNoAxeViolations(page, 'documents, a copy translated');

    // A garbage file is refused, and the summary says so.
    const garbage = join(files.path, 'garbage.xlf');
    writeFileSync(garbage, 'not a translation');
    await importField.setInputFiles(garbage);
    await summary.getByText(/not an XLIFF 2 file/u).waitFor();
    await expect.poll(() => isFocused(summary)).toBe(true);
    await page.context().close();
  });
});
