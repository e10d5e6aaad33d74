/**
 * The app's own origin. The renderer is only ever loaded from here, never from file:// or http,
 * so every guard (navigation, IPC sender, protocol) can compare against one value.
 * Pure: no Electron import, so the checks are unit-tested under Node.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'confer';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Whether a URL belongs to the app. Compares scheme and host rather than `URL.origin`, because
 * Node's URL gives "null" as the origin of schemes it does not know (Chromium knows ours once it
 * is registered as standard).
 */
export function isAppUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '' && url.port === '';
}

/**
 * Whether a frame may go to this address: only the top frame, and only within the app. Confer
 * has no frames of its own (the CSP's frame-src is 'none'), so a frame that navigates at all is
 * something else's doing.
 */
export function frameMayNavigate(url: unknown, isMainFrame: boolean): boolean {
  return isMainFrame && isAppUrl(url);
}
