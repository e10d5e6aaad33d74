import { randomUUID } from 'node:crypto';
import { startApplication, type Application } from '../electron/handlers/app';
import { silentLogger } from '../electron/log/logger';
import type { CallName } from '../shared/contract/contract';
import { CASELOAD_SIZE, prepareCaseload } from './caseload';

/**
 * The home screen, search, opening a conference and saving a contribution, at a large authority's
 * scale, through the real handlers and the same wrapper the hosts use (so validation of input and
 * output is included). Each figure is a median over repeated runs, after a warm-up.
 */
export async function run(): Promise<Record<string, number>> {
  const caseload = prepareCaseload();
  const app = startApplication({ dataDir: caseload.dataDir, actor: 'bench', logger: silentLogger, key: caseload.key, backupEveryHours: 0, appLock: false });
  try {
    const call = async (name: CallName, input: unknown): Promise<unknown> => {
      const result = await app.dispatch(name, input, { trustedSender: true });
      if (!result.ok) throw new Error(`${name} failed in the benchmark: ${result.error.kind} ${result.error.message}`);
      return result.value;
    };
    const figures: Record<string, number> = {
      caseload_generate_s: round(caseload.generatedMs / 1000),
      caseload_conferences: count(app, 'conference'),
      caseload_contributions: count(app, 'contribution'),
    };

    // What the home screen loads: the first page, upcoming then recent (see README-figures.md).
    figures['home_screen_ms_median'] = await median(30, () => call('searchCaseload', {}));
    // Every conference at once, as listConferences still answers.
    figures['home_screen_all_ms_median'] = await median(15, () => call('listConferences', {}));
    figures['home_screen_overdue_filter_ms_median'] = await median(15, () => call('searchCaseload', { due: 'overdue' }));
    figures['home_screen_due_soon_filter_ms_median'] = await median(15, () => call('searchCaseload', { due: 'due-soon' }));
    figures['home_screen_overdue_count'] = ((await call('searchCaseload', { due: 'overdue' })) as { total: number }).total;
    figures['home_screen_due_soon_count'] = ((await call('searchCaseload', { due: 'due-soon' })) as { total: number }).total;
    figures['search_name_ms_median'] = await median(30, () => call('searchCaseload', { text: 'Kestrel Test' }));
    figures['search_word_ms_median'] = await median(30, () => call('searchCaseload', { text: 'bruise' }));
    figures['search_rare_word_ms_median'] = await median(30, () => call('searchCaseload', { text: 'tenancy arrears' }));
    figures['search_filtered_ms_median'] = await median(30, () => call('searchCaseload', { text: 'arrears', status: 'draft', chairId: caseload.chairIds[0] }));
    figures['search_family_safe_ms_median'] = await median(30, () => call('searchCaseload', { text: 'police', familySafe: true }));
    figures['open_conference_ms_median'] = await median(30, async () => {
      await call('getConference', { conferenceId: caseload.bigConferenceId });
      await call('getCapture', { conferenceId: caseload.bigConferenceId });
    });

    const saves = await saveTimes(call, caseload.bigConferenceId, caseload.bigAgendaItemId, 400);
    figures['save_contribution_ms_p50'] = percentile(saves, 0.5);
    figures['save_contribution_ms_p99'] = percentile(saves, 0.99);
    // The app checkpoints the write-ahead log every 5 seconds, off the save path (see app.ts):
    // what one costs after a busy few seconds of typing (ten saves).
    const checkpoints: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      app.db.pragma('wal_checkpoint(PASSIVE)');
      await saveTimes(call, caseload.bigConferenceId, caseload.bigAgendaItemId, 10, 0);
      const started = performance.now();
      app.db.pragma('wal_checkpoint(PASSIVE)');
      checkpoints.push(performance.now() - started);
    }
    figures['checkpoint_after_10_saves_ms_median'] = percentile(checkpoints, 0.5);
    return figures;
  } finally {
    app.close();
    caseload.remove();
  }
}

/** New contributions and edits of them, as a minute-taker's typing produces. */
async function saveTimes(
  call: (name: CallName, input: unknown) => Promise<unknown>,
  conferenceId: string,
  agendaItemId: string,
  saves: number,
  warmUp = 20,
): Promise<number[]> {
  const times: number[] = [];
  let id = randomUUID();
  for (let i = 0; i < saves + warmUp; i += 1) {
    if (i % 4 === 0) id = randomUUID();
    const input = {
      id,
      conferenceId,
      agendaItemId,
      speaker: { kind: 'chair' },
      kind: 'information',
      text: `The chair summarised what the conference had heard so far, draft ${i}.`,
      spokenAt: '11:15',
    };
    const started = performance.now();
    await call('saveContribution', input);
    if (i >= warmUp) times.push(performance.now() - started);
  }
  return times;
}

function count(app: Application, table: 'conference' | 'contribution'): number {
  return app.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}

/** The median of `runs` timings, after three warm-up runs. */
export async function median(runs: number, task: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 3; i += 1) await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await task();
    times.push(performance.now() - started);
  }
  return percentile(times, 0.5);
}

export function percentile(times: readonly number[], p: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return round(sorted[index] ?? Number.NaN);
}

const round = (ms: number) => Math.round(ms * 100) / 100;

export const SIZE = CASELOAD_SIZE;
