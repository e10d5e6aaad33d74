/**
 * The calls of the family's feedback (issue 17): recording one person's answers, the form's
 * choices, and the counts per conference. Answers are kept apart from the record: no document,
 * search or handover reads them, and only counts leave the application.
 */
import { z } from 'zod';
import { entityId, isoDate, LONG_TEXT, optionalLongText } from '../text/fields';
import { FEEDBACK_HOW, FEEDBACK_RESPONDENTS, FEEDBACK_SCALE, FEEDBACK_STATEMENTS, type FeedbackStatementKey } from './questions';

const SCALE_VALUES = FEEDBACK_SCALE.map((step) => step.value);

/** One statement's answer: a value on the scale of words, or null when it was left unanswered. */
const answer = z
  .number({ error: 'Choose one of the answers, or leave it unanswered.' })
  .int({ message: 'Choose one of the answers, or leave it unanswered.' })
  .refine((value) => (SCALE_VALUES as readonly number[]).includes(value), { message: 'Choose one of the answers, or leave it unanswered.' })
  .nullable()
  .default(null);

const answersShape = Object.fromEntries(FEEDBACK_STATEMENTS.map(({ key }) => [key, answer])) as Record<FeedbackStatementKey, typeof answer>;

export const FeedbackAnswersSchema = z.object(answersShape).strict();
export type FeedbackAnswers = z.infer<typeof FeedbackAnswersSchema>;

/**
 * One person's feedback. Anonymous unless they choose who they are (a family member of this
 * conference); a young person answers without a name, as children are not family members here.
 * On the laptop the date is today's; from the printed form, the date written on it (or the day
 * it is typed in).
 */
export const RecordFeedbackSchema = z
  .object({
    conferenceId: entityId,
    respondent: z.enum(FEEDBACK_RESPONDENTS, { error: 'Choose who is answering.' }),
    /** Null: anonymous. */
    familyMemberId: entityId.nullable().default(null),
    how: z.enum(FEEDBACK_HOW, { error: 'Choose how the answers were given.' }),
    /** From paper only: the date on the form. Ignored in family mode. */
    givenOn: isoDate('date on the form').nullable().default(null),
    answers: FeedbackAnswersSchema,
    anythingElse: optionalLongText(LONG_TEXT, 'answer in your own words'),
  })
  .strict()
  .refine((input) => input.familyMemberId === null || input.respondent !== 'young-person', {
    path: ['familyMemberId'],
    message: 'A young person answers without choosing a name here.',
  });
export type RecordFeedback = z.infer<typeof RecordFeedbackSchema>;

/** Who can choose their own name on the form: the family members invited to this conference. */
export const FeedbackFormSchema = z.object({
  conferenceId: z.string(),
  people: z.array(z.object({ familyMemberId: z.string(), name: z.string(), respondent: z.enum(FEEDBACK_RESPONDENTS) })),
  /** True in family mode: the answers are given on the laptop, today. */
  familyMode: z.boolean(),
});
export type FeedbackForm = z.infer<typeof FeedbackFormSchema>;

/** How many answered, never what they said: counts only. */
export const FeedbackCountsSchema = z.object({
  conferenceId: z.string(),
  total: z.number().int().nonnegative(),
  anonymous: z.number().int().nonnegative(),
  byRespondent: z.object(Object.fromEntries(FEEDBACK_RESPONDENTS.map((kind) => [kind, z.number().int().nonnegative()])) as Record<(typeof FEEDBACK_RESPONDENTS)[number], z.ZodNumber>),
  byHow: z.object(Object.fromEntries(FEEDBACK_HOW.map((how) => [how, z.number().int().nonnegative()])) as Record<(typeof FEEDBACK_HOW)[number], z.ZodNumber>),
});
export type FeedbackCounts = z.infer<typeof FeedbackCountsSchema>;

/** Family mode: on for one conference, or off. */
export const FamilyModeStateSchema = z.object({ active: z.boolean(), conferenceId: z.string().nullable(), startedAt: z.string().nullable() });
export type FamilyModeState = z.infer<typeof FamilyModeStateSchema>;

export const LeaveFamilyModeSchema = z.object({ passphrase: z.string({ error: 'Enter the passphrase.' }).min(1, { message: 'Enter the passphrase.' }).max(500) }).strict();

/**
 * The calls that work in family mode: the feedback form, the app lock's own calls, and the
 * passphrase that ends it. Everything else is refused until it ends, whatever the window asks.
 */
export const CALLS_IN_FAMILY_MODE = ['getFamilyMode', 'getFeedbackForm', 'recordFeedback', 'leaveFamilyMode', 'getLockState', 'unlock', 'lock', 'noteUse'] as const;

export const FAMILY_MODE_MESSAGE = 'Confer is in family mode: only the feedback form can be used. The chair can leave family mode with the passphrase.';
