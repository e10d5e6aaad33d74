import { FEEDBACK_STATEMENTS } from '../feedback/questions';
import type { Figures } from './figures';

/**
 * CSV files for the evaluation (docs/evaluation.md): RFC 4180 quoting, a header row, CRLF line
 * ends. Any cell that a spreadsheet would read as a formula is written with a leading apostrophe.
 */
export function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvFile(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Counts from 1 to 4 are written as this marker, so no small group of families can be picked out. */
export const SUPPRESSED = '<5';
export const SUPPRESS_BELOW = 5;

export function suppress(count: number): string | number {
  return count > 0 && count < SUPPRESS_BELOW ? SUPPRESSED : count;
}

export const FIGURES_CSV_NAME = 'evaluation_figures';
export const FIGURES_CSV_HEADER = ['section', 'measure', 'category', 'count'] as const;

/** The pathfinder's figures as rows of counts only, small counts suppressed. */
export function figuresCsvRows(figures: Figures): (string | number)[][] {
  const rows: (string | number)[][] = [['conferences', 'conferences', '', figures.conferences]];
  const section = (name: string, values: Readonly<Record<string, number>>, category = '') => {
    for (const [measure, count] of Object.entries(values)) rows.push([name, measure, category, count]);
  };
  const byCategory = (name: string, measure: string, values: Readonly<Record<string, number>>) => {
    for (const [category, count] of Object.entries(values)) rows.push([name, measure, category, count]);
  };
  section('timeliness', figures.timeliness);
  section('family_in_the_room', figures.room);
  section('childs_voice', figures.childVoice);
  byCategory('childs_voice', 'views_by_how_gathered', figures.childVoiceByMethod);
  section('family_networks', figures.networks);
  byCategory('decisions', 'decisions_by_outcome', figures.decisionsByOutcome);
  byCategory('decisions', 'plans_by_category', figures.plansByCategory);
  section('decisions', figures.dissent);
  byCategory('plain_language', 'family_documents_by_recipient', figures.documentsByRecipient);
  byCategory('plain_language', 'family_documents_by_kind', figures.documentsByKind);
  section('plain_language', figures.language);
  for (const month of figures.wordingByMonth) {
    rows.push(['plain_language_by_month', 'documents', month.month, month.documents]);
    rows.push(['plain_language_by_month', 'words', month.month, month.words]);
    rows.push(['plain_language_by_month', 'findings', month.month, month.findings]);
  }
  rows.push(['what_families_said', 'forms', '', figures.feedbackForms]);
  byCategory('what_families_said', 'forms_by_respondent', figures.feedbackByRespondent);
  for (const { key } of FEEDBACK_STATEMENTS) byCategory('what_families_said', key, figures.feedback[key]);
  return rows.map(([s, m, c, count]) => [s as string, m as string, c as string, suppress(count as number)]);
}

export function figuresCsv(figures: Figures): string {
  return csvFile(FIGURES_CSV_HEADER, figuresCsvRows(figures));
}
