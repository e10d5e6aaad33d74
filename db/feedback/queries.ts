import { FEEDBACK_HOW, FEEDBACK_RESPONDENTS, FEEDBACK_STATEMENTS, type FeedbackHow, type FeedbackRespondent } from '../../shared/feedback/questions';
import type { FeedbackAnswers } from '../../shared/feedback/schema';
import type { Db } from '../open';

/**
 * The family's feedback (migration 0025), kept apart from the record: nothing that makes a
 * document, searches or hands a family over reads this table. Each statement's key is its column.
 */
export interface FeedbackRow {
  readonly id: string;
  readonly conferenceId: string;
  readonly givenOn: string;
  readonly respondent: FeedbackRespondent;
  readonly familyMemberId: string | null;
  readonly how: FeedbackHow;
  readonly answers: FeedbackAnswers;
  readonly anythingElse: string;
  readonly recordedAt: string;
}

const STATEMENT_COLUMNS = FEEDBACK_STATEMENTS.map(({ key }) => key);

export function insertFeedback(db: Db, row: FeedbackRow): void {
  const columns = ['id', 'conference_id', 'given_on', 'respondent', 'family_member_id', 'how', ...STATEMENT_COLUMNS, 'anything_else', 'recorded_at'];
  db.prepare(`INSERT INTO family_feedback (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(
    row.id,
    row.conferenceId,
    row.givenOn,
    row.respondent,
    row.familyMemberId,
    row.how,
    ...STATEMENT_COLUMNS.map((key) => row.answers[key]),
    row.anythingElse,
    row.recordedAt,
  );
}

export interface FeedbackCountRows {
  readonly total: number;
  readonly anonymous: number;
  readonly byRespondent: Record<FeedbackRespondent, number>;
  readonly byHow: Record<FeedbackHow, number>;
}

/** How many answered for one conference, by who and how: never what they said. */
export function countFeedback(db: Db, conferenceId: string): FeedbackCountRows {
  const rows = db
    .prepare('SELECT respondent, how, family_member_id IS NULL AS anonymous, COUNT(*) AS n FROM family_feedback WHERE conference_id = ? GROUP BY respondent, how, anonymous')
    .all(conferenceId) as { respondent: FeedbackRespondent; how: FeedbackHow; anonymous: number; n: number }[];
  const byRespondent = Object.fromEntries(FEEDBACK_RESPONDENTS.map((kind) => [kind, 0])) as Record<FeedbackRespondent, number>;
  const byHow = Object.fromEntries(FEEDBACK_HOW.map((how) => [how, 0])) as Record<FeedbackHow, number>;
  let total = 0;
  let anonymous = 0;
  for (const row of rows) {
    total += row.n;
    if (row.anonymous === 1) anonymous += row.n;
    byRespondent[row.respondent] += row.n;
    byHow[row.how] += row.n;
  }
  return { total, anonymous, byRespondent, byHow };
}
