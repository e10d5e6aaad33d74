import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startApplication } from '../handlers/app';
import { createFileLogger } from '../log/logger';
import { loadWebHostKey } from './dev-key';
import { startWebHost } from './server';

/**
 * `npm run web -- --port N --data-dir DIR`: the application in a browser, for development and
 * end-to-end tests. Never a deployment mode: it has no encryption of its own and trusts 127.0.0.1.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      'data-dir': { type: 'string', default: '.data/web' },
      'static-dir': { type: 'string', default: 'dist/renderer' },
      // Browser tests of other screens turn the idle lock off; the desktop app always has it.
      'app-lock': { type: 'string', default: 'on' },
      // Browser tests make their backups themselves, so none lands at a moment they cannot predict.
      'automatic-backups': { type: 'string', default: 'on' },
      // Tests of a contribution's history shorten the two-minute editing session.
      'edit-session-seconds': { type: 'string', default: '120' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write('--port must be a whole number from 0 to 65535 (0 picks a free port).\n');
    process.exit(2);
  }
  const dataDir = resolve(values['data-dir']);
  const logger = createFileLogger(join(dataDir, 'logs'));
  const application = startApplication({
    dataDir,
    logger,
    key: loadWebHostKey(dataDir),
    appLock: values['app-lock'] !== 'off',
    editSessionMs: Math.max(0, Number(values['edit-session-seconds']) || 0) * 1000,
    ...(values['automatic-backups'] === 'off' ? { backupEveryHours: 0 } : {}),
  });
  const host = await startWebHost({ port, staticDir: resolve(values['static-dir']), dispatch: application.dispatch, logger });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    await host.close();
    application.close();
    logger.info('web.stopped', { signal });
    process.stdout.write('Confer web host stopped.\n');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  logger.info('web.started');
  process.stdout.write(`Confer web host (for development and tests only)\nOpen: ${host.url}\n`);

}

main().catch((error: unknown) => {
  // Only the error's name and our own safe messages: never a stack with data in it.
  const safe = ['DatabaseFromNewerVersionError', 'DatabaseKeyError'];
  const message = error instanceof Error && safe.includes(error.name) ? error.message : 'Confer could not start.';
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
