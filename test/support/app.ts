import { startApplication, type Application } from '../../electron/handlers/app';
import { silentLogger } from '../../electron/log/logger';
import { makeTempDir } from './temp-dir';

/** The real application on a real database in a temporary folder. */
export function startTestApplication(): Application & { readonly dataDir: string; readonly dispose: () => void } {
  const dir = makeTempDir();
  const application = startApplication({ dataDir: dir.path, actor: 'test-user', logger: silentLogger });
  return {
    ...application,
    dataDir: dir.path,
    dispose: () => {
      application.close();
      dir.remove();
    },
  };
}

export const trusted = { trustedSender: true } as const;
