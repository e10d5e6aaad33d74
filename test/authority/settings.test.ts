import { describe, expect, it } from 'vitest';
import { calendarForAuthority } from '../../shared/authority/calendar';
import { AuthoritySettingsSchema, DEFAULT_AUTHORITY_SETTINGS } from '../../shared/authority/settings';

describe('an authority’s settings', () => {
  it('start from the common local rules in the brief', () => {
    expect(DEFAULT_AUTHORITY_SETTINGS).toMatchObject({
      initialConferenceWorkingDays: 15,
      transferInWorkingDays: 15,
      firstReviewMonths: 3,
      laterReviewMonths: 6,
      firstCoreGroupWorkingDays: 10,
      reportsToFamilyWorkingDays: { initial: 3, review: 5 },
      decisionLetterWorkingDays: 1,
      recordWorkingDays: 15,
      dissentWindowHours: 72,
      quorumOtherAgencies: 2,
      dueSoonWorkingDays: 5,
      chairRoleLabel: 'LCPP',
      practiceModel: 'signs-of-safety',
      preBirthFirstReview: { workingDaysAfterBirth: 10, monthsAfterConference: 3, whichever: 'sooner' },
      readingAgeTarget: 11,
      childReadingAgeTarget: 9,
      readingEaseTarget: 60,
      extraBankHolidays: [],
    });
  });

  it('the defaults pass their own schema unchanged', () => {
    expect(AuthoritySettingsSchema.parse(DEFAULT_AUTHORITY_SETTINGS)).toEqual(DEFAULT_AUTHORITY_SETTINGS);
  });

  it('an authority can use its own values, such as Lewisham’s 2 working days for reports', () => {
    const lewisham = AuthoritySettingsSchema.parse({
      ...DEFAULT_AUTHORITY_SETTINGS,
      reportsToFamilyWorkingDays: { initial: 2, review: 5 },
      preBirthFirstReview: { workingDaysAfterBirth: 20, monthsAfterConference: 3, whichever: 'sooner' },
      practiceModel: 'strengthening-families',
    });
    expect(lewisham.reportsToFamilyWorkingDays.initial).toBe(2);
    expect(lewisham.preBirthFirstReview.workingDaysAfterBirth).toBe(20);
  });

  it('refuses values that make no sense, with a message in plain words', () => {
    const result = AuthoritySettingsSchema.safeParse({ ...DEFAULT_AUTHORITY_SETTINGS, initialConferenceWorkingDays: 2.5 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('The time to the initial conference (working days) must be a whole number.');
    expect(AuthoritySettingsSchema.safeParse({ ...DEFAULT_AUTHORITY_SETTINGS, practiceModel: 'made-up' }).success).toBe(false);
    expect(AuthoritySettingsSchema.safeParse({ ...DEFAULT_AUTHORITY_SETTINGS, firstReviewMonths: 0 }).success).toBe(false);
  });

  it('refuses an added bank holiday that is not a real date', () => {
    const result = AuthoritySettingsSchema.safeParse({
      ...DEFAULT_AUTHORITY_SETTINGS,
      extraBankHolidays: [{ date: '2026-02-30', name: 'Closure day' }],
    });
    expect(result.success).toBe(false);
  });

  it('an administrator’s added bank holiday reaches the authority’s calendar', () => {
    const settings = AuthoritySettingsSchema.parse({
      ...DEFAULT_AUTHORITY_SETTINGS,
      extraBankHolidays: [{ date: '2026-03-10', name: 'Northmere closure day' }],
    });
    const calendar = calendarForAuthority(settings);
    expect(calendar.isWorkingDay('2026-03-10')).toBe(false);
    expect(calendar.addWorkingDays('2026-03-02', 15)).toBe('2026-03-24');
  });
});
