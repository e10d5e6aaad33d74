import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTERNAL_LINKS_FILE_NAME } from '../../electron/main/external-links';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { CALL_NAMES } from '../../shared/contract/contract';
import { makeTempDir } from '../support/temp-dir';

/**
 * Starts the real Electron app (built bundles, Electron-ABI SQLite addon) in a temporary data
 * folder and checks the security settings from both sides: the page and the main process.
 *
 * Runs wherever Electron's binary is installed (Linux CI needs a display: xvfb-run). Where it is
 * not (installed with ELECTRON_SKIP_BINARY_DOWNLOAD, or offline), the suite is skipped and says why.
 */
const root = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);

type Setup = { readonly ready: true; readonly binary: string } | { readonly ready: false; readonly reason: string };

function electronBinary(): string | null {
  try {
    // The electron package exports its binary's path, and throws when it was never downloaded.
    const path: unknown = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function runNode(args: readonly string[]): { ok: boolean; lastLine: string } {
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  const lines = `${result.stderr ?? ''}${result.stdout ?? ''}`.trim().split('\n').filter(Boolean);
  return { ok: result.status === 0, lastLine: lines.at(-1) ?? `exit ${result.status}` };
}

/** Builds what the app needs; done only when the binary exists, so a skip costs nothing. */
function prepare(): Setup {
  const binary = electronBinary();
  if (!binary) {
    return { ready: false, reason: "Electron's binary is not installed here (npm install ran without it or offline); run npm install with internet access to run it." };
  }
  if (!existsSync(join(root, 'dist', 'renderer', 'index.html'))) {
    const vite = runNode([require.resolve('vite/bin/vite.js'), 'build', '--config', 'renderer/vite.config.ts']);
    if (!vite.ok) return { ready: false, reason: `the renderer could not be built: ${vite.lastLine}` };
  }
  const bundles = runNode(['scripts/build-electron.mjs']);
  if (!bundles.ok) return { ready: false, reason: `the Electron bundles could not be built: ${bundles.lastLine}` };
  const addon = runNode(['scripts/rebuild-native-for-electron.mjs']);
  if (!addon.ok) return { ready: false, reason: `the Electron-ABI SQLite addon could not be built (offline?): ${addon.lastLine}` };
  return { ready: true, binary };
}

const setup = prepare();
if (!setup.ready) process.stdout.write(`Electron smoke test skipped: ${setup.reason}\n`);

/** What the page sees: typed loosely on purpose, this runs inside the renderer. */
type PageGlobals = Record<string, unknown> & { location: { origin: string; href: string }; confer: Record<string, unknown> };
/** What the main-process probes leave behind for the test to read. */
type MainProbes = { __opened?: string[]; __navigations?: { url: string; prevented: boolean }[] };

describe.skipIf(!setup.ready)('the Electron app', () => {
  const dataDir = makeTempDir('confer-electron-');
  let app: ElectronApplication;
  let page: Page;

  beforeAll(async () => {
    if (!setup.ready) return;
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
    // Test hooks honoured only by an unpackaged app: a throwaway data folder, and a key instead of
    // the OS keychain (CI machines have none unlocked).
    env.CONFER_USER_DATA_DIR = dataDir.path;
    env.CONFER_DB_KEY = randomBytes(32).toString('hex');
    // The authority's IT lists the sites links may open; with no file, none opens.
    writeFileSync(join(dataDir.path, EXTERNAL_LINKS_FILE_NAME), JSON.stringify({ allowedAuthorities: ['example.org'] }));
    app = await electron.launch({
      executablePath: setup.binary,
      // Chromium will not start its OS sandbox as root (containers); the renderer settings under test are unaffected.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), root],
      cwd: root,
      env,
      timeout: 60_000,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  }, 90_000);

  afterAll(async () => {
    await app?.close();
    dataDir.remove();
  });

  it('loads the renderer from app://confer, never file:// or http', async () => {
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).location.origin)).toBe('app://confer');
  });

  it('gives the page exactly the contract calls and the save dialog, as functions, and nothing else', async () => {
    const exposed = await page.evaluate(() => {
      const confer = (globalThis as unknown as PageGlobals).confer;
      return Object.keys(confer).map((key) => [key, typeof confer[key]] as const);
    });
    expect(exposed.map(([key]) => key).sort()).toEqual([...CALL_NAMES, 'saveDocument'].sort());
    expect(exposed.every(([, type]) => type === 'function')).toBe(true);
  });

  it('gives the page no Node: no require, no process, no ipcRenderer', async () => {
    const types = await page.evaluate(() => {
      const page = globalThis as unknown as PageGlobals;
      return [typeof page.require, typeof page.process, typeof page.module, typeof page.ipcRenderer, typeof page.electron];
    });
    expect(types).toEqual(['undefined', 'undefined', 'undefined', 'undefined', 'undefined']);
  });

  it('reaches the application through the bridge (sender trusted, SQLite addon loaded)', async () => {
    const result = await page.evaluate(() => ((globalThis as unknown as PageGlobals).confer.listConferences as (input: object) => Promise<unknown>)({}));
    expect(result).toEqual({ ok: true, value: [] });
  });

  it('runs the window isolated, sandboxed, without Node and without <webview>', async () => {
    const preferences = await app.evaluate(({ BrowserWindow }) => {
      const [window] = BrowserWindow.getAllWindows();
      // Not in Electron's typings, but what Electron's own tests use to read effective preferences.
      const contents = window?.webContents as unknown as { getLastWebPreferences?: () => Record<string, unknown> | null };
      return contents.getLastWebPreferences?.() ?? null;
    });
    expect(preferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, webviewTag: false });
  });

  it('serves every page with the strict Content-Security-Policy', async () => {
    const policy = await page.evaluate(() =>
      (globalThis as unknown as { fetch: (url: string) => Promise<{ headers: { get: (name: string) => string | null } }> })
        .fetch('app://confer/index.html')
        .then((response) => response.headers.get('content-security-policy')),
    );
    expect(policy).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses every permission the page asks for', async () => {
    const answers = await page.evaluate(async () => {
      const page = globalThis as unknown as {
        Notification: { requestPermission: () => Promise<string> };
        navigator: { permissions: { query: (q: { name: string }) => Promise<{ state: string }> } };
      };
      return [await page.Notification.requestPermission(), (await page.navigator.permissions.query({ name: 'geolocation' })).state];
    });
    expect(answers).toEqual(['denied', 'denied']);
  });

  it('opens no window for window.open, and sends a listed site to the browser instead (and no other)', async () => {
    await app.evaluate(({ shell }) => {
      const probes = globalThis as unknown as MainProbes;
      probes.__opened = [];
      // Stand in for the user's browser: the guard looks shell.openExternal up at call time.
      shell.openExternal = async (url: string) => void probes.__opened?.push(url);
    });
    await page.evaluate(() => void (globalThis as unknown as { open: (url: string) => unknown }).open('https://not-listed.example/'));
    await page.evaluate(() => void (globalThis as unknown as { open: (url: string) => unknown }).open('https://example.org/'));
    await expect.poll(() => app.evaluate(() => (globalThis as unknown as MainProbes).__opened ?? [])).toEqual(['https://example.org/']);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    expect(app.windows()).toHaveLength(1);
  });

  it('does not navigate away from Confer when the page tries to', async () => {
    await app.evaluate(({ BrowserWindow }) => {
      const probes = globalThis as unknown as MainProbes;
      probes.__navigations = [];
      // Registered after the guard, so it sees the guard's decision.
      BrowserWindow.getAllWindows()[0]?.webContents.on('will-navigate', (event) => {
        probes.__navigations?.push({ url: event.url, prevented: event.defaultPrevented });
      });
    });
    await page.evaluate(() => {
      (globalThis as unknown as PageGlobals).location.href = 'https://example.org/';
    });
    await expect.poll(() => app.evaluate(() => (globalThis as unknown as MainProbes).__navigations ?? [])).toEqual([{ url: 'https://example.org/', prevented: true }]);
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).location.origin)).toBe('app://confer');
    expect(new URL(page.url()).protocol).toBe('app:');
  });
});
