import { describe, expect, it } from 'vitest';
import { DEFAULT_AUTHORITY_SETTINGS, type AuthoritySettings } from '../../shared/authority/settings';
import {
  conferenceDueDate,
  preBirthFirstReviewDue,
  preBirthInitialConferenceDue,
  transferInConferenceDue,
} from '../../shared/timescales/conference-due';
import { timescaleRulesFor } from '../../shared/timescales/rules';

const rulesWith = (changes: Partial<AuthoritySettings> = {}) => timescaleRulesFor({ ...DEFAULT_AUTHORITY_SETTINGS, ...changes });
const standard = rulesWith();

describe('when a conference is due', () => {
  it('a transfer-in conference is due 15 working days after the written notice, skipping Easter', () => {
    expect(transferInConferenceDue('2026-03-30', standard)).toBe('2026-04-22');
  });

  it('a pre-birth initial conference follows the initial rule from its own trigger, skipping the spring bank holiday', () => {
    expect(preBirthInitialConferenceDue('2026-05-20', standard)).toBe('2026-06-11');
  });

  it('every kind of conference can be worked out from what it is counted from', () => {
    expect(conferenceDueDate({ kind: 'initial', strategyDiscussionDate: '2026-03-02' }, standard)).toBe('2026-03-23');
    expect(conferenceDueDate({ kind: 'pre-birth-initial', triggerDate: '2026-05-20' }, standard)).toBe('2026-06-11');
    expect(conferenceDueDate({ kind: 'transfer-in', noticeDate: '2026-03-30' }, standard)).toBe('2026-04-22');
    expect(conferenceDueDate({ kind: 'first-review', initialConferenceDate: '2026-03-19' }, standard)).toBe('2026-06-19');
    expect(conferenceDueDate({ kind: 'later-review', previousConferenceDate: '2026-06-04' }, standard)).toBe('2026-12-04');
    expect(
      conferenceDueDate({ kind: 'pre-birth-first-review', initialConferenceDate: '2026-06-11', birthDate: '2026-08-03' }, standard),
    ).toBe('2026-08-17');
  });

  it('a review due "within 3 months" of 31 August is due by 30 November', () => {
    expect(conferenceDueDate({ kind: 'first-review', initialConferenceDate: '2026-08-31' }, standard)).toBe('2026-11-30');
  });
});

describe('when an authority changes its timescales', () => {
  it('an initial conference within 10 working days is due by Mon 16 Mar 2026', () => {
    const rules = rulesWith({ initialConferenceWorkingDays: 10 });
    expect(conferenceDueDate({ kind: 'initial', strategyDiscussionDate: '2026-03-02' }, rules)).toBe('2026-03-16');
  });

  it('reviews every 4 months instead of 6', () => {
    const rules = rulesWith({ firstReviewMonths: 2, laterReviewMonths: 4 });
    expect(conferenceDueDate({ kind: 'first-review', initialConferenceDate: '2026-03-19' }, rules)).toBe('2026-05-19');
    expect(conferenceDueDate({ kind: 'later-review', previousConferenceDate: '2026-06-04' }, rules)).toBe('2026-10-04');
  });

  it('transfer-in conferences within 20 working days', () => {
    expect(transferInConferenceDue('2026-03-30', rulesWith({ transferInWorkingDays: 20 }))).toBe('2026-04-29');
  });
});

describe('the first review after a pre-birth conference (a local rule, kept as data)', () => {
  const conferenceHeld = '2026-06-11';

  it('10 working days after the birth, when that is sooner than 3 months after the conference', () => {
    expect(preBirthFirstReviewDue(conferenceHeld, '2026-08-03', standard)).toEqual({
      dueDate: '2026-08-17',
      countedFrom: 'birth',
      provisional: false,
    });
  });

  it('3 months after the conference, when the baby is born too late for the birth rule to be sooner', () => {
    expect(preBirthFirstReviewDue(conferenceHeld, '2026-09-07', standard)).toEqual({
      dueDate: '2026-09-11',
      countedFrom: 'conference',
      provisional: false,
    });
  });

  it('3 months after the conference, provisionally, while the baby is unborn', () => {
    expect(preBirthFirstReviewDue(conferenceHeld, null, standard)).toEqual({
      dueDate: '2026-09-11',
      countedFrom: 'conference',
      provisional: true,
    });
  });

  it('Liverpool’s 20 working days after the birth skip the summer bank holiday', () => {
    const liverpool = rulesWith({ preBirthFirstReview: { workingDaysAfterBirth: 20, monthsAfterConference: 3, whichever: 'sooner' } });
    expect(preBirthFirstReviewDue(conferenceHeld, '2026-08-03', liverpool).dueDate).toBe('2026-09-01');
  });

  it('an authority can choose whichever is later', () => {
    const later = rulesWith({ preBirthFirstReview: { workingDaysAfterBirth: 10, monthsAfterConference: 3, whichever: 'later' } });
    expect(preBirthFirstReviewDue(conferenceHeld, '2026-08-03', later)).toMatchObject({ dueDate: '2026-09-11', countedFrom: 'conference' });
  });
});
