import { describe, expect, it } from 'vitest';
import type { AgencyId } from '../../shared/authority/agencies';
import { DEFAULT_AUTHORITY_SETTINGS } from '../../shared/authority/settings';
import { assessQuoracy, type ExpectedAttendee } from '../../shared/quoracy/quoracy';

function expected(agency: AgencyId, changes: Partial<ExpectedAttendee> = {}): ExpectedAttendee {
  return { agency, directContact: true, attending: true, ...changes };
}

/** Who is expected at the Price and Mills initial conference (example case). */
const priceAndMills: readonly ExpectedAttendee[] = [
  expected('childrens-social-care'), // Tom Reeves, family help lead practitioner
  expected('police'), // DC Hannah Cole
  expected('health-visiting'), // Grace Morgan
  expected('midwifery', { attending: false }), // Lucy Tran: report only, apologies
  expected('school-or-early-years'), // Mr Ian Foster
  expected('school-or-early-years', { attending: false }), // Beth Owen, nursery: report only
  expected('gp', { attending: false }), // Dr S. Malik: apologies
  expected('domestic-abuse-service'), // Nadia Rahman, IDVA
  expected('parent-advocacy'), // Kerry Walsh, peer parent advocate
];

const assess = (attendees: readonly ExpectedAttendee[], quorumOtherAgencies = 2) =>
  assessQuoracy(attendees, { ...DEFAULT_AUTHORITY_SETTINGS, quorumOtherAgencies });

describe('is the conference quorate?', () => {
  it('the Price and Mills conference is quorate: children’s social care and 4 other agencies with direct contact', () => {
    const result = assess(priceAndMills);
    expect(result).toMatchObject({
      quorate: true,
      needsReason: false,
      childrensSocialCareExpected: true,
      otherAgencies: 4,
      countedAgencies: ['childrens-social-care', 'police', 'health-visiting', 'school-or-early-years', 'domestic-abuse-service'],
    });
    expect(result.summary).toBe('Children’s social care and 4 other agencies with direct contact are expected.');
    expect(result.reasons).toEqual([
      'Children’s social care and 4 other agencies with direct contact are expected.',
      'Midwifery is not expected to attend, so it does not count.',
      'GP is not expected to attend, so it does not count.',
      'Parent advocacy does not count towards quoracy: it is not an agency with direct safeguarding contact.',
    ]);
  });

  it('children’s social care and exactly 2 other agencies is enough', () => {
    const result = assess([expected('childrens-social-care'), expected('police'), expected('school-or-early-years')]);
    expect(result.quorate).toBe(true);
    expect(result.summary).toBe('Children’s social care and 2 other agencies with direct contact are expected.');
  });

  it('with only 1 other agency it is not quorate, and going ahead needs the chair’s reason', () => {
    const result = assess([expected('childrens-social-care'), expected('police')]);
    expect(result).toMatchObject({ quorate: false, needsReason: true, otherAgencies: 1, otherAgenciesNeeded: 2 });
    expect(result.summary).toBe('Not quorate: only 1 other agency with direct contact is expected (at least 2 are needed).');
    expect(result.reasons[1]).toMatch(/the chair must record the reason/);
  });

  it('without children’s social care it is not quorate, however many others come', () => {
    const result = assess([expected('police'), expected('health-visiting'), expected('school-or-early-years')]);
    expect(result).toMatchObject({ quorate: false, childrensSocialCareExpected: false, otherAgencies: 3 });
    expect(result.summary).toBe('Not quorate: children’s social care is not expected.');
    expect(result.countedAgencies).toEqual(['police', 'health-visiting', 'school-or-early-years']);
  });

  it('with nobody from children’s social care and no one else, both problems are named', () => {
    expect(assess([]).summary).toBe(
      'Not quorate: children’s social care is not expected, and no other agency with direct contact is expected (at least 2 are needed).',
    );
  });
});

describe('who counts', () => {
  it('an agency counts once, however many of its people come', () => {
    const result = assess([expected('childrens-social-care'), expected('police'), expected('police'), expected('police')]);
    expect(result).toMatchObject({ quorate: false, otherAgencies: 1 });
    expect(result.reasons).toContain('Police counts once, although 3 people from it are expected.');
  });

  it('an agency without direct contact with the child or family does not count', () => {
    const result = assess([expected('childrens-social-care'), expected('police'), expected('housing', { directContact: false })]);
    expect(result.quorate).toBe(false);
    expect(result.reasons).toContain('Housing has had no direct contact with the child or family, so it does not count.');
  });

  it('an agency that is not attending does not count, even with direct contact', () => {
    const result = assess([expected('childrens-social-care'), expected('police'), expected('gp', { attending: false })]);
    expect(result.quorate).toBe(false);
    expect(result.reasons).toContain('GP is not expected to attend, so it does not count.');
  });

  it('an agency counts if one of its people who is coming has had direct contact', () => {
    const result = assess([
      expected('childrens-social-care'),
      expected('police'),
      expected('health-visiting', { attending: false }),
      expected('health-visiting', { directContact: false }),
      expected('health-visiting'),
    ]);
    expect(result).toMatchObject({ quorate: true, otherAgencies: 2 });
  });

  it('legal advisers, parent advocates and interpreters never count towards quoracy', () => {
    const result = assess([expected('childrens-social-care'), expected('legal'), expected('parent-advocacy'), expected('interpreter')]);
    expect(result).toMatchObject({ quorate: false, otherAgencies: 0, countedAgencies: ['childrens-social-care'] });
    expect(result.reasons).toContain('Interpreter does not count towards quoracy: it is not an agency with direct safeguarding contact.');
  });

  it('children’s social care counts when present, whatever is recorded about direct contact', () => {
    const result = assess([expected('childrens-social-care', { directContact: false }), expected('police'), expected('probation')]);
    expect(result.quorate).toBe(true);
  });
});

describe('when an authority sets its own quorum', () => {
  it('needing 3 other agencies, children’s social care and 2 others is not enough', () => {
    const result = assess([expected('childrens-social-care'), expected('police'), expected('paediatrics')], 3);
    expect(result.quorate).toBe(false);
    expect(result.summary).toBe('Not quorate: only 2 other agencies with direct contact are expected (at least 3 are needed).');
  });

  it('needing only 1 other agency, children’s social care and the police are enough', () => {
    const result = assess([expected('childrens-social-care'), expected('police')], 1);
    expect(result.quorate).toBe(true);
    expect(result.summary).toBe('Children’s social care and 1 other agency with direct contact are expected.');
  });

  it('uses the authority’s settings as they are stored', () => {
    expect(assessQuoracy(priceAndMills, DEFAULT_AUTHORITY_SETTINGS).quorate).toBe(true);
  });
});
