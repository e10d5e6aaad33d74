import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startApplication } from '../../electron/handlers/app';
import { evaluationCsvExports } from '../../electron/handlers/evaluation-export';
import { silentLogger } from '../../electron/log/logger';
import { loadWebHostKey } from '../../electron/web-host/dev-key';
import { csvCell, figuresCsvRows, SUPPRESSED } from '../../shared/evaluation/csv';
import { combineFigures, EvaluationFilterSchema } from '../../shared/evaluation/figures';
import { evaluationFigures } from '../../electron/handlers/evaluation';
import { EXAMPLE_CHILDREN, EXAMPLE_FAMILY, EXAMPLE_PROFESSIONALS } from '../../shared/example/price-mills';
import { evaluationCaseload } from '../support/evaluation-caseload';
import { makeTempDir } from '../support/temp-dir';

/** The published field names, written out here as the SSD data model gives them (docs/evaluation.md). */
const PUBLISHED = {
  'ssd_initial_cp_conference.csv':
    'icpc_icpc_id,icpc_icpc_meeting_id,icpc_s47_enquiry_id,icpc_person_id,icpc_cp_plan_id,icpc_referral_id,icpc_icpc_transfer_in,icpc_icpc_target_date,icpc_icpc_date,icpc_icpc_outcome_cp_flag,icpc_icpc_outcome_json,icpc_icpc_team,icpc_icpc_worker_id',
  'ssd_cp_plans.csv':
    'cppl_cp_plan_id,cppl_referral_id,cppl_icpc_id,cppl_person_id,cppl_cp_plan_start_date,cppl_cp_plan_end_date,cppl_cp_plan_ola,cppl_cp_plan_initial_category,cppl_cp_plan_latest_category',
  'ssd_cp_reviews.csv':
    'cppr_cp_review_id,cppr_person_id,cppr_cp_plan_id,cppr_cp_review_due,cppr_cp_review_date,cppr_cp_review_meeting_id,cppr_cp_review_outcome_continue_cp,cppr_cp_review_quorate,cppr_cp_review_participation',
} as const;

function parseCsv(content: string): Record<string, string>[] {
  const lines = content.trimEnd().split('\r\n');
  const header = (lines[0] ?? '').split(',');
  return lines.slice(1).map((line) => {
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i += 1) {
      const ch = line[i]!;
      if (quoted && ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = !quoted;
      else if (ch === ',' && !quoted) {
        cells.push(cell);
        cell = '';
      } else cell += ch;
    }
    cells.push(cell);
    return Object.fromEntries(header.map((name, index) => [name, cells[index] ?? '']));
  });
}

describe('npm run export:evaluation on the example, seeded into a temporary data folder', () => {
  it('writes the four files with header rows, the SSD’s published field names, and none of the family’s names or dates of birth', async () => {
    const data = makeTempDir();
    const out = makeTempDir();
    try {
      const app = startApplication({ dataDir: data.path, actor: 'Chair', logger: silentLogger, key: loadWebHostKey(data.path), backupEveryHours: 0 });
      const loaded = await app.dispatch('loadExampleConference', { stage: 'finalised' }, { trustedSender: true });
      app.close();
      expect(loaded.ok).toBe(true);

      const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/export-evaluation.ts', '--data-dir', data.path, '--out', out.path], { encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      expect(readdirSync(out.path).sort()).toEqual(['evaluation_figures.csv', 'ssd_cp_plans.csv', 'ssd_cp_reviews.csv', 'ssd_initial_cp_conference.csv']);
      const files = Object.fromEntries(readdirSync(out.path).map((name) => [name, readFileSync(join(out.path, name), 'utf8')]));
      for (const [name, header] of Object.entries(PUBLISHED)) expect(files[name]?.split('\r\n')[0], name).toBe(header);
      expect(files['evaluation_figures.csv']?.split('\r\n')[0]).toBe('section,measure,category,count');
      expect(parseCsv(files['ssd_initial_cp_conference.csv']!).length).toBeGreaterThan(0);

      const everything = Object.values(files).join('\n') + run.stdout;
      const names = [
        ...EXAMPLE_FAMILY.flatMap((m) => [m.details.givenName, m.details.familyName]),
        ...Object.values(EXAMPLE_CHILDREN).flatMap((c) => [c.givenName, c.familyName]),
        ...EXAMPLE_PROFESSIONALS.map((p) => p.name),
      ].filter((name) => name !== '');
      for (const name of new Set(names)) expect(everything, name).not.toContain(name);
      for (const child of Object.values(EXAMPLE_CHILDREN)) if ('dateOfBirth' in child) expect(everything).not.toContain(child.dateOfBirth);
    } finally {
      data.remove();
      out.remove();
    }
  }, 60_000);

  it('refuses a folder with no database, writing nothing', () => {
    const empty = makeTempDir();
    const out = makeTempDir();
    try {
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/export-evaluation.ts', '--data-dir', empty.path, '--out', join(out.path, 'x')], { encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/no Confer database/);
      expect(readdirSync(out.path)).toEqual([]);
    } finally {
      empty.remove();
      out.remove();
    }
  }, 30_000);
});

describe('the pathfinder’s figures as CSV', () => {
  const figures = evaluationFigures(evaluationCaseload(), EvaluationFilterSchema.parse({ from: '2026-01-01', to: '2026-12-31' }));
  const find = (rows: (string | number)[][], section: string, measure: string, category = '') =>
    rows.find((row) => row[0] === section && row[1] === measure && row[2] === category)?.[3];

  it('writes counts from 1 to 4 as <5, and keeps noughts and counts of 5 and over', () => {
    const rows = figuresCsvRows(figures);
    expect(find(rows, 'conferences', 'conferences')).toBe(SUPPRESSED);
    expect(find(rows, 'timeliness', 'initialHeld')).toBe(SUPPRESSED);
    expect(find(rows, 'timeliness', 'initialNoStartDate')).toBe(0);
    expect(find(rows, 'plain_language_by_month', 'words', '2026-03')).toBe(700);
    const doubled = figuresCsvRows(combineFigures([figures, figures, figures]));
    expect(find(doubled, 'family_in_the_room', 'parentsInvited')).toBe(12);
    expect(find(doubled, 'what_families_said', 'knew_why', '5')).toBe(SUPPRESSED);
    expect(find(doubled, 'what_families_said', 'forms')).toBe(6);
  });

  it('has only counts: every cell is a fixed word, a month, a number or the marker', () => {
    for (const [section, measure, category, count] of figuresCsvRows(figures)) {
      expect(String(section)).toMatch(/^[a-z_]+$/);
      expect(String(measure)).toMatch(/^[A-Za-z_-]+$/);
      expect(String(category)).toMatch(/^([a-z-]*|[0-9]{4}-[0-9]{2}|[1-5]|unanswered)$/);
      expect(typeof count === 'number' || count === SUPPRESSED).toBe(true);
    }
  });

  it('quotes commas and quotes, and defuses a cell a spreadsheet would run as a formula', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell(-3)).toBe('-3');
  });
});

describe('the SSD tables on the hand-made caseload', () => {
  const { files } = evaluationCsvExports(evaluationCaseload());
  const table = (name: string) => parseCsv(files.find((f) => f.fileName === name)!.content);

  it('an initial conference per child decided on, with the person id, target date and outcome', () => {
    const icpc = table('ssd_initial_cp_conference.csv');
    const dami = icpc.find((row) => row['icpc_person_id'] === 'P-1001')!;
    expect(dami).toMatchObject({ icpc_icpc_meeting_id: 'A', icpc_icpc_date: '2026-03-20', icpc_icpc_target_date: '2026-03-23', icpc_icpc_outcome_cp_flag: 'Y', icpc_icpc_team: 'North', icpc_icpc_transfer_in: 'N' });
    expect(JSON.parse(dami['icpc_icpc_outcome_json']!)).toMatchObject({ CP_FLAG: 'Y', NFA_FLAG: 'N', COMMENTS: '' });
    const freya = icpc.find((row) => row['icpc_person_id'] === 'P-2001')!;
    expect(freya).toMatchObject({ icpc_icpc_outcome_cp_flag: 'N', icpc_cp_plan_id: '', icpc_icpc_target_date: '2026-03-23', icpc_icpc_date: '2026-03-30' });
    expect(JSON.parse(freya['icpc_icpc_outcome_json']!)).toMatchObject({ PROV_OF_SERVICES_FLAG: 'Y', CP_FLAG: 'N' });
    // E (2025) and A, B: four children decided on at initial conferences.
    expect(icpc).toHaveLength(4);
  });

  it('a plan carried from its initial conference through the review that continued it', () => {
    const plans = table('ssd_cp_plans.csv');
    const ivo = plans.find((row) => row['cppl_person_id'] === 'P-3001')!;
    expect(ivo).toMatchObject({ cppl_cp_plan_start_date: '2025-06-01', cppl_cp_plan_end_date: '', cppl_cp_plan_initial_category: 'Physical abuse', cppl_cp_plan_latest_category: 'Physical abuse' });
    expect(plans.find((row) => row['cppl_person_id'] === 'P-1001')).toMatchObject({ cppl_cp_plan_initial_category: 'Emotional abuse; Neglect', cppl_cp_plan_start_date: '2026-03-20' });
    expect(plans).toHaveLength(3);
    const reviews = table('ssd_cp_reviews.csv');
    expect(reviews).toEqual([
      expect.objectContaining({ cppr_person_id: 'P-3001', cppr_cp_plan_id: ivo['cppl_cp_plan_id'], cppr_cp_review_due: '2026-03-10', cppr_cp_review_date: '2026-03-09', cppr_cp_review_outcome_continue_cp: 'Y' }),
    ]);
  });
});
