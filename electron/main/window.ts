import { BrowserWindow, type WebContents } from 'electron';
import type { Logger } from '../log/logger';
import { APP_ENTRY_URL } from './app-url';

export interface MainWindowOptions {
  /** The bundled preload (out/electron/preload.cjs). */
  readonly preloadPath: string;
  /** DevTools only in development; a packaged app never opens them. */
  readonly devTools: boolean;
  readonly logger: Logger;
}

/** The renderer's canvas colour (renderer/src/styles/tokens.css), so there is no white flash. */
const CANVAS_COLOUR = '#f3f2f1';

const ourWindows = new Set<BrowserWindow>();

/**
 * The one way Confer makes a window. Every renderer is sandboxed, isolated and without Node;
 * it reaches the application only through the preload's closed API.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Confer',
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    backgroundColor: CANVAS_COLOUR,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      spellcheck: false,
      // A middle-click must not open a link in a new window (electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
      devTools: options.devTools,
      // Never fall back to insecure content or looser rules, whatever a page asks for.
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    },
  });
  ourWindows.add(window);
  window.on('closed', () => ourWindows.delete(window));
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    options.logger.error('window.load-failed', { errorName: error instanceof Error ? error.name : typeof error });
  });
  return window;
}

/** Whether these web contents belong to a window Confer made (not a devtools or stray view). */
export function isOurWindowContents(contents: WebContents): boolean {
  for (const window of ourWindows) {
    if (!window.isDestroyed() && window.webContents === contents) return true;
  }
  return false;
}

export function firstWindow(): BrowserWindow | undefined {
  for (const window of ourWindows) if (!window.isDestroyed()) return window;
  return undefined;
}
