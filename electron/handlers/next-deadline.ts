import { createHash } from 'node:crypto';
import type { AuthoritySettings } from '../../shared/authority/settings';
import { timescaleRulesFor } from '../../shared/timescales/rules';
import { readAuthoritySettings } from '../../db/authority/queries';
import type { Db } from '../../db/open';
import {
  markAllNextDeadlinesStale,
  nextDeadlineWork,
  readDeadlineRules,
  staleCaseloadRows,
  storeNextDeadlines,
  writeDeadlineRules,
} from '../../db/search/caseload';
import { caseloadDeadlines, caseloadRules, dissentWindowEndsOn, nextOpenDeadline } from './summaries';

/**
 * Bump when the way due dates are worked out changes in code (shared/timescales), so every stored
 * next deadline is worked out again on the first start of the new version. Changes to the bank
 * holiday rules and one-off dates need no bump: the fingerprint holds the holidays themselves.
 */
export const NEXT_DEADLINE_RULES_VERSION = 2;

/** The years whose bank holidays the fingerprint holds; conferences outside them are unlikely. */
const FINGERPRINT_YEARS = { first: 2000, last: 2100 } as const;

/**
 * Everything the stored due dates depend on besides the conference's own record: the authority's
 * timescales and its calendar (the bank holidays, its own additions and removals included). The
 * "due soon" period is not in it: it is applied when searching, to today's date.
 */
export function deadlineRulesFingerprint(settings: AuthoritySettings): string {
  const { settings: timescales, calendar } = timescaleRulesFor(settings);
  const holidays: string[] = [];
  for (let year = FINGERPRINT_YEARS.first; year <= FINGERPRINT_YEARS.last; year += 1) {
    for (const holiday of calendar.bankHolidays(year)) holidays.push(holiday.date);
  }
  const relevant = {
    version: NEXT_DEADLINE_RULES_VERSION,
    initialConferenceWorkingDays: timescales.initialConferenceWorkingDays,
    transferInWorkingDays: timescales.transferInWorkingDays,
    firstReviewMonths: timescales.firstReviewMonths,
    laterReviewMonths: timescales.laterReviewMonths,
    firstCoreGroupWorkingDays: timescales.firstCoreGroupWorkingDays,
    reportsToFamilyWorkingDays: timescales.reportsToFamilyWorkingDays,
    decisionLetterWorkingDays: timescales.decisionLetterWorkingDays,
    recordWorkingDays: timescales.recordWorkingDays,
    inquorateRebookWorkingDays: timescales.inquorateRebookWorkingDays,
    // Version 2: the deadlines after the meeting, and the dissent window (issue 15).
    dissentWindowHours: timescales.dissentWindowHours,
    preBirthFirstReview: timescales.preBirthFirstReview,
    holidays,
  };
  return createHash('sha256').update(JSON.stringify(relevant)).digest('hex');
}

export interface RefreshOptions {
  /**
   * Compare the rules' fingerprint even if the settings have not changed since it was last
   * checked: at start, when the application's own code (its calendar) may be newer.
   */
  readonly checkRules?: boolean;
}

/**
 * Brings the stored next deadlines (conference_deadline, migration 0011) up to date: when the
 * authority's rules differ from those they were worked out with, every conference; otherwise
 * those the database's triggers marked as changed. Usually there is nothing to do, and finding
 * that out is one indexed read. Returns how many conferences were worked out.
 */
export function refreshNextDeadlines(db: Db, options: RefreshOptions = {}): number {
  const work = nextDeadlineWork(db);
  const checkRules = options.checkRules === true || work.rulesUnchecked;
  if (!checkRules && !work.stale) return 0;
  const run = () => {
    if (checkRules) {
      const fingerprint = deadlineRulesFingerprint(readAuthoritySettings(db));
      const current = readDeadlineRules(db);
      if (current?.fingerprint !== fingerprint) markAllNextDeadlinesStale(db);
      if (current?.fingerprint !== fingerprint || current.checked === 0) writeDeadlineRules(db, fingerprint);
    }
    const rows = staleCaseloadRows(db);
    if (rows.length === 0) return 0;
    const deadlinesOf = caseloadDeadlines(caseloadRules(db));
    storeNextDeadlines(
      db,
      rows.map((row) => {
        const deadlines = deadlinesOf(row);
        const next = nextOpenDeadline(deadlines);
        return { conferenceId: row.id, due: next?.due ?? null, key: next?.key ?? null, dissentEnds: dissentWindowEndsOn(deadlines) };
      }),
    );
    return rows.length;
  };
  // Inside a change's own transaction the refresh is part of it; otherwise it is one of its own.
  return db.inTransaction ? run() : db.transaction(run).immediate();
}
