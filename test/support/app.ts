import { startApplication, type Application } from '../../electron/handlers/app';
import { silentLogger } from '../../electron/log/logger';
import { randomBytes } from 'node:crypto';
import { makeTempDir } from './temp-dir';

/** The real application on a real database in a temporary folder. */
export function startTestApplication(): Application & { readonly dataDir: string; readonly key: Buffer; readonly dispose: () => void } {
  const dir = makeTempDir();
  const key = randomBytes(32);
  const application = startApplication({ dataDir: dir.path, actor: 'test-user', logger: silentLogger, key, backupEveryHours: 0 });
  return {
    get db() {
      return application.db;
    },
    dispatch: application.dispatch,
    backups: application.backups,
    close: application.close,
    dataDir: dir.path,
    key,
    dispose: () => {
      application.close();
      dir.remove();
    },
  };
}

export const trusted = { trustedSender: true } as const;
