import type { AgencyId } from '../authority/agencies';
import type { ConferenceDetailsInput } from '../conference/details';
import type { ChildDetails, FamilyMemberDetails } from '../family/schema';
import type { InvitationResponse, ReportSharing } from '../invitations/schema';

/**
 * The fictional Price and Mills family and their initial conference ("Northmere Council"), from
 * ../shared/domain/example-case.md. Used for the first-run example, `npm run seed:example`, and
 * tests. Any resemblance to real people is coincidental. Dates of birth are invented to fit the
 * ages in the case (Ruby 9, Leo 4 in March 2026).
 */
export const EXAMPLE_CHILDREN = {
  ruby: { givenName: 'Ruby', familyName: 'Price', dateOfBirth: '2016-11-02', schoolOrSetting: 'Hollins Lane Primary (Year 4)', gender: 'Girl', firstLanguage: 'English' },
  leo: { givenName: 'Leo', familyName: 'Mills', dateOfBirth: '2021-06-14', schoolOrSetting: 'Nursery (15 hours)', gender: 'Boy', firstLanguage: 'English', communicationNeeds: 'Speech delay' },
  unborn: { givenName: '', familyName: 'Mills', expectedDeliveryDate: '2026-08-10' },
} as const satisfies Record<string, Partial<ChildDetails> & { familyName: string }>;

type ChildKey = keyof typeof EXAMPLE_CHILDREN;

/**
 * The children the chair chooses to give their own copy of the plan. A copy is offered by default
 * from age 10; Ruby is 9 at the conference, nearly 10, and her mother asked for the plan to be
 * written so Ruby can understand it, so the chair offers her one.
 */
export const EXAMPLE_CHILD_COPIES: readonly ChildKey[] = ['ruby'];

export interface ExampleFamilyMember {
  readonly key: string;
  readonly details: Omit<FamilyMemberDetails, 'relationships'>;
  readonly relationships: readonly { child: ChildKey; relationship: string; parentalResponsibility: boolean }[];
  readonly invited: InvitationResponse | null;
}

const member = (details: Partial<FamilyMemberDetails> & Pick<FamilyMemberDetails, 'kind' | 'givenName' | 'familyName' | 'livesInHousehold'>) => ({
  contactDetails: '',
  contactDetailsConfidential: false,
  firstLanguage: 'English',
  interpreterLanguage: '',
  interpreterDialect: '',
  communicationNeeds: '',
  interpreterPreferences: '',
  ...details,
});

export const EXAMPLE_FAMILY: readonly ExampleFamilyMember[] = [
  {
    key: 'danielle',
    details: member({ kind: 'parent-or-carer', givenName: 'Danielle', familyName: 'Price', livesInHousehold: true, contactDetails: '14 Alder Close, Northmere' }),
    relationships: [
      { child: 'ruby', relationship: 'Mother', parentalResponsibility: true },
      { child: 'leo', relationship: 'Mother', parentalResponsibility: true },
      { child: 'unborn', relationship: 'Mother', parentalResponsibility: true },
    ],
    invited: 'attending-in-person',
  },
  {
    key: 'jordan',
    details: member({
      kind: 'parent-or-carer',
      givenName: 'Jordan',
      familyName: 'Mills',
      livesInHousehold: false,
      contactDetails: 'Staying with his brother Sam Mills (agreed safety arrangement)',
    }),
    relationships: [
      { child: 'leo', relationship: 'Father', parentalResponsibility: true },
      { child: 'unborn', relationship: 'Father', parentalResponsibility: false },
    ],
    invited: 'attending-online',
  },
  {
    key: 'aaron',
    details: member({ kind: 'parent-or-carer', givenName: 'Aaron', familyName: 'Whitfield', livesInHousehold: false }),
    relationships: [{ child: 'ruby', relationship: 'Father', parentalResponsibility: true }],
    invited: 'awaiting',
  },
  {
    key: 'carol',
    details: member({ kind: 'family-network', givenName: 'Carol', familyName: 'Price', livesInHousehold: false, contactDetails: 'Lives 10 minutes away' }),
    relationships: [
      { child: 'ruby', relationship: 'Grandmother', parentalResponsibility: false },
      { child: 'leo', relationship: 'Grandmother', parentalResponsibility: false },
    ],
    invited: 'attending-in-person',
  },
  {
    key: 'megan',
    details: member({ kind: 'family-network', givenName: 'Megan', familyName: 'Price', livesInHousehold: false }),
    relationships: [
      { child: 'ruby', relationship: 'Aunt', parentalResponsibility: false },
      { child: 'leo', relationship: 'Aunt', parentalResponsibility: false },
    ],
    invited: null,
  },
];

export interface ExampleProfessional {
  readonly key: string;
  readonly name: string;
  readonly role: string;
  readonly agency: AgencyId;
  readonly organisation: string;
  readonly invited: InvitationResponse | null;
  /** Whom they support in the family, by key (an advocate, a domestic abuse adviser); the whole family when not said. */
  readonly supports?: readonly string[];
  readonly report?: { readonly receivedDate: string; readonly sharedWithFamily: ReportSharing; readonly sharedDate: string | null; readonly notSharedReason?: string };
}

export const EXAMPLE_PROFESSIONALS: readonly ExampleProfessional[] = [
  { key: 'priya', name: 'Priya Anand', role: 'Lead Child Protection Practitioner', agency: 'childrens-social-care', organisation: 'Northmere MACPT', invited: null },
  {
    key: 'tom',
    name: 'Tom Reeves',
    role: 'Family help lead practitioner (social worker)',
    agency: 'childrens-social-care',
    organisation: 'Northmere Council',
    invited: 'attending-in-person',
    report: { receivedDate: '2026-03-12', sharedWithFamily: 'yes', sharedDate: '2026-03-13' },
  },
  { key: 'aisha', name: 'Aisha Khan', role: 'Minute-taker (business support)', agency: 'business-support', organisation: 'Northmere Council', invited: null },
  {
    key: 'hannah',
    name: 'DC Hannah Cole',
    role: 'Detective Constable, Public Protection Unit',
    agency: 'police',
    organisation: 'Northmere Police',
    invited: 'attending-in-person',
    report: { receivedDate: '2026-03-16', sharedWithFamily: 'in-part', sharedDate: '2026-03-16', notSharedReason: 'Details of a live police investigation and a neighbour’s statement (third-party information).' },
  },
  {
    key: 'grace',
    name: 'Grace Morgan',
    role: 'Health visitor',
    agency: 'health-visiting',
    organisation: 'Northmere Community Health',
    invited: 'attending-in-person',
    report: { receivedDate: '2026-03-13', sharedWithFamily: 'yes', sharedDate: '2026-03-17' },
  },
  { key: 'lucy', name: 'Lucy Tran', role: 'Midwife', agency: 'midwifery', organisation: 'Northmere Hospital', invited: 'report-only', report: { receivedDate: '2026-03-12', sharedWithFamily: 'yes', sharedDate: '2026-03-13' } },
  { key: 'ian', name: 'Ian Foster', role: 'Designated safeguarding lead', agency: 'school-or-early-years', organisation: 'Hollins Lane Primary', invited: 'attending-in-person', report: { receivedDate: '2026-03-12', sharedWithFamily: 'yes', sharedDate: '2026-03-13' } },
  { key: 'beth', name: 'Beth Owen', role: 'Nursery manager', agency: 'school-or-early-years', organisation: 'Northmere Nursery', invited: 'report-only', report: { receivedDate: '2026-03-12', sharedWithFamily: 'yes', sharedDate: '2026-03-13' } },
  { key: 'malik', name: 'Dr S. Malik', role: 'GP', agency: 'gp', organisation: 'Northmere Medical Practice', invited: 'apologies', report: { receivedDate: '2026-03-11', sharedWithFamily: 'yes', sharedDate: '2026-03-13' } },
  { key: 'nadia', name: 'Nadia Rahman', role: 'Independent domestic violence adviser (IDVA)', agency: 'domestic-abuse-service', organisation: 'Northmere DA Service', invited: 'attending-in-person', supports: ['danielle'] },
  { key: 'alcohol', name: 'Northmere Alcohol Service', role: 'Adult alcohol service', agency: 'substance-use', organisation: 'Northmere Alcohol Service', invited: 'report-only', report: { receivedDate: '2026-03-12', sharedWithFamily: 'yes', sharedDate: '2026-03-13' } },
  { key: 'kerry', name: 'Kerry Walsh', role: 'Peer parent advocate for Danielle', agency: 'parent-advocacy', organisation: 'Northmere Parent Advocacy', invited: 'attending-in-person', supports: ['danielle'] },
];

export const EXAMPLE_CONFERENCE: Omit<ConferenceDetailsInput, 'chairId' | 'leadPractitionerId' | 'minuteTakerId'> = {
  type: 'initial',
  triggerDate: '2026-03-02',
  scheduledDate: '2026-03-19',
  scheduledTime: '10:00',
  mode: 'hybrid',
  venue: 'Northmere Civic Centre, Room 2 (Jordan joins a separate part by video)',
  chairRoleLabel: 'LCPP',
  chairInStrategyDiscussion: true,
  chairInSection47Enquiry: false,
  chairDeclaration: 'Priya chaired the strategy discussion but did not do the section 47 visits. Tom Reeves, the family help lead practitioner, holds the case.',
  delayReason: '',
  inquorateReason: '',
};

export const EXAMPLE_ROLES = { chair: 'priya', leadPractitioner: 'tom', minuteTaker: 'aisha' } as const;
