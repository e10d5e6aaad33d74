import { startApplication, type Application } from '../../electron/handlers/app';
import { silentLogger } from '../../electron/log/logger';
import { randomBytes } from 'node:crypto';
import { makeTempDir } from './temp-dir';

/** The real application on a real database in a temporary folder. */
export function startTestApplication(): Application & { readonly dataDir: string; readonly key: Buffer; readonly restart: () => void; readonly dispose: () => void } {
  const dir = makeTempDir();
  const key = randomBytes(32);
  const start = () => startApplication({ dataDir: dir.path, actor: 'test-user', logger: silentLogger, key, backupEveryHours: 0 });
  let application = start();
  return {
    get db() {
      return application.db;
    },
    dispatch: (...args) => application.dispatch(...args),
    get backups() {
      return application.backups;
    },
    close: () => application.close(),
    dataDir: dir.path,
    key,
    /** Closes the application and opens it again on the same data, as a reload or a restart does. */
    restart: () => {
      application.close();
      application = start();
    },
    dispose: () => {
      application.close();
      dir.remove();
    },
  };
}

export const trusted = { trustedSender: true } as const;
