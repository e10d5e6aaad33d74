import { app, dialog, safeStorage } from 'electron';
import { join, resolve } from 'node:path';
import { DATABASE_FILE_NAME } from '../../db/open';
import { startApplication, type Application } from '../handlers/app';
import { createFileLogger, type Logger } from '../log/logger';
import { loadDatabaseKey, testDatabaseKey, type SecureStorage } from './database-key';
import { readExternalLinkAllowlist } from './external-links';
import { bindIpc, unbindIpc } from './ipc';
import { nativeBindingPath } from './native-binding';
import { registerAppScheme, serveRenderer } from './protocol';
import { bindSaveDocument, unbindSaveDocument } from './save-dialog';
import { installWebContentsGuards, secureDefaultSession } from './security';
import { createMainWindow, firstWindow } from './window';

/**
 * Electron entry (bundled to out/electron/main.cjs). This file only orders the start-up; each
 * concern lives in its own module beside it.
 */

/** This bundle sits in out/electron/; the project (or app.asar) root is two levels up. */
const APP_ROOT = resolve(__dirname, '..', '..');
const RENDERER_ROOT = join(APP_ROOT, 'dist', 'renderer');
const PRELOAD_PATH = join(__dirname, 'preload.cjs');
/** Built beside main.cjs by scripts/build-electron.mjs; it finds its fonts beside itself. */
const DOCUMENT_WORKER_PATH = join(__dirname, 'document-worker.mjs');

/**
 * Test hook: the Electron smoke test points the user data folder at a temporary one. A packaged
 * app ignores it, so it cannot be used to redirect a real user's records.
 */
const TEST_USER_DATA_ENV = 'CONFER_USER_DATA_DIR';

function chooseUserDataDir(): void {
  const override = process.env[TEST_USER_DATA_ENV];
  if (override && !app.isPackaged) app.setPath('userData', resolve(override));
}

function start(): void {
  chooseUserDataDir();
  // Every renderer sandboxed, whatever a window's own options say (checklist item 4).
  app.enableSandbox();
  registerAppScheme();

  // One Confer at a time: two processes writing one database would fight over it.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  const userData = app.getPath('userData');
  const logger = createFileLogger(join(userData, 'logs'));
  const links = readExternalLinkAllowlist(userData);
  if (links.problem) logger.warn('security.external-links-file-refused', { reason: links.problem });
  installWebContentsGuards(logger, links.allowlist);

  let application: Application | null = null;

  app.on('second-instance', () => {
    const window = firstWindow();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  app.on('window-all-closed', () => app.quit());

  app.on('will-quit', () => {
    unbindIpc();
    unbindSaveDocument();
    application?.close();
    application = null;
  });

  app
    .whenReady()
    .then(() => {
      secureDefaultSession(logger);
      serveRenderer(RENDERER_ROOT, logger);
      application = startApplication({
        dataDir: userData,
        logger,
        ...databaseKey(userData),
        nativeBinding: nativeBindingPath({
          isPackaged: app.isPackaged,
          resourcesPath: process.resourcesPath,
          projectRoot: APP_ROOT,
          electronVersion: process.versions.electron,
        }),
        documents: { workerPath: DOCUMENT_WORKER_PATH },
        // Loading react-pdf and the fonts takes seconds: done while the chair looks at the home screen.
        warmUpDocumentsAfterMs: 5_000,
      });
      bindIpc(application.dispatch);
      bindSaveDocument(logger);
      createMainWindow({ preloadPath: PRELOAD_PATH, devTools: !app.isPackaged, logger });
      logger.info('electron.started', { packaged: app.isPackaged });
    })
    .catch((error: unknown) => failToStart(error, logger));
}

const osSecureStorage: SecureStorage = {
  isAvailable: () => safeStorage.isEncryptionAvailable(),
  backend: () => (process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : process.platform),
  encrypt: (plainText) => safeStorage.encryptString(plainText),
  decrypt: (encrypted) => safeStorage.decryptString(encrypted),
};

/** The key, and whether it is new (see ApplicationOptions.keyIsNew); the test hook's never is. */
function databaseKey(userData: string): { key: Buffer; keyIsNew: boolean } {
  const fromTest = testDatabaseKey(app.isPackaged, process.env);
  if (fromTest) return { key: fromTest, keyIsNew: false };
  const { key, isNew } = loadDatabaseKey({ dataDir: userData, databaseFile: join(userData, DATABASE_FILE_NAME), storage: osSecureStorage });
  return { key, keyIsNew: isNew };
}

/** Messages written for the user (ours, never a stack); anything else points to the log. */
const SAFE_MESSAGE_ERRORS: ReadonlySet<string> = new Set(['DatabaseFromNewerVersionError', 'DatabaseKeyError', 'DatabaseKeyUnavailableError', 'UnencryptedDatabaseError']);

/** Tells the user why Confer cannot start, then quits. */
function failToStart(error: unknown, logger: Logger): void {
  const name = error instanceof Error ? error.name : typeof error;
  logger.error('electron.start-failed', { errorName: name });
  const message =
    error instanceof Error && SAFE_MESSAGE_ERRORS.has(name)
      ? error.message
      : `Confer could not start. Details have been written to the log in ${join(app.getPath('userData'), 'logs')}.`;
  dialog.showErrorBox('Confer could not start', message);
  app.exit(1);
}

start();
