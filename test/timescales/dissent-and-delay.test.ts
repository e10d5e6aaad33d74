import { describe, expect, it } from 'vitest';
import { DEFAULT_AUTHORITY_SETTINGS } from '../../shared/authority/settings';
import { requiresDelayReason } from '../../shared/timescales/delay';
import { dissentWindowEnds, isDissentWindowOpen } from '../../shared/timescales/dissent-window';
import { timescaleRulesFor } from '../../shared/timescales/rules';

const northmere = timescaleRulesFor(DEFAULT_AUTHORITY_SETTINGS);
const start = { date: '2026-03-19', time: '10:00' };

describe('the dissent window', () => {
  it('is open from the start of the conference until 10:00 on the Sunday, weekend included', () => {
    expect(isDissentWindowOpen(start, { date: '2026-03-19', time: '09:59' }, northmere)).toBe(false);
    expect(isDissentWindowOpen(start, { date: '2026-03-21', time: '18:00' }, northmere)).toBe(true);
    expect(isDissentWindowOpen(start, { date: '2026-03-22', time: '10:00' }, northmere)).toBe(true);
    expect(isDissentWindowOpen(start, { date: '2026-03-22', time: '10:01' }, northmere)).toBe(false);
  });

  it('follows the authority’s own length', () => {
    const rules = timescaleRulesFor({ ...DEFAULT_AUTHORITY_SETTINGS, dissentWindowHours: 48 });
    expect(dissentWindowEnds({ date: '2026-03-19', time: '14:30' }, rules)).toEqual({ date: '2026-03-21', time: '14:30' });
  });

  it('counts hours on the wall clock across the change to summer time', () => {
    expect(dissentWindowEnds({ date: '2026-03-27', time: '14:30' }, northmere)).toEqual({ date: '2026-03-30', time: '14:30' });
  });
});

describe('booking a conference after its due date', () => {
  it('needs a recorded reason when it is later than the due date', () => {
    expect(requiresDelayReason('2026-03-24', '2026-03-23')).toBe(true);
  });

  it('needs no reason on or before the due date', () => {
    expect(requiresDelayReason('2026-03-23', '2026-03-23')).toBe(false);
    expect(requiresDelayReason('2026-03-19', '2026-03-23')).toBe(false);
  });
});
