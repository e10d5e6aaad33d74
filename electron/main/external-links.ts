/**
 * The only way Confer opens something outside itself: a web page in the user's browser.
 * Pure (the opener is passed in) so every refusal is unit-tested without Electron.
 */
export type OpenExternal = (url: string) => Promise<void>;

export type ExternalLinkOutcome =
  | { readonly opened: true; readonly url: string }
  | { readonly opened: false; readonly reason: 'not-a-string' | 'malformed' | 'scheme-not-allowed' | 'credentials' | 'open-failed' };

const ALLOWED_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:']);

export async function openExternalUrl(value: unknown, open: OpenExternal): Promise<ExternalLinkOutcome> {
  if (typeof value !== 'string') return { opened: false, reason: 'not-a-string' };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { opened: false, reason: 'malformed' };
  }
  // Only web pages: javascript:, file:, data:, app:, smb: and OS handlers could run or reveal things.
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return { opened: false, reason: 'scheme-not-allowed' };
  // user:pass@ in a link is a phishing trick (https://gov.uk@evil.example) and would leak secrets.
  if (url.username !== '' || url.password !== '') return { opened: false, reason: 'credentials' };
  try {
    await open(url.href);
    return { opened: true, url: url.href };
  } catch {
    return { opened: false, reason: 'open-failed' };
  }
}
