import { chmodSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_FOLDER } from '../../db/backup';
import { DATABASE_FILE_NAME } from '../../db/open';
import { startApplication, type Application } from '../../electron/handlers/app';
import { silentLogger } from '../../electron/log/logger';
import { DATABASE_KEY_FILE, loadDatabaseKey, type SecureStorage } from '../../electron/main/database-key';
import { loadWebHostKey, WEB_HOST_KEY_FILE } from '../../electron/web-host/dev-key';
import { trusted } from '../support/app';
import { makeTempDir } from '../support/temp-dir';

// Modes are a POSIX idea: on Windows the folder's access control list decides.
const posix = process.platform !== 'win32';

let dir: ReturnType<typeof makeTempDir>;
let dataDir: string;
let app: Application | undefined;
let umask: number;
beforeEach(() => {
  dir = makeTempDir();
  dataDir = join(dir.path, 'confer-data');
  // The most permissive umask: every mode below is Confer's own doing, not the umask's.
  umask = process.umask(0);
});
afterEach(() => {
  app?.close();
  app = undefined;
  process.umask(umask);
  dir.remove();
});

const modeOf = (path: string) => statSync(path).mode & 0o777;
const databaseFile = () => join(dataDir, DATABASE_FILE_NAME);

function start(): Application {
  const key = loadWebHostKey(dataDir, {});
  return (app = startApplication({ dataDir, actor: 'test-user', logger: silentLogger, key, backupEveryHours: 0 }));
}

/** Every file Confer keeps, with the mode it must have. */
function expectPrivate() {
  const backups = join(dataDir, BACKUP_FOLDER);
  const backupFiles = readdirSync(backups);
  expect(backupFiles.length).toBeGreaterThan(0);
  const modes = Object.fromEntries(
    [
      [dataDir, dataDir],
      [backups, backups],
      ...['', '-wal', '-shm'].map((suffix) => [`${DATABASE_FILE_NAME}${suffix}`, `${databaseFile()}${suffix}`]),
      [WEB_HOST_KEY_FILE, join(dataDir, WEB_HOST_KEY_FILE)],
      ...backupFiles.map((name) => [name, join(backups, name)]),
    ].map(([label, path]) => [label, modeOf(path ?? '').toString(8)]),
  );
  expect(modes).toEqual({
    [dataDir]: '700',
    [backups]: '700',
    [DATABASE_FILE_NAME]: '600',
    [`${DATABASE_FILE_NAME}-wal`]: '600',
    [`${DATABASE_FILE_NAME}-shm`]: '600',
    [WEB_HOST_KEY_FILE]: '600',
    ...Object.fromEntries(backupFiles.map((name) => [name, '600'])),
  });
}

describe.runIf(posix)('the files Confer keeps', () => {
  it('issue 14 item 8: the database, its WAL and SHM, the key file and backups are 0600 and their folders 0700, whatever the umask', async () => {
    mkdirSync(dataDir, { mode: 0o777 }); // as a user's own folder might be, before Confer starts in it
    start();
    expect((await app?.dispatch('backupNow', {}, trusted))?.ok).toBe(true);
    expectPrivate();
  });

  it('issue 14 item 8: files and folders left readable by an earlier version are made private when Confer opens them', async () => {
    mkdirSync(dataDir);
    start();
    expect((await app?.dispatch('backupNow', {}, trusted))?.ok).toBe(true);
    app?.close();
    app = undefined;
    const backups = join(dataDir, BACKUP_FOLDER);
    for (const folder of [dataDir, backups]) chmodSync(folder, 0o755);
    for (const file of [databaseFile(), join(dataDir, WEB_HOST_KEY_FILE), ...readdirSync(backups).map((name) => join(backups, name))]) chmodSync(file, 0o644);

    start();
    expectPrivate();
  });

  it('issue 14 item 8: the desktop app’s key file is 0600 when made and when read, whatever the umask', () => {
    const storage: SecureStorage = {
      isAvailable: () => true,
      backend: () => 'gnome_libsecret',
      encrypt: (text) => Buffer.from(text, 'utf8').reverse(),
      decrypt: (data) => Buffer.from(data).reverse().toString('utf8'),
    };
    const options = { dataDir: dir.path, databaseFile: join(dir.path, DATABASE_FILE_NAME), storage };
    const file = join(dir.path, DATABASE_KEY_FILE);
    loadDatabaseKey(options);
    expect(modeOf(file).toString(8)).toBe('600');
    chmodSync(file, 0o644);
    loadDatabaseKey(options);
    expect(modeOf(file).toString(8)).toBe('600');
  });
});
