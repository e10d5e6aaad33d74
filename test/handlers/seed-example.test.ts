import { execFileSync } from 'node:child_process';
import { userInfo } from 'node:os';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startApplication } from '../../electron/handlers/app';
import { silentLogger } from '../../electron/log/logger';
import { loadWebHostKey } from '../../electron/web-host/dev-key';
import { EXAMPLE_PROFESSIONALS, EXAMPLE_ROLES } from '../../shared/example/price-mills';
import { ok } from '../support/calls';
import { makeTempDir } from '../support/temp-dir';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const chairName = EXAMPLE_PROFESSIONALS.find((p) => p.key === EXAMPLE_ROLES.chair)?.name ?? '';
let dir: ReturnType<typeof makeTempDir> | undefined;
afterEach(() => dir?.remove());

/** `npm run seed:example -- --data-dir DIR --held | --finalised`, as a person runs it. */
function seed(stage: '--held' | '--finalised') {
  dir = makeTempDir('confer-seed-');
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/seed-example.ts', '--data-dir', dir.path, stage], { cwd: repoRoot, stdio: 'pipe' });
  // The host's own fallback would name nobody: the profile the script set up must do the naming.
  return startApplication({ dataDir: dir.path, actor: 'not-this', logger: silentLogger, key: loadWebHostKey(dir.path), backupEveryHours: 0, appLock: false });
}

describe('issue 15: the example loaded from the command line', () => {
  it('with --held shows held on the home screen, with its next deadlines', async () => {
    const app = seed('--held');
    try {
      const home = await ok(app, 'searchCaseload', {});
      expect(home.results).toHaveLength(1);
      const summary = home.results[0]?.conference;
      expect(summary).toMatchObject({ status: 'held', held: { date: '2026-03-19', time: '10:00' } });
      expect(summary?.attention).toMatchObject({ status: 'overdue' });
      expect(summary?.attention?.label).not.toBe('Conference held');
      const detail = await ok(app, 'getConference', { conferenceId: summary?.id ?? '' });
      expect(detail.deadlines.map((d) => d.key)).toEqual(expect.arrayContaining(['decision-letter', 'record', 'first-core-group', 'next-review', 'dissent-window']));
    } finally {
      app.close();
    }
  }, 60_000);

  it('with --finalised names the chair as who finalised the record, not the login', async () => {
    const app = seed('--finalised');
    try {
      const [conference] = await ok(app, 'listConferences', {});
      const record = await ok(app, 'getDecisionRecord', { conferenceId: conference?.id ?? '' });
      expect(record.finalisedBy).toBe(chairName);
      expect(record.finalisedBy).not.toBe(userInfo().username);
      const history = await ok(app, 'getConferenceHistory', { conferenceId: conference?.id ?? '' });
      expect(new Set(history.map((event) => event.actor))).toEqual(new Set([chairName]));
    } finally {
      app.close();
    }
  }, 60_000);
});
