import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkSaveRequest, isPlainPdfFileName, withPdfExtension, writeChosenFile } from '../../electron/main/save-document';
import { SAVE_BASE64_MAX } from '../../shared/documents/save';
import { makeTempDir } from '../support/temp-dir';

const PDF = Buffer.from('%PDF-1.7\n% a tiny stand-in\n%%EOF\n', 'latin1');
const request = (overrides: Record<string, unknown> = {}) => ({ fileName: 'family-plan-danielle-price-2026-03-19.pdf', pdfBase64: PDF.toString('base64'), ...overrides });

const dirs: { remove: () => void }[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => dir.remove()));

describe('saving a made document where the user chooses', () => {
  it('accepts a plain PDF file name and a PDF', () => {
    const checked = checkSaveRequest(request());
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.request.bytes.equals(PDF)).toBe(true);
  });

  it.each([
    ['a folder in the name', '../family-plan.pdf'],
    ['an absolute path', '/etc/family-plan.pdf'],
    ['a Windows folder', 'C:\\Users\\family-plan.pdf'],
    ['a Windows drive', 'C:family-plan.pdf'],
    ['another extension', 'family-plan.exe'],
    ['no name before .pdf', '.pdf'],
    ['a hidden file', '.family-plan.pdf'],
    ['a control character', 'family\u0000plan.pdf'],
    ['a new line', 'family\nplan.pdf'],
    ['spaces around it', ' family-plan.pdf'],
    ['over 200 characters', `${'a'.repeat(197)}.pdf`],
  ])('refuses %s', (_what, fileName) => {
    expect(isPlainPdfFileName(fileName)).toBe(false);
    expect(checkSaveRequest(request({ fileName }))).toEqual({ ok: false, problem: 'file-name' });
  });

  it('accepts a name of exactly 200 characters, and .PDF in capitals', () => {
    expect(isPlainPdfFileName(`${'a'.repeat(196)}.pdf`)).toBe(true);
    expect(isPlainPdfFileName('Family plan.PDF')).toBe(true);
  });

  it.each([
    ['nothing', null, 'not-an-object'],
    ['a string', 'family-plan.pdf', 'not-an-object'],
    ['a name that is not text', { fileName: 7, pdfBase64: '' }, 'file-name'],
    ['content that is not text', { fileName: 'a.pdf', pdfBase64: 42 }, 'not-base64'],
    ['content that is not base64', { fileName: 'a.pdf', pdfBase64: 'not base64!' }, 'not-base64'],
    ['content that is not a PDF', { fileName: 'a.pdf', pdfBase64: Buffer.from('<html>').toString('base64') }, 'not-a-pdf'],
  ])('refuses %s', (_what, input, problem) => {
    expect(checkSaveRequest(input)).toEqual({ ok: false, problem });
  });

  it('refuses content over 30 MB before decoding it', () => {
    expect(checkSaveRequest(request({ pdfBase64: 'A'.repeat(SAVE_BASE64_MAX + 4) }))).toEqual({ ok: false, problem: 'too-large' });
  });

  it('writes the file at the chosen place, adding .pdf when the dialog left it off', async () => {
    const dir = makeTempDir('confer-save-');
    dirs.push(dir);
    const checked = checkSaveRequest(request());
    if (!checked.ok) throw new Error('expected a valid request');
    const written = await writeChosenFile(join(dir.path, 'plan for Danielle'), checked.request);
    expect(written).toBe(join(dir.path, 'plan for Danielle.pdf'));
    expect((await readFile(written)).equals(PDF)).toBe(true);
    expect(withPdfExtension('/tmp/x.Pdf')).toBe('/tmp/x.Pdf');
  });

  it('fails, without writing, when the chosen folder does not exist', async () => {
    const dir = makeTempDir('confer-save-');
    dirs.push(dir);
    const checked = checkSaveRequest(request());
    if (!checked.ok) throw new Error('expected a valid request');
    await expect(writeChosenFile(join(dir.path, 'missing', 'plan.pdf'), checked.request)).rejects.toThrow();
  });

  it('never replaces a file the dialog did not ask about: the name it asked about had no .pdf', async () => {
    const dir = makeTempDir('confer-save-');
    dirs.push(dir);
    const checked = checkSaveRequest(request());
    if (!checked.ok) throw new Error('expected a valid request');
    await writeFile(join(dir.path, 'plan.pdf'), 'an earlier file');
    await expect(writeChosenFile(join(dir.path, 'plan'), checked.request)).rejects.toThrow(/EEXIST/);
    expect(await readFile(join(dir.path, 'plan.pdf'), 'utf8')).toBe('an earlier file');
    // The name the dialog asked about, ".pdf" and all, is replaced as the person agreed.
    await writeChosenFile(join(dir.path, 'plan.pdf'), checked.request);
    expect((await readFile(join(dir.path, 'plan.pdf'))).equals(PDF)).toBe(true);
  });
});
