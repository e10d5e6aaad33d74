import { describe, expect, it } from 'vitest';
import { AGENCIES, AGENCY_LABELS, COUNTS_TOWARDS_QUORACY, isAgencyId } from '../../shared/authority/agencies';

describe('the agency list', () => {
  it('has a UK-English label for every agency', () => {
    expect(AGENCIES).toHaveLength(20);
    for (const agency of AGENCIES) expect(AGENCY_LABELS[agency]).toMatch(/^[A-Z]/);
    expect(AGENCY_LABELS['childrens-social-care']).toBe('Children’s social care');
  });

  it('legal, parent advocacy, interpreters and business support do not count towards quoracy; the rest can', () => {
    const notCounting = AGENCIES.filter((agency) => !COUNTS_TOWARDS_QUORACY[agency]);
    expect(notCounting).toEqual(['legal', 'parent-advocacy', 'interpreter', 'business-support']);
  });

  it('gives minute-takers and business support their own agency, not “Other”', () => {
    expect(AGENCY_LABELS['business-support']).toBe('Minute-taking and business support');
  });

  it('recognises a stored agency id and rejects anything else', () => {
    expect(isAgencyId('health-visiting')).toBe(true);
    expect(isAgencyId('Health visiting')).toBe(false);
  });
});
