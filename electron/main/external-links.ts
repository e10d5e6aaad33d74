/**
 * The only way Confer opens something outside itself: a web page in the user's browser, and only
 * on a site the allowlist names. Pure (the opener and the allowlist are passed in) so every refusal
 * is unit-tested without Electron.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type OpenExternal = (url: string) => Promise<void>;

/** The URL authorities (host, with a port only if it is not the scheme's own) a link may open. */
export type ExternalLinkAllowlist = ReadonlySet<string>;

export type ExternalLinkOutcome =
  | { readonly opened: true; readonly url: string }
  | { readonly opened: false; readonly reason: 'not-a-string' | 'malformed' | 'scheme-not-allowed' | 'credentials' | 'not-allowed' | 'open-failed' };

const ALLOWED_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:']);

export async function openExternalUrl(value: unknown, open: OpenExternal, allowlist: ExternalLinkAllowlist): Promise<ExternalLinkOutcome> {
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
  // A page that could open any site could send what it knows there in the address: only sites
  // the authority's IT has listed are opened, and none when the list is empty (the default).
  if (!allowlist.has(url.host)) return { opened: false, reason: 'not-allowed' };
  try {
    await open(url.href);
    return { opened: true, url: url.href };
  } catch {
    return { opened: false, reason: 'open-failed' };
  }
}

/**
 * The allowlist's file, beside the database in the user data folder, where the authority's IT
 * puts it: `{ "allowedAuthorities": ["www.gov.uk"] }`. It is read by main at start, so nothing
 * the page does can change it. No file means no links open.
 */
export const EXTERNAL_LINKS_FILE_NAME = 'external-links.json';

export type AllowlistProblem = 'unreadable' | 'malformed';

export interface LoadedAllowlist {
  readonly allowlist: ExternalLinkAllowlist;
  /** Why the file was refused (and so nothing is allowed); null when it was read or is absent. */
  readonly problem: AllowlistProblem | null;
}

/**
 * One entry as URL's own `host`: lower case, punycode, the default port dropped, so it compares
 * with a link's the way the browser will read it. Null for anything but a bare authority.
 */
export function normaliseAuthority(entry: unknown): string | null {
  if (typeof entry !== 'string' || entry === '' || /[/\\?#@\s]/u.test(entry)) return null;
  try {
    const url = new URL(`https://${entry}`);
    const bare = url.pathname === '/' && url.search === '' && url.hash === '';
    // Host names and addresses only: no wildcards, which would look like a rule but match nothing.
    return bare && /^(?:\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::\d+)?$/u.test(url.host) ? url.host : null;
  } catch {
    return null;
  }
}

/** The allowlist in the file's text; the whole file is refused if any part of it is not right. */
export function parseExternalLinkAllowlist(text: string): LoadedAllowlist {
  const refused: LoadedAllowlist = { allowlist: new Set(), problem: 'malformed' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return refused;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return refused;
  const keys = Object.keys(parsed);
  const entries: unknown = (parsed as { allowedAuthorities?: unknown }).allowedAuthorities;
  if (keys.length !== 1 || keys[0] !== 'allowedAuthorities' || !Array.isArray(entries)) return refused;
  const authorities = entries.map(normaliseAuthority);
  if (authorities.some((authority) => authority === null)) return refused;
  return { allowlist: new Set(authorities as string[]), problem: null };
}

export function readExternalLinkAllowlist(dataDir: string): LoadedAllowlist {
  let text: string;
  try {
    text = readFileSync(join(dataDir, EXTERNAL_LINKS_FILE_NAME), 'utf8');
  } catch (error) {
    const absent = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return { allowlist: new Set(), problem: absent ? null : 'unreadable' };
  }
  return parseExternalLinkAllowlist(text);
}
