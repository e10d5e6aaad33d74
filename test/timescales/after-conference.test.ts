import { describe, expect, it } from 'vitest';
import { DEFAULT_AUTHORITY_SETTINGS, type AuthoritySettings } from '../../shared/authority/settings';
import {
  decisionLetterDue,
  firstCoreGroupDue,
  inquorateRebookDue,
  recordDue,
  reportsToFamilyDue,
} from '../../shared/timescales/after-conference';
import { timescaleRulesFor } from '../../shared/timescales/rules';

const rulesWith = (changes: Partial<AuthoritySettings> = {}) => timescaleRulesFor({ ...DEFAULT_AUTHORITY_SETTINGS, ...changes });
const standard = rulesWith();

describe('what is due around a conference', () => {
  it('reports reach the family 5 working days before a review', () => {
    expect(reportsToFamilyDue('2026-06-04', 'review', standard)).toBe('2026-05-28');
  });

  it('a conference that was not quorate is rebooked within 10 working days', () => {
    expect(inquorateRebookDue('2026-03-19', standard)).toBe('2026-04-02');
  });

  it('a decision letter from a Friday conference is due on the Monday', () => {
    expect(decisionLetterDue('2026-03-20', standard)).toBe('2026-03-23');
  });
});

describe('when an authority changes its timescales', () => {
  it('with Lewisham’s 2 working days, reports for Thu 19 Mar are due Tue 17 Mar', () => {
    const lewisham = rulesWith({ reportsToFamilyWorkingDays: { initial: 2, review: 5 } });
    expect(reportsToFamilyDue('2026-03-19', 'initial', lewisham)).toBe('2026-03-17');
  });

  it('a record due in 20 working days is due Mon 20 Apr 2026', () => {
    expect(recordDue('2026-03-19', rulesWith({ recordWorkingDays: 20 }))).toBe('2026-04-20');
  });

  it('a first core group within 5 working days is due Thu 26 Mar 2026', () => {
    expect(firstCoreGroupDue('2026-03-19', rulesWith({ firstCoreGroupWorkingDays: 5 }))).toBe('2026-03-26');
  });

  it('a decision letter within 2 working days of a Thursday before Easter is due the Tuesday after', () => {
    expect(decisionLetterDue('2026-04-02', rulesWith({ decisionLetterWorkingDays: 2 }))).toBe('2026-04-08');
  });
});
