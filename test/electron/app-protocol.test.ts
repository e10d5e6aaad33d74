import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, isAppUrl } from '../../electron/main/app-url';
import { nativeBindingPath } from '../../electron/main/native-binding';
import { resolveAppRequest } from '../../electron/main/protocol-paths';
import { makeTempDir } from '../support/temp-dir';

const dir = makeTempDir();
const root = join(dir.path, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html>');
writeFileSync(join(dir.path, 'secret.txt'), 'outside the renderer');
afterAll(() => dir.remove());

const get = (url: string) => resolveAppRequest(root, 'GET', url);

describe('the app:// protocol', () => {
  it('serves the entry page and assets from the built renderer', () => {
    expect(get(APP_ENTRY_URL)).toEqual({ kind: 'file', path: join(root, 'index.html') });
    expect(get(`${APP_ORIGIN}/`)).toEqual({ kind: 'file', path: join(root, 'index.html') });
    expect(get(`${APP_ORIGIN}/assets/index-abc123.js`)).toEqual({ kind: 'file', path: join(root, 'assets', 'index-abc123.js') });
  });

  it('answers only GET', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS']) {
      expect(resolveAppRequest(root, method, APP_ENTRY_URL)).toEqual({ kind: 'refused', status: 405 });
    }
  });

  it('answers only for its own host and scheme', () => {
    expect(get('app://other/index.html')).toEqual({ kind: 'refused', status: 404 });
    expect(get('app://confer:8080/index.html')).toEqual({ kind: 'refused', status: 404 });
    expect(get('https://confer/index.html')).toEqual({ kind: 'refused', status: 404 });
    expect(get('not a url')).toEqual({ kind: 'refused', status: 404 });
  });

  it.each([
    'app://confer/../secret.txt',
    'app://confer/assets/../../secret.txt',
    'app://confer/%2e%2e/secret.txt',
    'app://confer/%2E%2E%2Fsecret.txt',
    'app://confer/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://confer/..%5csecret.txt',
    'app://confer/assets\\..\\..\\secret.txt',
    'app://confer/%5c%5cserver%5cshare',
    'app://confer/index.html%00.png',
    'app://confer/%E0%A4%A',
  ])('never serves anything outside the renderer folder: %s', (url) => {
    const target = get(url);
    if (target.kind === 'file') {
      expect(target.path.startsWith(resolve(root) + sep)).toBe(true);
      // The URL parser folds `..` away, so at most this names a file inside the renderer folder.
      expect(target.path).not.toBe(join(dir.path, 'secret.txt'));
    } else {
      expect(target.status).toBe(404);
    }
  });

  it('refuses encoded backslashes and NUL outright', () => {
    expect(get('app://confer/..%5csecret.txt')).toEqual({ kind: 'refused', status: 404 });
    expect(get('app://confer/index.html%00.png')).toEqual({ kind: 'refused', status: 404 });
  });
});

describe('the app origin check (navigation guards and IPC sender check)', () => {
  it('accepts only app://confer', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://confer/index.html#/conferences/1')).toBe(true);
    for (const other of ['app://confer.evil/index.html', 'app://other/', 'app://user@confer/', 'app://confer:1/', 'https://confer/', 'file:///index.html', 'about:blank', '', 42, null]) {
      expect(isAppUrl(other)).toBe(false);
    }
  });
});

describe('where the Electron-ABI SQLite addon is loaded from', () => {
  const place = { resourcesPath: '/opt/Confer/resources', projectRoot: '/work/confer', electronVersion: '39.8.10' };
  it('is out/native in development, beside the Node-ABI build in node_modules', () => {
    expect(nativeBindingPath({ ...place, isPackaged: false })).toBe(join('/work/confer', 'out', 'native', 'electron-39.8.10', 'better_sqlite3.node'));
  });
  it('is the resources folder (outside the asar) when packaged', () => {
    expect(nativeBindingPath({ ...place, isPackaged: true })).toBe(join('/opt/Confer/resources', 'native', 'electron-39.8.10', 'better_sqlite3.node'));
  });
});
