import { startApplication } from '../electron/handlers/app';
import { silentLogger } from '../electron/log/logger';
import type { CallName } from '../shared/contract/contract';
import { median } from './caseload.bench';
import { prepareCaseload } from './caseload';

/**
 * How conferences are going (issue 17) on the 8,000-conference caseload, through the real handler
 * and the same wrapper the hosts use (input and output checked): every conference, one year, one
 * chair's year, and the evaluation file and CSV exports. The screen's figures must answer within
 * 100 ms. Each figure is a median, after a warm-up.
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
    const all = (await call('getEvaluationFigures', {})) as { conferences: number };
    const year = (await call('getEvaluationFigures', { from: '2026-01-01', to: '2026-12-31' })) as { conferences: number };
    return {
      evaluation_conferences: all.conferences,
      evaluation_all_ms_median: await median(15, () => call('getEvaluationFigures', {})),
      evaluation_year_conferences: year.conferences,
      evaluation_year_ms_median: await median(15, () => call('getEvaluationFigures', { from: '2026-01-01', to: '2026-12-31' })),
      evaluation_chair_ms_median: await median(15, () => call('getEvaluationFigures', { chairId: caseload.chairIds[0], type: 'review' })),
      evaluation_file_ms_median: await median(5, () => call('exportEvaluationFile', {})),
      evaluation_csv_ms_median: await median(5, () => call('exportEvaluationCsv', {})),
    };
  } finally {
    app.close();
    caseload.remove();
  }
}
