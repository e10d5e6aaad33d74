import { z } from 'zod';
import { CHILD_VOICE_METHODS } from '../capture/schema';
import { CONFERENCE_TYPES } from '../conference/schema';
import { CATEGORIES, DECISION_OUTCOMES } from '../decision/schema';
import { FEEDBACK_RESPONDENTS, FEEDBACK_STATEMENTS } from '../feedback/questions';
import { entityId, isoDate, optionalText } from '../text/fields';

/**
 * How conferences are going (issue 17): every figure is a count, so the figures of several
 * laptops add up to the authority's whole picture and a share is always worked out from counts
 * (see docs/evaluation.md for each definition). Nothing here can hold a name or free text: only
 * counts under fixed keys, and months as YYYY-MM.
 */

const count = z.number().int().min(0).max(1_000_000_000);

/** An object of counts under exactly these keys, and nothing else. */
function counts<const K extends string>(keys: readonly K[]) {
  return z.strictObject(Object.fromEntries(keys.map((key) => [key, count])) as Record<K, typeof count>);
}

export const TIMELINESS_KEYS = [
  'initialHeld',
  'initialOnTime',
  'initialNoStartDate',
  'reviewsHeld',
  'reviewsOnTime',
  'reviewsNoStartDate',
  'lettersOnTime',
  'lettersLate',
  'lettersNotSent',
  'recordsOnTime',
  'recordsLate',
  'recordsNotSent',
] as const;

export const ROOM_KEYS = [
  'conferencesHeld',
  'parentsInvited',
  'parentsInPerson',
  'parentsOnline',
  'parentsDidNotAttend',
  'parentsNotRecorded',
  'advocatesPresent',
  'conferencesWithAdvocate',
  'networkMembersPresent',
  'interpretersNeeded',
  'interpretersBooked',
  'reportsShared',
  'reportsSharedInTime',
  'reportsNotShared',
] as const;

export const CHILD_VOICE_KEYS = ['children', 'childrenWithViews', 'childrenAttended'] as const;
export const NETWORK_KEYS = ['conferencesWithPlanRecord', 'fgdmOffered', 'fgdmDeclined', 'fgdmHeld', 'fgdmHeldBeforeConference', 'fnspRequested'] as const;
export const DISSENT_KEYS = ['disagreements', 'formalDissents', 'conferencesWithDissent'] as const;

/** Who a family document was made for. */
export const FAMILY_RECIPIENT_KINDS = ['parent-or-carer', 'family-network', 'child', 'everyone'] as const;
export const FAMILY_DOCUMENT_KINDS = ['family-plan', 'child-plan', 'letter', 'information-pack'] as const;
export const LANGUAGE_KEYS = ['measured', 'withinTarget', 'overTarget', 'documentOverrides', 'wordingDecisions'] as const;

export const FEEDBACK_ANSWER_KEYS = ['1', '2', '3', '4', '5', 'unanswered'] as const;

const MONTH = /^[0-9]{4}-(0[1-9]|1[0-2])$/;

export const MonthWordingSchema = z.strictObject({
  month: z.string().regex(MONTH),
  documents: count,
  words: count,
  findings: count,
});
export type MonthWording = z.infer<typeof MonthWordingSchema>;

export const FiguresSchema = z.strictObject({
  conferences: count,
  timeliness: counts(TIMELINESS_KEYS),
  room: counts(ROOM_KEYS),
  childVoice: counts(CHILD_VOICE_KEYS),
  childVoiceByMethod: counts(CHILD_VOICE_METHODS),
  networks: counts(NETWORK_KEYS),
  decisionsByOutcome: counts(DECISION_OUTCOMES),
  plansByCategory: counts(CATEGORIES),
  dissent: counts(DISSENT_KEYS),
  documentsByRecipient: counts(FAMILY_RECIPIENT_KINDS),
  documentsByKind: counts(FAMILY_DOCUMENT_KINDS),
  language: counts(LANGUAGE_KEYS),
  wordingByMonth: z.array(MonthWordingSchema).max(1200),
  feedbackForms: count,
  feedbackByRespondent: counts(FEEDBACK_RESPONDENTS),
  feedback: z.strictObject(
    Object.fromEntries(FEEDBACK_STATEMENTS.map(({ key }) => [key, counts(FEEDBACK_ANSWER_KEYS)])) as Record<
      (typeof FEEDBACK_STATEMENTS)[number]['key'],
      ReturnType<typeof counts<(typeof FEEDBACK_ANSWER_KEYS)[number]>>
    >,
  ),
});
export type Figures = z.infer<typeof FiguresSchema>;

export const EvaluationFilterSchema = z.strictObject({
  from: isoDate('first date').nullable().default(null),
  to: isoDate('last date').nullable().default(null),
  type: z.enum(CONFERENCE_TYPES).nullable().default(null),
  chairId: entityId.nullable().default(null),
  team: optionalText(80, 'team').default(''),
}).refine((filter) => filter.from === null || filter.to === null || filter.from <= filter.to, {
  path: ['to'],
  message: 'The last date must be the same as or after the first date.',
});
export type EvaluationFilter = z.infer<typeof EvaluationFilterSchema>;

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

/** Figures with every count at nought: what an empty caseload gives. */
export function emptyFigures(): Figures {
  return {
    conferences: 0,
    timeliness: zeros(TIMELINESS_KEYS),
    room: zeros(ROOM_KEYS),
    childVoice: zeros(CHILD_VOICE_KEYS),
    childVoiceByMethod: zeros(CHILD_VOICE_METHODS),
    networks: zeros(NETWORK_KEYS),
    decisionsByOutcome: zeros(DECISION_OUTCOMES),
    plansByCategory: zeros(CATEGORIES),
    dissent: zeros(DISSENT_KEYS),
    documentsByRecipient: zeros(FAMILY_RECIPIENT_KINDS),
    documentsByKind: zeros(FAMILY_DOCUMENT_KINDS),
    language: zeros(LANGUAGE_KEYS),
    wordingByMonth: [],
    feedbackForms: 0,
    feedbackByRespondent: zeros(FEEDBACK_RESPONDENTS),
    feedback: Object.fromEntries(FEEDBACK_STATEMENTS.map(({ key }) => [key, zeros(FEEDBACK_ANSWER_KEYS)])) as Figures['feedback'],
  };
}

function addCounts<T extends Record<string, number>>(a: T, b: T): T {
  return Object.fromEntries(Object.keys(a).map((key) => [key, (a[key] ?? 0) + (b[key] ?? 0)])) as T;
}

/** Several laptops' figures as one: every count added, months merged. */
export function combineFigures(all: readonly Figures[]): Figures {
  return all.reduce<Figures>((total, next) => {
    const months = new Map<string, MonthWording>(total.wordingByMonth.map((m) => [m.month, m]));
    for (const m of next.wordingByMonth) {
      const before = months.get(m.month);
      months.set(m.month, before ? { month: m.month, documents: before.documents + m.documents, words: before.words + m.words, findings: before.findings + m.findings } : m);
    }
    return {
      conferences: total.conferences + next.conferences,
      timeliness: addCounts(total.timeliness, next.timeliness),
      room: addCounts(total.room, next.room),
      childVoice: addCounts(total.childVoice, next.childVoice),
      childVoiceByMethod: addCounts(total.childVoiceByMethod, next.childVoiceByMethod),
      networks: addCounts(total.networks, next.networks),
      decisionsByOutcome: addCounts(total.decisionsByOutcome, next.decisionsByOutcome),
      plansByCategory: addCounts(total.plansByCategory, next.plansByCategory),
      dissent: addCounts(total.dissent, next.dissent),
      documentsByRecipient: addCounts(total.documentsByRecipient, next.documentsByRecipient),
      documentsByKind: addCounts(total.documentsByKind, next.documentsByKind),
      language: addCounts(total.language, next.language),
      wordingByMonth: [...months.values()].sort((a, b) => a.month.localeCompare(b.month)),
      feedbackForms: total.feedbackForms + next.feedbackForms,
      feedbackByRespondent: addCounts(total.feedbackByRespondent, next.feedbackByRespondent),
      feedback: Object.fromEntries(
        FEEDBACK_STATEMENTS.map(({ key }) => [key, addCounts(total.feedback[key], next.feedback[key])]),
      ) as Figures['feedback'],
    };
  }, emptyFigures());
}

/** Wording findings per 1,000 words, to one decimal place; null with no words. */
export function findingsPerThousandWords(month: Pick<MonthWording, 'words' | 'findings'>): number | null {
  return month.words === 0 ? null : Math.round((month.findings / month.words) * 10_000) / 10;
}

/** A share as a whole percentage; null when there is nothing to share. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 100);
}
