import { app, session, shell, type Session, type WebContents } from 'electron';
import type { Logger } from '../log/logger';
import { frameMayNavigate, isAppUrl } from './app-url';
import { openExternalUrl, type ExternalLinkAllowlist } from './external-links';

/**
 * Guards on every web contents Confer ever creates, attached before any window exists
 * (Electron security checklist items 12–15): no navigation away from app://confer in any frame,
 * no new windows (a web link on the allowlist goes to the user's browser instead), no <webview>.
 */
export function installWebContentsGuards(logger: Logger, allowlist: ExternalLinkAllowlist): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, logger, allowlist));
}

function guardWebContents(contents: WebContents, logger: Logger, allowlist: ExternalLinkAllowlist): void {
  // Every frame, the top one included: will-navigate below hears only the top frame.
  contents.on('will-frame-navigate', (event) => {
    if (frameMayNavigate(event.url, event.isMainFrame)) return;
    event.preventDefault();
    logger.warn('security.navigation-blocked', { kind: event.isMainFrame ? 'frame-navigate' : 'subframe-navigate' });
  });
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    logger.warn('security.navigation-blocked', { kind: 'navigate' });
  });
  contents.on('will-redirect', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    logger.warn('security.navigation-blocked', { kind: 'redirect' });
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    logger.warn('security.webview-blocked');
  });
  contents.setWindowOpenHandler(({ url }) => {
    // Looked up at call time (not captured) so a test can stand in for the browser.
    void openExternalUrl(url, (href) => shell.openExternal(href), allowlist).then((outcome) => {
      if (outcome.opened) logger.info('security.external-link-opened');
      else logger.warn('security.external-link-refused', { reason: outcome.reason });
    });
    return { action: 'deny' };
  });
  contents.on('preload-error', (_event, _preloadPath, error) => {
    logger.error('security.preload-error', { errorName: error.name });
  });
}

/**
 * Nothing in Confer needs a camera, microphone, location, notifications, the clipboard API,
 * HID/USB/serial or anything else a page can ask for, so every request and check is refused
 * (checklist item 5) and logged by name.
 */
export function denyAllPermissions(target: Session, logger: Logger): void {
  target.setPermissionRequestHandler((_contents, permission, callback) => {
    logger.warn('security.permission-denied', { permission, kind: 'request' });
    callback(false);
  });
  target.setPermissionCheckHandler(() => false);
  target.setDevicePermissionHandler(() => false);
}

export function secureDefaultSession(logger: Logger): void {
  denyAllPermissions(session.defaultSession, logger);
}
