import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { frameMayNavigate } from '../../electron/main/app-url';
import { EXTERNAL_LINKS_FILE_NAME, openExternalUrl, parseExternalLinkAllowlist, readExternalLinkAllowlist } from '../../electron/main/external-links';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { makeTempDir } from '../support/temp-dir';

function recorder() {
  const opened: string[] = [];
  return { opened, open: async (url: string) => void opened.push(url) };
}

/** The sites the tests below may open; what a refused address is refused for comes before the list. */
const LISTED = new Set(['www.gov.uk', 'example.org']);

describe('opening a link outside Confer', () => {
  it.each(['https://www.gov.uk/government/publications/working-together-to-safeguard-children--2', 'http://example.org/'])(
    'opens a web page on a listed site in the browser: %s',
    async (url) => {
      const { opened, open } = recorder();
      await expect(openExternalUrl(url, open, LISTED)).resolves.toMatchObject({ opened: true });
      expect(opened).toEqual([new URL(url).href]);
    },
  );

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'file:///etc/passwd',
    'file://server/share/record.docx',
    'app://confer/index.html',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'smb://server/share',
    'mailto:someone@example.org',
    'ms-settings:',
  ])('refuses anything that is not a web page: %s', async (url) => {
    const { opened, open } = recorder();
    await expect(openExternalUrl(url, open, LISTED)).resolves.toEqual({ opened: false, reason: 'scheme-not-allowed' });
    expect(opened).toEqual([]);
  });

  it.each(['', 'not a url', '//example.org', 'https://', 'http://exa mple.org'])('refuses a malformed address: %j', async (url) => {
    const { opened, open } = recorder();
    await expect(openExternalUrl(url, open, LISTED)).resolves.toEqual({ opened: false, reason: 'malformed' });
    expect(opened).toEqual([]);
  });

  it.each([undefined, null, 42, {}, ['https://example.org'], new URL('https://example.org')])(
    'refuses a value that is not a string: %j',
    async (value) => {
      const { opened, open } = recorder();
      await expect(openExternalUrl(value, open, LISTED)).resolves.toEqual({ opened: false, reason: 'not-a-string' });
      expect(opened).toEqual([]);
    },
  );

  it.each(['https://user:secret@example.org/', 'https://www.gov.uk@evil.example/', 'http://:pw@example.org/'])(
    'refuses an address carrying credentials: %s',
    async (url) => {
      const { opened, open } = recorder();
      await expect(openExternalUrl(url, open, LISTED)).resolves.toEqual({ opened: false, reason: 'credentials' });
      expect(opened).toEqual([]);
    },
  );

  it('reports, rather than throws, when the browser cannot be opened', async () => {
    const failing = async () => {
      throw new Error('no browser');
    };
    await expect(openExternalUrl('https://example.org', failing, LISTED)).resolves.toEqual({ opened: false, reason: 'open-failed' });
  });
});

describe('issue 14 item 11: which sites a link may open', () => {
  const folders: { remove: () => void }[] = [];
  const dataDir = () => {
    const folder = makeTempDir();
    folders.push(folder);
    return folder.path;
  };
  afterEach(() => folders.splice(0).forEach((folder) => folder.remove()));

  it('issue 14 item 11: window.open of a web page is refused unless its site is on the allowlist, which is empty by default', async () => {
    const { opened, open } = recorder();
    const empty = readExternalLinkAllowlist(dataDir());
    expect(empty).toEqual({ allowlist: new Set(), problem: null });
    for (const url of ['https://www.gov.uk/', 'http://example.org/', 'https://evil.example/?child=Ruby']) {
      await expect(openExternalUrl(url, open, empty.allowlist), url).resolves.toEqual({ opened: false, reason: 'not-allowed' });
    }

    const folder = dataDir();
    writeFileSync(join(folder, EXTERNAL_LINKS_FILE_NAME), JSON.stringify({ allowedAuthorities: ['WWW.GOV.UK', 'example.org:443', 'bücher.example'] }));
    const listed = readExternalLinkAllowlist(folder);
    expect(listed).toEqual({ allowlist: new Set(['www.gov.uk', 'example.org', 'xn--bcher-kva.example']), problem: null });
    for (const url of ['https://www.gov.uk/guidance', 'https://example.org/', 'https://bücher.example/']) {
      await expect(openExternalUrl(url, open, listed.allowlist), url).resolves.toMatchObject({ opened: true });
    }
    for (const url of ['https://evil.example/', 'https://www.gov.uk.evil.example/', 'https://gov.uk/', 'https://example.org:8443/', 'https://sub.example.org/']) {
      await expect(openExternalUrl(url, open, listed.allowlist), url).resolves.toEqual({ opened: false, reason: 'not-allowed' });
    }
    expect(opened).toEqual(['https://www.gov.uk/guidance', 'https://example.org/', 'https://xn--bcher-kva.example/']);
  });

  it('issue 14 item 11: an allowlist file that is not exactly right allows nothing', () => {
    for (const text of ['', 'not json', '[]', 'null', '{"allowedAuthorities":"www.gov.uk"}', '{"allowed":["www.gov.uk"]}', '{"allowedAuthorities":["www.gov.uk"],"more":1}',
      '{"allowedAuthorities":["https://www.gov.uk"]}', '{"allowedAuthorities":["www.gov.uk/path"]}', '{"allowedAuthorities":["user@www.gov.uk"]}', '{"allowedAuthorities":[""]}', '{"allowedAuthorities":[42]}', '{"allowedAuthorities":["www.gov.uk","*.evil.example"]}']) {
      expect(parseExternalLinkAllowlist(text), text).toEqual({ allowlist: new Set(), problem: 'malformed' });
    }
    const folder = dataDir();
    writeFileSync(join(folder, EXTERNAL_LINKS_FILE_NAME), '{"allowedAuthorities":["www.gov.uk",]}');
    expect(readExternalLinkAllowlist(folder)).toEqual({ allowlist: new Set(), problem: 'malformed' });
  });

  it('issue 14 item 11: no frame navigates, and the top frame only within Confer', () => {
    expect(frameMayNavigate('app://confer/index.html#/conferences/1', true)).toBe(true);
    for (const url of ['app://confer/index.html', 'https://example.org/', 'about:blank', 'about:srcdoc', 'blob:app://confer/1', 'data:text/html,x']) {
      expect(frameMayNavigate(url, false), url).toBe(false);
    }
    for (const url of ['https://example.org/', 'app://confer.evil/', 'file:///etc/passwd', 'about:blank', 42]) {
      expect(frameMayNavigate(url, true), String(url)).toBe(false);
    }
  });

  it('issue 14 item 11: the Content-Security-Policy lets no frame load', () => {
    const directives = CONTENT_SECURITY_POLICY.split(';').map((directive) => directive.trim());
    expect(directives).toContain("frame-src 'none'");
    expect(directives.filter((directive) => directive.startsWith('frame-src'))).toHaveLength(1);
    // The renderer's page carries the same policy as a meta tag (which cannot hold frame-ancestors).
    const page = readFileSync(join(import.meta.dirname, '..', '..', 'renderer', 'index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/u.exec(page)?.[1];
    expect(meta?.split(';').map((directive) => directive.trim())).toEqual(directives.filter((directive) => !directive.startsWith('frame-ancestors')));
  });
});
