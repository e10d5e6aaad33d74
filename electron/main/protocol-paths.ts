import { resolveStaticPath } from '../web-host/static-files';
import { APP_HOST, APP_SCHEME } from './app-url';

export type AppRequestTarget =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'refused'; readonly status: 404 | 405 };

/**
 * Maps an app:// request to a file inside the built renderer, or refuses it. Only GET, only our
 * host, never outside `root` (the traversal check is the web host's, shared). Pure, so the
 * mapping is unit-tested without Electron.
 */
export function resolveAppRequest(root: string, method: string, requestUrl: string): AppRequestTarget {
  if (method !== 'GET') return { kind: 'refused', status: 405 };
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { kind: 'refused', status: 404 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { kind: 'refused', status: 404 };
  // A backslash is a path separator on Windows; no file of ours has one, so refuse it everywhere.
  const decoded = safeDecode(url.pathname);
  if (decoded === null || decoded.includes('\\')) return { kind: 'refused', status: 404 };
  const path = resolveStaticPath(root, url.pathname);
  return path ? { kind: 'file', path } : { kind: 'refused', status: 404 };
}

function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
