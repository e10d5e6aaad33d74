import { describe, expect, it } from 'vitest';
import { DEFAULT_AUTHORITY_SETTINGS } from '../../shared/authority/settings';
import { conferenceDeadlines, type ConferenceDates, type Deadline } from '../../shared/timescales/conference-deadlines';
import { deadlineState } from '../../shared/timescales/deadline-status';
import { timescaleRulesFor } from '../../shared/timescales/rules';

const northmere = timescaleRulesFor(DEFAULT_AUTHORITY_SETTINGS);

/** The Price and Mills initial conference (example case), before it is held. */
function priceAndMills(changes: Partial<ConferenceDates> = {}): ConferenceDates {
  return { basis: { kind: 'initial', strategyDiscussionDate: '2026-03-02' }, scheduledDate: '2026-03-19', ...changes };
}

function summary(deadlines: readonly Deadline[]) {
  return deadlines.map(({ kind, dueDate, status }) => ({ kind, dueDate, status }));
}

describe('the home screen shows what is due, at risk and overdue', () => {
  it('two days before the conference, the reports are overdue and the conference is due soon', () => {
    expect(summary(conferenceDeadlines(priceAndMills(), '2026-03-17', northmere))).toEqual([
      { kind: 'conference', dueDate: '2026-03-23', status: 'due-soon' },
      { kind: 'reports-to-family', dueDate: '2026-03-16', status: 'overdue' },
    ]);
  });

  it('a report shared a day late is done, and flagged as late', () => {
    const [, reports] = conferenceDeadlines(priceAndMills({ reportsSharedOn: '2026-03-17' }), '2026-03-17', northmere);
    expect(reports).toMatchObject({ kind: 'reports-to-family', status: 'done', doneOn: '2026-03-17', doneLate: true });
  });

  it('after the conference makes a plan, the letter, record, core group and first review follow', () => {
    const held = priceAndMills({
      heldOn: '2026-03-19',
      planInPlace: true,
      reportsSharedOn: '2026-03-16',
      decisionLetterSentOn: '2026-03-20',
    });
    expect(summary(conferenceDeadlines(held, '2026-03-23', northmere))).toEqual([
      { kind: 'conference', dueDate: '2026-03-23', status: 'done' },
      { kind: 'reports-to-family', dueDate: '2026-03-16', status: 'done' },
      { kind: 'decision-letter', dueDate: '2026-03-20', status: 'done' },
      { kind: 'record', dueDate: '2026-04-13', status: 'upcoming' },
      { kind: 'first-core-group', dueDate: '2026-04-02', status: 'upcoming' },
      { kind: 'next-review', dueDate: '2026-06-19', status: 'upcoming' },
      // Counted from midnight when no time is given: closed by the 23rd, never overdue.
      { kind: 'dissent-window', dueDate: '2026-03-22', status: 'done' },
    ]);
  });

  it('the record becomes overdue the day after it was due', () => {
    const held = priceAndMills({ heldOn: '2026-03-19', planInPlace: true, firstCoreGroupHeldOn: '2026-04-01' });
    const byKind = new Map(conferenceDeadlines(held, '2026-04-14', northmere).map((d) => [d.kind, d]));
    expect(byKind.get('record')).toMatchObject({ status: 'overdue', workingDaysLeft: -1 });
    expect(byKind.get('first-core-group')).toMatchObject({ status: 'done', doneLate: false });
  });

  it('without a child protection plan there is no core group or review to track', () => {
    const held = priceAndMills({ heldOn: '2026-03-19', planInPlace: false });
    expect(conferenceDeadlines(held, '2026-03-23', northmere).map((d) => d.kind)).toEqual([
      'conference',
      'reports-to-family',
      'decision-letter',
      'record',
      'dissent-window',
    ]);
  });

  it('a conference not yet booked shows only its own due date', () => {
    expect(conferenceDeadlines(priceAndMills({ scheduledDate: null }), '2026-03-03', northmere)).toEqual([
      expect.objectContaining({ kind: 'conference', dueDate: '2026-03-23', status: 'upcoming', workingDaysLeft: 14 }),
    ]);
  });

  it('a review brought forward to 4 June sets the next review for 4 December, with no new first core group', () => {
    const review: ConferenceDates = {
      basis: { kind: 'first-review', initialConferenceDate: '2026-03-19' },
      heldOn: '2026-06-04',
      planInPlace: true,
    };
    expect(summary(conferenceDeadlines(review, '2026-06-05', northmere))).toEqual([
      { kind: 'conference', dueDate: '2026-06-19', status: 'done' },
      { kind: 'reports-to-family', dueDate: '2026-05-28', status: 'overdue' },
      { kind: 'decision-letter', dueDate: '2026-06-05', status: 'due-soon' },
      { kind: 'record', dueDate: '2026-06-25', status: 'upcoming' },
      { kind: 'next-review', dueDate: '2026-12-04', status: 'upcoming' },
      { kind: 'dissent-window', dueDate: '2026-06-07', status: 'due-soon' },
    ]);
  });

  it('after a pre-birth conference, the first review follows the birth', () => {
    const preBirth: ConferenceDates = {
      basis: { kind: 'pre-birth-initial', triggerDate: '2026-05-20' },
      heldOn: '2026-06-11',
      planInPlace: true,
      birthDate: '2026-08-03',
    };
    const review = conferenceDeadlines(preBirth, '2026-08-04', northmere).find((d) => d.kind === 'next-review');
    expect(review).toMatchObject({ dueDate: '2026-08-17', status: 'upcoming' });
  });
});

describe('how close "due soon" is', () => {
  it('is due soon from 5 working days before, up to and including the day itself', () => {
    const state = (today: string) => deadlineState('2026-03-23', null, today, northmere.calendar, 5).status;
    expect(state('2026-03-13')).toBe('upcoming');
    expect(state('2026-03-16')).toBe('due-soon');
    expect(state('2026-03-23')).toBe('due-soon');
    expect(state('2026-03-24')).toBe('overdue');
  });

  it('counts working days only, so Easter does not use up the warning', () => {
    expect(deadlineState('2026-03-23', null, '2026-03-14', northmere.calendar, 5)).toMatchObject({ status: 'upcoming', workingDaysLeft: 6 });
    // Wed 1 Apr to Tue 7 Apr: six days, but only Thu 2 and Tue 7 are working days.
    expect(deadlineState('2026-04-07', null, '2026-04-01', northmere.calendar, 2)).toMatchObject({ status: 'due-soon', workingDaysLeft: 2 });
  });

  it('can be set per call or by the authority', () => {
    const held = priceAndMills({ heldOn: '2026-03-19', planInPlace: true });
    const coreGroup = (deadlines: readonly Deadline[]) => deadlines.find((d) => d.kind === 'first-core-group')?.status;
    expect(coreGroup(conferenceDeadlines(held, '2026-03-23', northmere))).toBe('upcoming');
    expect(coreGroup(conferenceDeadlines(held, '2026-03-23', northmere, { dueSoonWorkingDays: 10 }))).toBe('due-soon');
    const cautious = timescaleRulesFor({ ...DEFAULT_AUTHORITY_SETTINGS, dueSoonWorkingDays: 8 });
    expect(coreGroup(conferenceDeadlines(held, '2026-03-23', cautious))).toBe('due-soon');
  });
});
