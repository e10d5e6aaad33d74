import { createHash } from 'node:crypto';
import { appendAudit } from '../../db/audit/queries';
import { countFigures, countReports, FEW_CONFERENCES, timelinessFacts, withSelected, type Selected } from '../../db/evaluation/figures';
import { findEvaluationImport, insertEvaluationImport, listEvaluationImports } from '../../db/evaluation/imports';
import type { Db } from '../../db/open';
import { ValidationError } from '../../shared/contract/result';
import { compareIsoDates } from '../../shared/dates/local-date';
import { combineFigures, EvaluationFilterSchema, FiguresSchema, type EvaluationFilter, type Figures } from '../../shared/evaluation/figures';
import {
  digestInput,
  EVALUATION_FILE_FORMAT,
  EVALUATION_FILE_MAX_CHARS,
  EVALUATION_FILE_VERSION,
  EvaluationFileSchema,
  type EvaluationFile,
  type EvaluationImports,
} from '../../shared/evaluation/file';
import { decisionLetterDue, recordDue, reportsToFamilyDue } from '../../shared/timescales/after-conference';
import { conferenceDueDate } from '../../shared/timescales/conference-due';
import type { TimescaleRules } from '../../shared/timescales/rules';
import type { HandlerContext } from './context';
import { caseloadRules, dueBasis } from './summaries';

const INITIAL_STAGE = new Set(['initial', 'pre-birth-initial', 'transfer-in']);

/**
 * The evaluation's figures for a filter: the counts made in SQL, with the ones that need the
 * working-day calendar (timeliness, reports in time) worked out here from the same deadlines the
 * home screen shows, so a conference counted late here is the one shown late there.
 */
export function evaluationFigures(db: Db, filter: EvaluationFilter, fewBelow = FEW_CONFERENCES): Figures {
  return withSelected(db, filter, (selected) => {
    const figures = countFigures(selected, fewBelow);
    const rules = caseloadRules(db);
    countTimeliness(selected, rules, figures);
    countReportsInTime(selected, rules, figures);
    return figures;
  });
}

/**
 * Held within timescale (the day it was held on or before the last day it could be), and the
 * decision letter and the record (with the plan, when there is one) sent on time, late or not
 * yet: the same rules and due dates the home screen shows, each worked out once per date.
 */
function countTimeliness(selected: Selected, rules: TimescaleRules, figures: Figures): void {
  const t = figures.timeliness;
  // Each due date worked out once: the conference's per start date, the letter's and record's per day held.
  const conferenceDue = new Map<string, string>();
  const afterDue = new Map<string, { letter: string; record: string }>();
  for (const row of timelinessFacts(selected)) {
    const basis = dueBasis(row);
    let due: string | null = null;
    if (basis !== null) {
      const key = `${basis.kind}|${row.trigger_date ?? ''}`;
      due = conferenceDue.get(key) ?? null;
      if (due === null) {
        due = conferenceDueDate(basis, rules);
        conferenceDue.set(key, due);
      }
    }
    const initial = INITIAL_STAGE.has(row.type);
    if (initial) t.initialHeld += 1;
    else t.reviewsHeld += 1;
    if (due === null) {
      if (initial) t.initialNoStartDate += 1;
      else t.reviewsNoStartDate += 1;
    } else if (compareIsoDates(row.held_on, due) <= 0) {
      if (initial) t.initialOnTime += 1;
      else t.reviewsOnTime += 1;
    }
    let after = afterDue.get(row.held_on);
    if (after === undefined) {
      after = { letter: decisionLetterDue(row.held_on, rules), record: recordDue(row.held_on, rules) };
      afterDue.set(row.held_on, after);
    }
    const recordSent = row.record_sent_on === null || row.plan_in_place !== 1 ? row.record_sent_on : row.plan_sent_on === null ? null : row.record_sent_on > row.plan_sent_on ? row.record_sent_on : row.plan_sent_on;
    const letter = timing(row.decision_letter_sent_on, after.letter);
    const record = timing(recordSent, after.record);
    if (letter === 'not-sent') t.lettersNotSent += 1;
    else if (letter === 'late') t.lettersLate += 1;
    else t.lettersOnTime += 1;
    if (record === 'not-sent') t.recordsNotSent += 1;
    else if (record === 'late') t.recordsLate += 1;
    else t.recordsOnTime += 1;
  }
}

function timing(sentOn: string | null, due: string): 'not-sent' | 'late' | 'on-time' {
  if (sentOn === null) return 'not-sent';
  return compareIsoDates(sentOn, due) > 0 ? 'late' : 'on-time';
}

/** Reports shared with the family on or before the day they were due (the authority's set number of working days before). */
function countReportsInTime(selected: Selected, rules: TimescaleRules, figures: Figures): void {
  const due = new Map<string, string>();
  const counts = countReports(selected, (type, heldOn) => {
    const stage = INITIAL_STAGE.has(type) ? 'initial' : 'review';
    const key = `${stage}|${heldOn}`;
    let dueOn = due.get(key);
    if (dueOn === undefined) {
      dueOn = reportsToFamilyDue(heldOn, stage, rules);
      due.set(key, dueOn);
    }
    return dueOn;
  });
  figures.room.reportsShared += counts.shared;
  figures.room.reportsSharedInTime += counts.sharedInTime;
  figures.room.reportsNotShared += counts.notShared;
}

/** This laptop's figures (every conference on it) as an evaluation file. */
export function exportEvaluationFile(context: HandlerContext): { fileName: string; content: string } {
  const figures = evaluationFigures(context.db, EvaluationFilterSchema.parse({}));
  const body = { format: EVALUATION_FILE_FORMAT, version: EVALUATION_FILE_VERSION, figures } as const;
  const file: EvaluationFile = { ...body, digest: sha256(digestInput(body)) };
  const at = context.now().toISOString();
  appendAudit(context.db, { at, actor: context.actor, action: 'export', entity: 'evaluation-file', entityId: file.digest, conferenceId: null });
  return { fileName: `confer-evaluation-${at.slice(0, 10)}.json`, content: `${JSON.stringify(file, null, 2)}\n` };
}

/** Why a file is refused; each says nothing was imported. */
export const REFUSALS = {
  notOurs: 'This is not a Confer evaluation file. Nothing was imported.',
  newer: 'This evaluation file was made by a newer version of Confer. Install the latest version to import it. Nothing was imported.',
  personal: 'This file holds something other than counts, such as a name or free text, so it was refused. Nothing was imported.',
  altered: 'This evaluation file has been changed since it was made (its digest does not match), so it was refused. Nothing was imported.',
} as const;

/** Checks a file as a whole before anything is written: ours, from this version, counts only, and unaltered. */
export function readEvaluationFile(content: string): EvaluationFile {
  if (content.length > EVALUATION_FILE_MAX_CHARS) throw new ValidationError(REFUSALS.notOurs);
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    throw new ValidationError(REFUSALS.notOurs);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed) || (parsed as { format?: unknown }).format !== EVALUATION_FILE_FORMAT) {
    throw new ValidationError(REFUSALS.notOurs);
  }
  if ((parsed as { version?: unknown }).version !== EVALUATION_FILE_VERSION) throw new ValidationError(REFUSALS.newer);
  const checked = EvaluationFileSchema.safeParse(parsed);
  if (!checked.success) throw new ValidationError(REFUSALS.personal);
  if (sha256(digestInput(checked.data)) !== checked.data.digest) throw new ValidationError(REFUSALS.altered);
  return checked.data;
}

export function importEvaluationFile(context: HandlerContext, content: string): { alreadyImported: boolean; conferences: number } {
  const file = readEvaluationFile(content);
  const conferences = file.figures.conferences;
  if (findEvaluationImport(context.db, file.digest)) return { alreadyImported: true, conferences };
  const at = context.now().toISOString();
  context.db.transaction(() => {
    insertEvaluationImport(context.db, { digest: file.digest, figures: JSON.stringify(file.figures), importedAt: at });
    appendAudit(context.db, { at, actor: context.actor, action: 'import', entity: 'evaluation-file', entityId: file.digest, conferenceId: null });
  })();
  return { alreadyImported: false, conferences };
}

export function evaluationImports(context: HandlerContext): EvaluationImports {
  const rows = listEvaluationImports(context.db);
  const figures = rows.map((row) => FiguresSchema.parse(JSON.parse(row.figures)));
  return {
    files: rows.map((row, index) => ({ reference: row.digest.slice(0, 12), importedAt: row.importedAt, conferences: figures[index]?.conferences ?? 0 })),
    combined: figures.length === 0 ? null : combineFigures(figures),
  };
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
