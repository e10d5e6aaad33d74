import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startApplication } from '../electron/handlers/app';
import { createFileLogger } from '../electron/log/logger';
import { loadWebHostKey } from '../electron/web-host/dev-key';

/**
 * `npm run seed:example -- --data-dir DIR [--held | --finalised]`: loads the fictional Price and
 * Mills conference into a web host data folder (the same key the web host uses), through the same
 * use cases as the app: set up only, or with the meeting recorded (held), or held and finalised.
 */
const { values } = parseArgs({
  options: { 'data-dir': { type: 'string', default: '.data/web' }, held: { type: 'boolean', default: false }, finalised: { type: 'boolean', default: false } },
});
const stage = values.finalised ? 'finalised' : values.held ? 'held' : 'set-up';
const dataDir = resolve(values['data-dir']);
const application = startApplication({
  dataDir,
  actor: userInfo().username,
  logger: createFileLogger(join(dataDir, 'logs')),
  key: loadWebHostKey(dataDir),
});
const result = await application.dispatch('loadExampleConference', { stage }, { trustedSender: true });
application.close();
if (!result.ok) {
  process.stderr.write(`The example could not be loaded: ${result.error.message}\n`);
  process.exit(1);
}
process.stdout.write(`Loaded the example conference (the Price and Mills family, ${stage}) into ${dataDir}\n`);
