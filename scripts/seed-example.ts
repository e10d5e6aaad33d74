import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startApplication } from '../electron/handlers/app';
import { createFileLogger } from '../electron/log/logger';
import { loadWebHostKey } from '../electron/web-host/dev-key';
import { EXAMPLE_PROFESSIONALS, EXAMPLE_ROLES } from '../shared/example/price-mills';

/**
 * `npm run seed:example -- --data-dir DIR [--held | --finalised]`: loads the fictional Price and
 * Mills conference into a web host data folder (the same key the web host uses), through the same
 * use cases as the app: set up only, or with the meeting recorded (held), or held and finalised.
 * With no profile set up yet, the example's chair is set up as the person using the app, so the
 * record names the chair (never the computer's login name); an existing profile is kept.
 */
const { values } = parseArgs({
  options: { 'data-dir': { type: 'string', default: '.data/web' }, held: { type: 'boolean', default: false }, finalised: { type: 'boolean', default: false } },
});
const stage = values.finalised ? 'finalised' : values.held ? 'held' : 'set-up';
const dataDir = resolve(values['data-dir']);
const application = startApplication({
  dataDir,
  logger: createFileLogger(join(dataDir, 'logs')),
  key: loadWebHostKey(dataDir),
});
const chair = EXAMPLE_PROFESSIONALS.find((professional) => professional.key === EXAMPLE_ROLES.chair);
const profile = await application.dispatch('getProfile', {}, { trustedSender: true });
if (profile.ok && profile.value === null && chair) {
  const saved = await application.dispatch('saveProfile', { profile: { name: chair.name, role: 'chair' } }, { trustedSender: true });
  if (!saved.ok) process.stderr.write(`The chair's profile could not be set up: ${saved.error.message}\n`);
}
const result = await application.dispatch('loadExampleConference', { stage }, { trustedSender: true });
application.close();
if (!result.ok) {
  process.stderr.write(`The example could not be loaded: ${result.error.message}\n`);
  process.exit(1);
}
process.stdout.write(`Loaded the example conference (the Price and Mills family, ${stage}) into ${dataDir}\n`);
