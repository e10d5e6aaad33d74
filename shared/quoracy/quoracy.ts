import { AGENCIES, AGENCY_LABELS, COUNTS_TOWARDS_QUORACY, type AgencyId } from '../authority/agencies';
import type { AuthoritySettings } from '../authority/settings';

/**
 * Quoracy (brief §1.3, a local rule almost everywhere): children's social care plus at least
 * N other agencies that have had direct contact with the child or family (N = 2 by default).
 * Each agency counts once, however many of its people come.
 */
export interface ExpectedAttendee {
  readonly agency: AgencyId;
  /** Whether the attendee's agency has had direct contact with the child or family. */
  readonly directContact: boolean;
  readonly attending: boolean;
}

export interface QuoracyAssessment {
  readonly quorate: boolean;
  /** One sentence in plain words, for the set-up screen and the record. */
  readonly summary: string;
  /** The summary first, then what the chair needs to do and why any agency was not counted. */
  readonly reasons: readonly string[];
  readonly childrensSocialCareExpected: boolean;
  /** Other agencies with direct contact, each counted once. */
  readonly otherAgencies: number;
  readonly otherAgenciesNeeded: number;
  /**
   * Every agency that counts, children's social care first, in the agency list's order. A fresh
   * array the caller owns, so it is left mutable for the caller's own schemas.
   */
  readonly countedAgencies: AgencyId[];
  /** Going ahead without a quorum needs the chair's recorded reason. */
  readonly needsReason: boolean;
}

const CSC: AgencyId = 'childrens-social-care';

export function assessQuoracy(
  attendees: readonly ExpectedAttendee[],
  settings: Pick<AuthoritySettings, 'quorumOtherAgencies'>,
): QuoracyAssessment {
  const needed = settings.quorumOtherAgencies;
  const attending = attendees.filter((attendee) => attendee.attending);
  // Children's social care holds the case: being there is enough. Others must have direct contact.
  const childrensSocialCareExpected = attending.some((attendee) => attendee.agency === CSC);
  const counting = new Set(
    attending
      .filter((attendee) => attendee.agency !== CSC && attendee.directContact && COUNTS_TOWARDS_QUORACY[attendee.agency])
      .map((attendee) => attendee.agency),
  );
  const otherAgencies = counting.size;
  const quorate = childrensSocialCareExpected && otherAgencies >= needed;
  const summary = quorate
    ? quorateSummary(otherAgencies)
    : inquorateSummary(childrensSocialCareExpected, otherAgencies, needed);

  return {
    quorate,
    summary,
    reasons: [
      summary,
      ...(quorate ? [] : [INQUORATE_NEXT_STEPS]),
      ...notCountedReasons(attendees, counting),
      ...countedOnceReasons(attending, counting),
    ],
    childrensSocialCareExpected,
    otherAgencies,
    otherAgenciesNeeded: needed,
    countedAgencies: AGENCIES.filter((agency) => (agency === CSC ? childrensSocialCareExpected : counting.has(agency))),
    needsReason: !quorate,
  };
}

// Brief §1.3: if inquorate, normally do not proceed; the chair may go ahead in exceptional cases.
const INQUORATE_NEXT_STEPS =
  'Normally the conference does not go ahead: the chair agrees an interim plan with those present and books a new date. ' +
  'To go ahead anyway, the chair must record the reason.';

function otherAgenciesPhrase(count: number): string {
  return `${count} other ${count === 1 ? 'agency' : 'agencies'} with direct contact`;
}

function quorateSummary(otherAgencies: number): string {
  return otherAgencies === 0
    ? 'Children’s social care is expected, and no other agencies are needed.'
    : `Children’s social care and ${otherAgenciesPhrase(otherAgencies)} are expected.`;
}

function inquorateSummary(childrensSocialCareExpected: boolean, otherAgencies: number, needed: number): string {
  const problems: string[] = [];
  if (!childrensSocialCareExpected) problems.push('children’s social care is not expected');
  if (otherAgencies < needed) {
    const expected =
      otherAgencies === 0
        ? 'no other agency with direct contact is expected'
        : `only ${otherAgenciesPhrase(otherAgencies)} ${otherAgencies === 1 ? 'is' : 'are'} expected`;
    problems.push(`${expected} (at least ${needed} ${needed === 1 ? 'is' : 'are'} needed)`);
  }
  return `Not quorate: ${problems.join(', and ')}.`;
}

/** Why each expected agency that does not count was left out, once per agency. */
function notCountedReasons(attendees: readonly ExpectedAttendee[], counting: ReadonlySet<AgencyId>): string[] {
  const reasons = new Map<AgencyId, string>();
  for (const attendee of attendees) {
    const { agency } = attendee;
    if (agency === CSC || counting.has(agency)) continue;
    const label = AGENCY_LABELS[agency];
    const reason = !COUNTS_TOWARDS_QUORACY[agency]
      ? `${label} does not count towards quoracy: it is not an agency with direct safeguarding contact.`
      : !attendee.attending
        ? `${label} is not expected to attend, so it does not count.`
        : `${label} has had no direct contact with the child or family, so it does not count.`;
    // An agency that is attending outranks the same agency's apologies.
    if (!reasons.has(agency) || attendee.attending) reasons.set(agency, reason);
  }
  return AGENCIES.flatMap((agency) => reasons.get(agency) ?? []);
}

function countedOnceReasons(attending: readonly ExpectedAttendee[], counting: ReadonlySet<AgencyId>): string[] {
  return AGENCIES.flatMap((agency) => {
    const people = attending.filter((attendee) => attendee.agency === agency).length;
    return counting.has(agency) && people > 1
      ? [`${AGENCY_LABELS[agency]} counts once, although ${people} people from it are expected.`]
      : [];
  });
}
