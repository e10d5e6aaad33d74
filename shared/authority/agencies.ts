/**
 * The agencies and disciplines a conference invites (brief §1.3; entity 5 "Professional/Agency").
 * Ids are stable kebab-case and stored; labels are what people read.
 */
export const AGENCIES = [
  'childrens-social-care',
  'police',
  'health-visiting',
  'midwifery',
  'school-nursing',
  'gp',
  'paediatrics',
  'school-or-early-years',
  'adult-mental-health',
  'substance-use',
  'domestic-abuse-service',
  'probation',
  'youth-justice',
  'housing',
  'legal',
  'voluntary-sector',
  'parent-advocacy',
  'interpreter',
  'business-support',
  'other',
] as const;
export type AgencyId = (typeof AGENCIES)[number];

export const AGENCY_LABELS: Readonly<Record<AgencyId, string>> = {
  'childrens-social-care': 'Children’s social care',
  police: 'Police',
  'health-visiting': 'Health visiting',
  midwifery: 'Midwifery',
  'school-nursing': 'School nursing',
  gp: 'GP',
  paediatrics: 'Paediatrics',
  'school-or-early-years': 'School or early years',
  'adult-mental-health': 'Adult mental health',
  'substance-use': 'Substance use',
  'domestic-abuse-service': 'Domestic abuse service',
  probation: 'Probation',
  'youth-justice': 'Youth justice',
  housing: 'Housing',
  legal: 'Legal',
  'voluntary-sector': 'Voluntary sector',
  'parent-advocacy': 'Parent advocacy',
  interpreter: 'Interpreter',
  'business-support': 'Minute-taking and business support',
  other: 'Other',
};

/**
 * Whether the agency can count towards quoracy. Brief §1.3: a conference is quorate with
 * children's social care plus at least two other "agencies/disciplines that have had direct
 * contact with child/family". Legal advisers advise the authority (and solicitors "may attend as
 * supporters"), parent advocates speak for a parent (§3.1) and interpreters make participation
 * possible: none of them is an agency with direct safeguarding contact, so none counts, whoever
 * else they have met. Minute-takers and business support record and arrange the meeting: the same.
 */
export const COUNTS_TOWARDS_QUORACY: Readonly<Record<AgencyId, boolean>> = {
  'childrens-social-care': true,
  police: true,
  'health-visiting': true,
  midwifery: true,
  'school-nursing': true,
  gp: true,
  paediatrics: true,
  'school-or-early-years': true,
  'adult-mental-health': true,
  'substance-use': true,
  'domestic-abuse-service': true,
  probation: true,
  'youth-justice': true,
  housing: true,
  legal: false,
  'voluntary-sector': true,
  'parent-advocacy': false,
  interpreter: false,
  'business-support': false,
  other: true,
};

export function isAgencyId(value: string): value is AgencyId {
  return (AGENCIES as readonly string[]).includes(value);
}
