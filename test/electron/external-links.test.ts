import { describe, expect, it } from 'vitest';
import { openExternalUrl } from '../../electron/main/external-links';

function recorder() {
  const opened: string[] = [];
  return { opened, open: async (url: string) => void opened.push(url) };
}

describe('opening a link outside Confer', () => {
  it.each(['https://www.gov.uk/government/publications/working-together-to-safeguard-children--2', 'http://example.org/'])(
    'opens a web page in the browser: %s',
    async (url) => {
      const { opened, open } = recorder();
      await expect(openExternalUrl(url, open)).resolves.toMatchObject({ opened: true });
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
    await expect(openExternalUrl(url, open)).resolves.toEqual({ opened: false, reason: 'scheme-not-allowed' });
    expect(opened).toEqual([]);
  });

  it.each(['', 'not a url', '//example.org', 'https://', 'http://exa mple.org'])('refuses a malformed address: %j', async (url) => {
    const { opened, open } = recorder();
    await expect(openExternalUrl(url, open)).resolves.toEqual({ opened: false, reason: 'malformed' });
    expect(opened).toEqual([]);
  });

  it.each([undefined, null, 42, {}, ['https://example.org'], new URL('https://example.org')])(
    'refuses a value that is not a string: %j',
    async (value) => {
      const { opened, open } = recorder();
      await expect(openExternalUrl(value, open)).resolves.toEqual({ opened: false, reason: 'not-a-string' });
      expect(opened).toEqual([]);
    },
  );

  it.each(['https://user:secret@example.org/', 'https://www.gov.uk@evil.example/', 'http://:pw@example.org/'])(
    'refuses an address carrying credentials: %s',
    async (url) => {
      const { opened, open } = recorder();
      await expect(openExternalUrl(url, open)).resolves.toEqual({ opened: false, reason: 'credentials' });
      expect(opened).toEqual([]);
    },
  );

  it('reports, rather than throws, when the browser cannot be opened', async () => {
    const failing = async () => {
      throw new Error('no browser');
    };
    await expect(openExternalUrl('https://example.org', failing)).resolves.toEqual({ opened: false, reason: 'open-failed' });
  });
});
