import { describe, expect, it } from 'vitest';
import { DEFAULT_AUTHORITY_SETTINGS } from '../../shared/authority/settings';
import { decisionLetterDue, firstCoreGroupDue, recordDue, reportsToFamilyDue } from '../../shared/timescales/after-conference';
import { firstReviewDue, initialConferenceDue, laterReviewDue } from '../../shared/timescales/conference-due';
import { dissentWindowEnds } from '../../shared/timescales/dissent-window';
import { timescaleRulesFor } from '../../shared/timescales/rules';

/** Key dates for the Price and Mills family (../shared/domain/example-case.md), Northmere Council. */
const northmere = timescaleRulesFor(DEFAULT_AUTHORITY_SETTINGS);
const strategyDiscussion = '2026-03-02';
const initialConference = '2026-03-19';
const firstReviewBroughtForward = '2026-06-04';

describe('the Price and Mills family’s key dates', () => {
  it('the initial conference is due by Mon 23 Mar 2026, 15 working days after the strategy discussion on Mon 2 Mar', () => {
    expect(initialConferenceDue(strategyDiscussion, northmere)).toBe('2026-03-23');
  });

  it('reports are due with the parents by Mon 16 Mar 2026, 3 working days before the conference on Thu 19 Mar', () => {
    expect(reportsToFamilyDue(initialConference, 'initial', northmere)).toBe('2026-03-16');
  });

  it('the decision letter is due by Fri 20 Mar 2026', () => {
    expect(decisionLetterDue(initialConference, northmere)).toBe('2026-03-20');
  });

  it('the first core group is due by Thu 2 Apr 2026', () => {
    expect(firstCoreGroupDue(initialConference, northmere)).toBe('2026-04-02');
  });

  it('the minutes are due by Mon 13 Apr 2026, pushed out by Good Friday and Easter Monday', () => {
    expect(recordDue(initialConference, northmere)).toBe('2026-04-13');
  });

  it('the first review is due by Fri 19 Jun 2026', () => {
    expect(firstReviewDue(initialConference, northmere)).toBe('2026-06-19');
  });

  it('with the review brought forward to Thu 4 Jun 2026, the next review is due by Fri 4 Dec 2026', () => {
    expect(laterReviewDue(firstReviewBroughtForward, northmere)).toBe('2026-12-04');
  });

  it('a professional can dissent until 10:00 on Sun 22 Mar 2026, 72 hours after the 10:00 start', () => {
    expect(dissentWindowEnds({ date: initialConference, time: '10:00' }, northmere)).toEqual({ date: '2026-03-22', time: '10:00' });
  });
});
