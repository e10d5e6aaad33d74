import { describe, expect, it } from 'vitest';
import { DEFAULT_AUTHORITY_SETTINGS } from '../../shared/authority/settings';
import { afterMeetingDeadlines, type AfterMeetingFacts } from '../../shared/timescales/after-meeting';
import { conferenceDeadlines } from '../../shared/timescales/conference-deadlines';
import { timescaleRulesFor } from '../../shared/timescales/rules';

const rules = timescaleRulesFor(DEFAULT_AUTHORITY_SETTINGS);

/** An invented initial conference held on Thursday 19 March 2026 at 10:00 that made a plan. */
const held = (changes: Partial<AfterMeetingFacts> = {}): AfterMeetingFacts => ({ held: { date: '2026-03-19', time: '10:00' }, type: 'initial', planInPlace: true, ...changes });
const byKind = (facts: AfterMeetingFacts) => new Map(afterMeetingDeadlines(facts, rules).map((d) => [d.kind, d]));

describe('the deadlines after the meeting, in working days on the England and Wales calendar', () => {
  it('counts each from the day the conference was held', () => {
    expect(afterMeetingDeadlines(held(), rules)).toEqual([
      // 1 working day: the Friday.
      { kind: 'decision-letter', due: '2026-03-20', dueTime: null, doneOn: null },
      // 15 working days, with Good Friday (3 Apr) and Easter Monday (6 Apr) left out.
      { kind: 'record', due: '2026-04-13', dueTime: null, doneOn: null },
      // 10 working days.
      { kind: 'first-core-group', due: '2026-04-02', dueTime: null, doneOn: null },
      // 3 calendar months after an initial conference.
      { kind: 'next-review', due: '2026-06-19', dueTime: null, doneOn: null },
      // 72 wall-clock hours from the start: weekends count.
      { kind: 'dissent-window', due: '2026-03-22', dueTime: '10:00', doneOn: null },
    ]);
  });

  it('skips a bank holiday and a weekend for the decision letter', () => {
    // Held on Thursday 2 April 2026: Good Friday and the weekend pass, Easter Monday too.
    expect(byKind(held({ held: { date: '2026-04-02', time: '14:00' } })).get('decision-letter')?.due).toBe('2026-04-07');
  });

  it('after a review, the next review is six months on, with no new first core group', () => {
    const review = byKind(held({ type: 'review', held: { date: '2026-06-04', time: '10:00' } }));
    expect(review.get('next-review')?.due).toBe('2026-12-04');
    expect(review.has('first-core-group')).toBe(false);
  });

  it('without a plan there is no core group or review to track', () => {
    expect([...byKind(held({ planInPlace: false })).keys()]).toEqual(['decision-letter', 'record', 'dissent-window']);
  });

  it('the record is sent once the record and, with a plan, the plan have both gone out', () => {
    expect(byKind(held({ recordSentOn: '2026-04-01' })).get('record')?.doneOn).toBeNull();
    expect(byKind(held({ recordSentOn: '2026-04-01', planSentOn: '2026-04-08' })).get('record')?.doneOn).toBe('2026-04-08');
    expect(byKind(held({ planInPlace: false, recordSentOn: '2026-04-01' })).get('record')?.doneOn).toBe('2026-04-01');
  });

  it('the first core group counts as done on the date it is booked for; the next review when the review is held', () => {
    const facts = byKind(held({ firstCoreGroupHeldOn: '2026-04-01', nextReviewHeldOn: '2026-06-04' }));
    expect(facts.get('first-core-group')?.doneOn).toBe('2026-04-01');
    expect(facts.get('next-review')?.doneOn).toBe('2026-06-04');
  });

  it('follows the authority’s own timescales', () => {
    const local = timescaleRulesFor({ ...DEFAULT_AUTHORITY_SETTINGS, recordWorkingDays: 20, dissentWindowHours: 48, decisionLetterWorkingDays: 2 });
    const deadlines = new Map(afterMeetingDeadlines(held(), local).map((d) => [d.kind, d]));
    expect(deadlines.get('decision-letter')?.due).toBe('2026-03-23');
    expect(deadlines.get('record')?.due).toBe('2026-04-20');
    expect(deadlines.get('dissent-window')).toMatchObject({ due: '2026-03-21', dueTime: '10:00' });
  });
});

describe('their status in the Timescales table and on the home screen', () => {
  const conference = { basis: { kind: 'initial', strategyDiscussionDate: '2026-03-02' }, scheduledDate: '2026-03-19', heldOn: '2026-03-19', heldAt: '10:00', planInPlace: true } as const;
  const status = (today: string, changes = {}) => new Map(conferenceDeadlines({ ...conference, ...changes }, today, rules).map((d) => [d.kind, d.status]));

  it('a held conference is no longer overdue for being held', () => {
    expect(status('2026-05-01').get('conference')).toBe('done');
  });

  it('the decision letter is due soon on the day of the meeting and overdue the working day after its due date', () => {
    expect(status('2026-03-19').get('decision-letter')).toBe('due-soon');
    expect(status('2026-03-23').get('decision-letter')).toBe('overdue');
    expect(status('2026-03-23', { decisionLetterSentOn: '2026-03-20' }).get('decision-letter')).toBe('done');
  });

  it('the dissent window is due soon while open, and closed (done) after its last day, never overdue', () => {
    expect(status('2026-03-22').get('dissent-window')).toBe('due-soon');
    expect(status('2026-03-23').get('dissent-window')).toBe('done');
    expect(status('2027-01-01').get('dissent-window')).toBe('done');
  });

  it('the record is coming up, then due soon, then overdue', () => {
    expect(status('2026-03-20').get('record')).toBe('upcoming');
    expect(status('2026-04-07').get('record')).toBe('due-soon');
    expect(status('2026-04-14').get('record')).toBe('overdue');
  });

  it('a conference held without a date to count its own timescale from still gets what follows the meeting', () => {
    const kinds = conferenceDeadlines({ basis: null, type: 'review', heldOn: '2026-03-19', heldAt: '10:00', planInPlace: true }, '2026-03-19', rules).map((d) => d.kind);
    expect(kinds).toEqual(['decision-letter', 'record', 'next-review', 'dissent-window']);
  });
});
