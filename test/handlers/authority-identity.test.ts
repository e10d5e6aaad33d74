import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { MAX_LOGO_BYTES } from '../../shared/authority/identity';
import { startTestApplication } from '../support/app';
import { databaseSnapshot, ok, refused } from '../support/calls';
import { pdfStructText, pdfText } from '../support/pdf-checks';
import { makeTempDir } from '../support/temp-dir';
import { A_SVG_LOGO, aPng, base64 } from '../support/logo-files';

let app: ReturnType<typeof startTestApplication>;
beforeEach(() => {
  app = startTestApplication();
});
afterEach(() => app.dispose());

const IDENTITY = { name: 'Hartwell Borough Council', address: 'Children’s Services\nTown Hall, Hartwell HW1 4ZZ', phone: '01632 960 123' };

describe('the authority’s identity', () => {
  test('starts empty, is saved whole with a PNG logo, and survives a restart', async () => {
    expect(await ok(app, 'getAuthorityIdentity', {})).toEqual({ identity: null, updatedAt: null, updatedBy: null });
    const png = aPng(60, 30);
    const saved = await ok(app, 'saveAuthorityIdentity', { ...IDENTITY, logo: { data: base64(png), alt: 'Hartwell crest', decorative: false } });
    expect(saved.identity).toEqual({ ...IDENTITY, logo: { format: 'png', data: base64(png), width: 60, height: 30, alt: 'Hartwell crest', decorative: false } });
    expect(saved.updatedBy).toBe('test-user');
    app.restart();
    expect((await ok(app, 'getAuthorityIdentity', {})).identity).toEqual(saved.identity);
    // The documents are made from it.
    const history = app.db.prepare("SELECT action FROM audit_event WHERE entity = 'authority-identity'").pluck().all();
    expect(history).toEqual(['update']);
  });

  test('an SVG logo is kept only as the shapes Confer rebuilt, never as sent', async () => {
    const saved = await ok(app, 'saveAuthorityIdentity', { ...IDENTITY, logo: { data: base64(A_SVG_LOGO), alt: '', decorative: true } });
    const kept = Buffer.from(saved.identity?.logo?.data ?? '', 'base64').toString('utf8');
    expect(saved.identity?.logo).toMatchObject({ format: 'svg', width: 120, height: 40, alt: '', decorative: true });
    expect(kept.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"')).toBe(true);
    for (const gone of ['title', 'metadata', 'inkscape', 'class=', 'id=', 'style=']) expect(kept).not.toContain(gone);
  });

  test('the logo can be removed, keeping the rest', async () => {
    await ok(app, 'saveAuthorityIdentity', { ...IDENTITY, logo: { data: base64(aPng()), alt: 'Crest', decorative: false } });
    const saved = await ok(app, 'saveAuthorityIdentity', { ...IDENTITY, logo: null });
    expect(saved.identity).toEqual({ ...IDENTITY, logo: null });
  });

  const bad: readonly [string, unknown, string][] = [
    ['no name', { ...IDENTITY, name: ' ' }, 'name'],
    ['a name of the wrong type', { ...IDENTITY, name: 42 }, 'name'],
    ['a name with a line break', { ...IDENTITY, name: 'Hartwell\nCouncil' }, 'name'],
    ['a huge address', { ...IDENTITY, address: 'x'.repeat(10_000) }, 'address'],
    ['a telephone number in words', { ...IDENTITY, phone: 'call us' }, 'phone'],
    ['a logo with no description, not marked decorative', { ...IDENTITY, logo: { data: base64(aPng()), alt: '', decorative: false } }, 'logo.alt'],
    ['a logo that is not base64', { ...IDENTITY, logo: { data: '<svg onload=alert(1)>', alt: 'x' } }, 'logo.data'],
    ['a logo over the size limit', { ...IDENTITY, logo: { data: 'A'.repeat(Math.ceil(MAX_LOGO_BYTES / 3) * 4 + 8), alt: 'x' } }, 'logo.data'],
    ['a JPEG called a PNG', { ...IDENTITY, logo: { data: base64(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46])), alt: 'x' } }, 'logo.data'],
    ['an SVG with a script', { ...IDENTITY, logo: { data: base64('<svg viewBox="0 0 9 9"><script>alert(1)</script></svg>'), alt: 'x' } }, 'logo.data'],
    ['an SVG that fetches from outside', { ...IDENTITY, logo: { data: base64('<svg viewBox="0 0 9 9"><image href="https://example.com/a.png"/></svg>'), alt: 'x' } }, 'logo.data'],
    ['a damaged PNG', { ...IDENTITY, logo: { data: base64(aPng().subarray(0, 50)), alt: 'x' } }, 'logo.data'],
  ];
  for (const [what, input, field] of bad) {
    test(`${what} is refused clearly, and nothing changes`, async () => {
      await ok(app, 'saveAuthorityIdentity', { ...IDENTITY, name: 'Before' });
      const before = databaseSnapshot(app);
      const error = await refused(app, 'saveAuthorityIdentity', input);
      expect(error.kind).toBe('validation');
      expect(Object.keys(error.fields ?? {})).toContain(field);
      expect(databaseSnapshot(app)).toBe(before);
    });
  }
});

describe('the documents read the identity', () => {
  test('a document made after the identity is saved carries its letterhead', async () => {
    await ok(app, 'saveAuthorityIdentity', { ...IDENTITY, logo: { data: base64(aPng()), alt: 'Hartwell crest', decorative: false } });
    const conferenceId = (await ok(app, 'loadExampleConference', { stage: 'held' })).id;
    const made = await ok(app, 'makeDocument', { conferenceId, kind: 'plan', printSize: 'standard' });
    const folder = makeTempDir('confer-identity-');
    try {
      const file = join(folder.path, made.fileName);
      writeFileSync(file, Buffer.from(made.pdfBase64, 'base64'));
      const text = pdfText(file).replace(/\s+/gu, ' ');
      expect(text).toContain('Hartwell Borough Council');
      expect(text).toContain('Telephone: 01632 960 123');
      expect(pdfStructText(file)).toContain('Figure');
    } finally {
      folder.remove();
    }
  }, 60_000);
});
