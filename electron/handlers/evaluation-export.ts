import { timelinessRows, withSelected } from '../../db/evaluation/figures';
import { ssdSourceRows } from '../../db/evaluation/ssd';
import type { Db } from '../../db/open';
import { csvFile, figuresCsv, FIGURES_CSV_NAME } from '../../shared/evaluation/csv';
import { EvaluationFilterSchema } from '../../shared/evaluation/figures';
import { SSD_TABLES, ssdTables, type SsdTableName } from '../../shared/evaluation/ssd';
import { evaluationFigures } from './evaluation';
import { conferenceDueDate } from '../../shared/timescales/conference-due';
import { caseloadRules, dueBasis } from './summaries';

export interface CsvExport {
  readonly fileName: string;
  readonly content: string;
}

/**
 * Both exports (docs/evaluation.md): the pathfinder's figures for every conference on this
 * laptop, counts under 5 suppressed; and the SSD's three child protection tables, record-level,
 * for the authority's own reporting database. Each file is named after its table.
 */
export function evaluationCsvExports(db: Db): { files: CsvExport[]; childrenWithoutPersonId: number } {
  const everything = EvaluationFilterSchema.parse({});
  const figures = { fileName: `${FIGURES_CSV_NAME}.csv`, content: figuresCsv(evaluationFigures(db, everything)) };

  // The last day each conference could be held on time, as the home screen counts it.
  const rules = caseloadRules(db);
  const due = new Map<string, string>();
  for (const row of withSelected(db, everything, timelinessRows)) {
    const basis = dueBasis(row);
    if (basis) due.set(row.id, conferenceDueDate(basis, rules));
  }
  const source = ssdSourceRows(db);
  const tables = ssdTables(
    source.map((row) => ({
      conferenceId: row.conference_id,
      type: row.type,
      heldOn: row.held_on,
      dueOn: due.get(row.conference_id) ?? null,
      team: row.team,
      childId: row.child_id,
      cmsPersonId: row.cms_person_id,
      outcome: row.outcome,
      instead: row.instead,
      categories: JSON.parse(row.categories) as string[],
    })),
  );
  const ssd = (Object.keys(SSD_TABLES) as SsdTableName[]).map((name) => {
    const header = SSD_TABLES[name];
    const rows = (tables[name] as Record<string, string>[]).map((row) => header.map((field) => row[field] ?? ''));
    return { fileName: `${name}.csv`, content: csvFile(header, rows) };
  });
  const childrenWithoutPersonId = new Set(source.filter((row) => row.cms_person_id === '').map((row) => row.child_id)).size;
  return { files: [figures, ...ssd], childrenWithoutPersonId };
}
