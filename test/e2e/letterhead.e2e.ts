/// <reference lib="dom" />
// (evaluate callbacks run in the browser.)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pdfStructText, pdfText } from '../support/pdf-checks';
import { A_SVG_LOGO, aPng } from '../support/logo-files';
import { makeTempDir } from '../support/temp-dir';
import { expectNoAxeViolations } from './browser';
import { useJourney } from './journey';
import { activate, isFocused, reach, typeInto } from './keyboard';

const journey = useJourney('confer-e2e-letterhead-');
const files = makeTempDir('confer-e2e-letterhead-files-');
afterAll(() => files.remove());

describe('the authority’s letterhead, by keyboard', () => {
  it('refuses a hostile logo clearly, takes a PNG with its description, and every document then carries it', async () => {
    const hostile = join(files.path, 'crest.svg');
    writeFileSync(hostile, A_SVG_LOGO.replace('<title>', '<script>alert(1)</script><title>'));
    const png = join(files.path, 'crest.png');
    writeFileSync(png, aPng(90, 45));

    const page = await journey.newPage();
    await page.goto(journey.host.url);
    await activate(page, page.getByRole('link', { name: 'Authority settings' }));
    await page.getByRole('heading', { name: 'Your authority’s letterhead' }).waitFor();

    await typeInto(page, page.getByLabel('Authority’s name'), 'Hartwell Borough Council');
    await typeInto(page, page.getByLabel('Address'), 'Children’s Services\nTown Hall, Hartwell HW1 4ZZ');
    await typeInto(page, page.getByLabel('Telephone'), '01632 960 123');

    // A logo with a script in it: refused at once, in the summary at the top (focused) and by the field.
    const chooseLogo = page.getByLabel('Choose a logo');
    await reach(page, chooseLogo);
    // Reached by keyboard; the operating system's file dialog is not Confer's, so the file is given to the field.
    await chooseLogo.setInputFiles(hostile);
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.getByText('crest.svg: The SVG file has a script in it').waitFor();
    await expect.poll(() => isFocused(summary)).toBe(true);
    await expect.poll(() => page.locator('#field-identity-logo-data-error').innerText()).toContain('has a script in it');
    await expectNoAxeViolations(page, 'letterhead with a refused logo');
    // The summary's link takes the keyboard to the field.
    await activate(page, summary.getByRole('link', { name: /has a script in it/ }));
    await expect.poll(() => isFocused(chooseLogo)).toBe(true);

    // A sound PNG: previewed, then described.
    await chooseLogo.setInputFiles(png);
    await page.getByText('crest.png is ready to use.').waitFor();
    await expect.poll(() => summary.count()).toBe(0);
    await page.getByRole('img', { name: 'The logo: not described yet' }).waitFor();

    // Saving with no description is refused by the form's own check, pointing at the description.
    await activate(page, page.getByRole('button', { name: 'Save the letterhead' }));
    await summary.getByText('Describe the logo for people who cannot see it, or mark it as decoration only.').waitFor();
    await typeInto(page, page.getByLabel('Describe the logo for people who cannot see it'), 'Hartwell Borough Council crest');
    await activate(page, page.getByRole('button', { name: 'Save the letterhead' }));
    await page.getByText('The letterhead is saved. Every document made from now on carries it.').waitFor();
    await expect.poll(() => isFocused(page.getByRole('button', { name: 'Save the letterhead' }))).toBe(true);
    await expectNoAxeViolations(page, 'letterhead saved');

    // After a reload it is still there.
    await page.reload();
    await page.getByRole('img', { name: 'The logo: Hartwell Borough Council crest' }).waitFor();
    expect(await page.getByLabel('Authority’s name').inputValue()).toBe('Hartwell Borough Council');

    // A document made now carries the letterhead, the logo a Figure with its description.
    const conference = (await journey.post('loadExampleConference', { stage: 'held' })) as { ok: true; value: { id: string } };
    const made = (await journey.post('makeDocument', { conferenceId: conference.value.id, kind: 'record', printSize: 'standard' })) as { ok: true; value: { pdfBase64: string } };
    const file = join(files.path, 'record.pdf');
    writeFileSync(file, Buffer.from(made.value.pdfBase64, 'base64'));
    expect(pdfText(file).replace(/\s+/gu, ' ')).toContain('Hartwell Borough Council Children’s Services Town Hall, Hartwell HW1 4ZZ Telephone: 01632 960 123');
    expect(pdfStructText(file)).toMatch(/Figure/u);

    // The language pack's file carries the letterhead: exported with it, and offered on import.
    await typeInto(page, page.getByLabel('Pack name'), 'Hartwell pack');
    await typeInto(page, page.getByLabel('Pack id (letters, digits, hyphens)'), 'hartwell');
    // Listening before the click: the download can start before the click's own promise settles.
    const [download] = await Promise.all([page.waitForEvent('download'), activate(page, page.getByRole('button', { name: 'Export as a file' }))]);
    await page.getByText(/with your authority’s letterhead/u).waitFor();
    const exportedFile = join(files.path, download.suggestedFilename());
    await download.saveAs(exportedFile);
    const exported = JSON.parse(readFileSync(exportedFile, 'utf8')) as { id: string; letterhead: { name: string; logo: { format: string; alt: string; data: string } } };
    expect(exported.letterhead).toMatchObject({ name: 'Hartwell Borough Council', phone: '01632 960 123', logo: { format: 'png', alt: 'Hartwell Borough Council crest', decorative: false } });

    // Another authority's file, whose logo hides a script: the letterhead is refused, nothing changes.
    const importInto = async (letterhead: unknown, fileName: string) => {
      const path = join(files.path, fileName);
      writeFileSync(path, JSON.stringify({ ...exported, letterhead }));
      const importField = page.getByLabel('Import a pack file');
      await reach(page, importField);
      await importField.setInputFiles(path);
      await page.getByText(/The file also carries the letterhead of/u).waitFor();
      await activate(page, page.getByRole('button', { name: 'Use the letterhead from the file' }));
    };
    const svgWithScript = Buffer.from(A_SVG_LOGO.replace('<title>', '<script>alert(1)</script><title>')).toString('base64');
    await importInto({ ...exported.letterhead, name: 'Elsewhere Council', logo: { ...exported.letterhead.logo, data: svgWithScript } }, 'hostile-pack.json');
    await page.getByText('The letterhead in the file cannot be used. The SVG file has a script in it').waitFor();
    expect(await page.getByLabel('Authority’s name').inputValue()).toBe('Hartwell Borough Council');

    // A sound one is saved from the file, and the letterhead form shows it.
    await importInto({ ...exported.letterhead, name: 'Hartwell and District Council' }, 'pack.json');
    await page.getByText('The letterhead of Hartwell and District Council is saved from the file.').waitFor();
    await expect.poll(() => page.getByLabel('Authority’s name').inputValue()).toBe('Hartwell and District Council');
    await expectNoAxeViolations(page, 'letterhead imported with a language pack');
    await page.context().close();
  });
});
