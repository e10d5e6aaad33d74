import { AGENDA_ITEM_KINDS } from '../../shared/agenda/schema';
import { CONFERENCE_MODES, STORED_CONFERENCE_STATUSES, CONFERENCE_TYPES } from '../../shared/conference/schema';
import { isIsoDate, isTimeOfDay } from '../../shared/dates/local-date';
import { STATEMENT_KINDS } from '../../shared/decision/analysis';
import { ALTERNATIVES, DECISION_OUTCOMES, ENDING_REASONS, LIMBS } from '../../shared/decision/schema';
import { ACTION_PROGRESS, OUTCOME_PROGRESS } from '../../shared/plan/schema';
import { BIDI_CONTROLS, BIDI_EMBEDDINGS_AND_OVERRIDES, CONTROL_CHARACTERS, LONE_SURROGATE, SHORT_TEXT } from '../../shared/text/fields';

/**
 * What a plain text column of a carried row may hold, beyond its declared SQLite type: what the
 * forms would have let through. A package is made by the application, so a value no form would
 * save (a name with hidden direction controls, 200,000 characters, a 30 February, 99:99) means the
 * package was made by something else, and it is refused as a whole.
 */

/** The longest text any form saves is a contribution (20,000 characters); a little room above it. */
export const MAX_LONG_TEXT = 21_000;

/** Columns that name someone or something: short, single line, no direction controls of any kind. */
const isNameColumn = (column: string) => /(^|_)name$/u.test(column);

/** Times of day, stored as HH:MM. */
const TIME_COLUMNS: ReadonlySet<string> = new Set(['spoken_at', 'started_at', 'ended_at', 'scheduled_time', 'arrived_at', 'left_at', 'raised_at', 'held_time']);

/** Calendar dates (date_of_birth, scheduled_date, raised_on…), stored as YYYY-MM-DD. */
const isDateColumn = (column: string) => /(^|_)date(_|$)/u.test(column) || ['gathered_on', 'raised_on', 'sent_on'].includes(column);

/** Columns that hold one of the contract's values, where the contract lists them. */
const ENUMS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  conference: { type: CONFERENCE_TYPES, status: STORED_CONFERENCE_STATUSES, mode: CONFERENCE_MODES },
  agenda_item: { kind: AGENDA_ITEM_KINDS },
  safety_statement: { kind: STATEMENT_KINDS },
  plan_outcome: { progress: OUTCOME_PROGRESS },
  plan_action: { progress: ACTION_PROGRESS },
  decision: { limb: LIMBS, outcome: DECISION_OUTCOMES, instead: ALTERNATIVES, ending_reason: ENDING_REASONS },
};

/** Whether a text value of this column is one the application would have saved. */
export function acceptableText(table: string, column: string, value: string): boolean {
  if (CONTROL_CHARACTERS.test(value) || LONE_SURROGATE.test(value) || BIDI_EMBEDDINGS_AND_OVERRIDES.test(value)) return false;
  if (isNameColumn(column)) {
    if (value.length > SHORT_TEXT || BIDI_CONTROLS.test(value) || /[\r\n]/u.test(value)) return false;
  } else if (value.length > MAX_LONG_TEXT) return false;
  if (TIME_COLUMNS.has(column) && !isTimeOfDay(value)) return false;
  if (isDateColumn(column) && !isIsoDate(value)) return false;
  const allowed = ENUMS[table]?.[column];
  return !allowed || allowed.includes(value);
}
