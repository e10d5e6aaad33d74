import { z } from 'zod';
import { boundedText, isoDate } from '../text/fields';

/**
 * What each local authority decides for itself (the brief's "Local – varies" rules, §1.2, §1.3,
 * entity 1 LocalAuthorityConfig), with the common values as defaults. National rules use the
 * same fields so that an authority applying a stricter local timescale can.
 */

export const PRACTICE_MODELS = ['signs-of-safety', 'strengthening-families', 'family-safeguarding', 'other'] as const;
export type PracticeModel = (typeof PRACTICE_MODELS)[number];

export const PRACTICE_MODEL_LABELS: Readonly<Record<PracticeModel, string>> = {
  'signs-of-safety': 'Signs of Safety',
  'strengthening-families': 'Strengthening Families',
  'family-safeguarding': 'Family Safeguarding',
  other: 'Another practice model',
};

function wholeNumber(label: string, min: number, max: number) {
  return z
    .number({ error: `Enter the ${label} as a number.` })
    .int({ message: `The ${label} must be a whole number.` })
    .min(min, { message: `The ${label} must be at least ${min}.` })
    .max(max, { message: `The ${label} can be at most ${max}.` });
}

const workingDays = (label: string, min = 1) => wholeNumber(`${label} (working days)`, min, 60);
const months = (label: string) => wholeNumber(`${label} (months)`, 1, 12);

/**
 * The pre-birth first review: within so many working days of the birth or so many months of the
 * conference, whichever comes sooner (Tees: 10 working days; Liverpool: 20) — or later, if an
 * authority says so.
 */
export const PreBirthFirstReviewRuleSchema = z
  .object({
    workingDaysAfterBirth: workingDays('time from the birth to the first review'),
    monthsAfterConference: months('time from the conference to the first review'),
    whichever: z.enum(['sooner', 'later'], { error: 'Choose sooner or later.' }),
  })
  .readonly();
export type PreBirthFirstReviewRule = z.infer<typeof PreBirthFirstReviewRuleSchema>;

/**
 * The least time a conference stays here after it is marked as exported to the case-management
 * system: long enough to find and put right a failed or incomplete export before the working copy
 * is gone. Not from guidance; no authority's setting goes below it.
 */
export const MIN_RETENTION_DAYS = 30;

const retentionDays = z
  .number({ error: 'Enter the number of days to keep records after export as a number.' })
  .int({ message: 'The number of days to keep records after export must be a whole number.' })
  .min(MIN_RETENTION_DAYS, { message: `Keep a conference for at least ${MIN_RETENTION_DAYS} days after it is exported, so a problem with the export can still be put right.` })
  .max(3650, { message: 'The number of days to keep records after export can be at most 3650.' });

export const AuthorityBankHolidaySchema = z
  .object({ date: isoDate('holiday date'), name: boundedText(100, 'holiday name') })
  .readonly();

export const AuthoritySettingsSchema = z
  .object({
    /** From the strategy discussion (or a pre-birth conference's trigger) to the initial conference. */
    initialConferenceWorkingDays: workingDays('time to the initial conference'),
    /** From the originating authority's written notice to the transfer-in conference. */
    transferInWorkingDays: workingDays('time to the transfer-in conference'),
    firstReviewMonths: months('time to the first review'),
    laterReviewMonths: months('time between later reviews'),
    firstCoreGroupWorkingDays: workingDays('time to the first core group'),
    reportsToFamilyWorkingDays: z
      .object({
        initial: workingDays('time reports reach the family before an initial conference', 0),
        review: workingDays('time reports reach the family before a review', 0),
      })
      .readonly(),
    decisionLetterWorkingDays: workingDays('time to send the decision letter', 0),
    recordWorkingDays: workingDays('time to send the record', 0),
    dissentWindowHours: wholeNumber('time to raise a formal dissent (hours)', 1, 720),
    /** Children's social care plus at least this many other agencies with direct contact. */
    quorumOtherAgencies: wholeNumber('number of other agencies needed for a quorate conference', 0, 10),
    /** New date for a conference that could not go ahead because it was not quorate. */
    inquorateRebookWorkingDays: workingDays('time to rebook a conference that was not quorate'),
    /** How close a deadline is before the home screen shows it as due soon. */
    dueSoonWorkingDays: workingDays('warning before a deadline', 0),
    chairRoleLabel: boundedText(40, 'chair’s role'),
    practiceModel: z.enum(PRACTICE_MODELS, { error: 'Choose the practice model.' }),
    preBirthFirstReview: PreBirthFirstReviewRuleSchema,
    /** How long this app keeps a conference after it is exported to the case-management system. */
    retentionDays,
    /** Minutes without use before Confer hides the record and asks for the passphrase. */
    idleLockMinutes: wholeNumber('minutes before Confer locks itself', 1, 240),
    readingAgeTarget: wholeNumber('reading age target', 7, 18),
    /** The child's or young person's own copy is written for younger readers than the adults' documents. */
    childReadingAgeTarget: wholeNumber('reading age target for children’s copies', 6, 18),
    readingEaseTarget: wholeNumber('reading ease target', 0, 100),
    extraBankHolidays: z.array(AuthorityBankHolidaySchema).max(200).readonly(),
    removedBankHolidays: z.array(isoDate('removed holiday date')).max(50).readonly(),
  })
  .readonly();
export type AuthoritySettings = z.infer<typeof AuthoritySettingsSchema>;

export const DEFAULT_AUTHORITY_SETTINGS: AuthoritySettings = Object.freeze({
  initialConferenceWorkingDays: 15,
  transferInWorkingDays: 15,
  firstReviewMonths: 3,
  laterReviewMonths: 6,
  firstCoreGroupWorkingDays: 10,
  reportsToFamilyWorkingDays: Object.freeze({ initial: 3, review: 5 }),
  decisionLetterWorkingDays: 1,
  recordWorkingDays: 15,
  dissentWindowHours: 72,
  quorumOtherAgencies: 2,
  inquorateRebookWorkingDays: 10,
  dueSoonWorkingDays: 5,
  chairRoleLabel: 'LCPP',
  practiceModel: 'signs-of-safety',
  preBirthFirstReview: Object.freeze({ workingDaysAfterBirth: 10, monthsAfterConference: 3, whichever: 'sooner' }),
  // Not from guidance: the record of note lives in the authority's case-management system (brief
  // §7), so this working copy is kept only briefly after export. Each authority sets its own.
  retentionDays: 90,
  // Not from guidance: a common screen-lock time for council laptops; each authority sets its own.
  idleLockMinutes: 10,
  readingAgeTarget: 11,
  // GOV.UK writes for a reading age of 9; a child's own copy should be no harder than that.
  childReadingAgeTarget: 9,
  readingEaseTarget: 60,
  extraBankHolidays: Object.freeze([]),
  removedBankHolidays: Object.freeze([]),
});
