import type { Restriction } from '../../shared/audience/restriction';
import type { Contribution } from '../../shared/capture/schema';
import type { ConferenceDetail } from '../../shared/conference/details';
import type { AgencyId } from '../../shared/authority/agencies';
import { DEFAULT_AUTHORITY_SETTINGS } from '../../shared/authority/settings';
import type { Decision } from '../../shared/decision/schema';
import type { DecisionRecord } from '../../shared/decision/record';
import type { DocumentSource } from '../../shared/documents/source';
import type { Child, FamilyMember } from '../../shared/family/schema';
import type { Invitation } from '../../shared/invitations/schema';
import { decisionLetter } from '../../shared/letter/decision-letter';
import type { Action, Outcome } from '../../shared/plan/schema';

/**
 * A small fictional family built in memory, without a database, for the audience rules:
 * Amara Brennan lives with Tegan (11) and Kai (6); Dele Okafor, Kai's father, lives away and is
 * the father of the baby to come; Rose Brennan, their grandmother, is the family network. An
 * adviser supports Amara, an advocate supports Dele, the social worker supports everyone.
 */
const uuid = (group: number, n: number) => `00000000-0000-4000-8${group.toString(16).padStart(3, '0')}-${n.toString(16).padStart(12, '0')}`;

export const IDS = {
  conference: uuid(0, 1),
  family: uuid(0, 2),
  tegan: uuid(1, 1),
  kai: uuid(1, 2),
  baby: uuid(1, 3),
  amara: uuid(2, 1),
  dele: uuid(2, 2),
  rose: uuid(2, 3),
  socialWorker: uuid(3, 1),
  adviser: uuid(3, 2),
  advocate: uuid(3, 3),
  outcomeBoth: uuid(4, 1),
  outcomeTegan: uuid(4, 2),
  outcomeKai: uuid(4, 3),
  actionBoth: uuid(5, 1),
  actionTegan: uuid(5, 2),
  actionKai: uuid(5, 3),
  actionAdviser: uuid(5, 4),
} as const;

const NOW = '2026-03-19T12:00:00.000Z';

function child(id: string, givenName: string, familyName: string, dateOfBirth: string | null): Child {
  return {
    id,
    displayName: givenName === '' ? `Baby ${familyName} (unborn)` : `${givenName} ${familyName}`,
    isUnborn: dateOfBirth === null,
    givenName,
    familyName,
    dateOfBirth,
    expectedDeliveryDate: dateOfBirth === null ? '2026-09-01' : null,
    gender: '',
    ethnicity: '',
    schoolOrSetting: '',
    firstLanguage: 'English',
    interpreterLanguage: '',
    interpreterDialect: '',
    communicationNeeds: '',
    cmsPersonId: '',
  };
}

function member(id: string, kind: FamilyMember['kind'], givenName: string, familyName: string, livesInHousehold: boolean, childIds: readonly string[], contactDetails = ''): FamilyMember {
  return {
    id,
    displayName: `${givenName} ${familyName}`,
    kind,
    givenName,
    familyName,
    livesInHousehold,
    contactDetails,
    contactDetailsConfidential: false,
    firstLanguage: 'English',
    interpreterLanguage: '',
    interpreterDialect: '',
    communicationNeeds: '',
    interpreterPreferences: '',
    relationships: childIds.map((childId) => ({ childId, relationship: 'Family', parentalResponsibility: kind === 'parent-or-carer' })),
  };
}

function professional(id: string, name: string, role: string, agency: AgencyId, supports: readonly string[]): Invitation {
  return { id: uuid(6, Number.parseInt(id.slice(-4), 16)), invitee: { kind: 'professional', professionalId: id, name, role, agency }, response: 'attending-in-person', directContact: true, supportsFamilyMemberIds: [...supports] };
}

function decision(childId: string, n: number): Decision {
  return {
    id: uuid(7, n),
    childId,
    testMet: true,
    limb: 'b',
    outcome: 'plan',
    instead: null,
    endingReason: null,
    categories: ['emotional'],
    categoryJustification: '',
    chairReasons: `Chair reasons for child ${n}.`,
    chairReasonsRestriction: { level: 'none' },
    agencyViews: [],
    familyViews: [],
    deferredTo: null,
    deferredReason: '',
    initialCategories: ['emotional'],
    initialCensusCode: 'EMO',
    latestCensusCode: 'EMO',
    updatedAt: NOW,
  };
}

function outcome(id: string, text: string, childIds: readonly string[]): Outcome {
  return { id, text, measure: `${text}, measured.`, childIds: [...childIds], dangerStatementId: null, progress: 'not-reviewed', progressNote: '', restriction: { level: 'none' }, carriedForward: false };
}

function action(id: string, outcomeId: string, what: string, owners: Action['owners'], ownerNames: readonly string[]): Action {
  return { id, outcomeId, what, owners: [...owners], ownerNames: [...ownerNames], dueDate: '2026-04-01', frequency: '', reportsTo: '', progress: 'not-reviewed', progressNote: '', restriction: { level: 'none' }, carriedForward: false };
}

export function aContribution(n: number, text: string, spokenAt: string, restriction: Restriction = { level: 'none' }, more: Partial<Contribution> = {}): Contribution {
  return {
    id: uuid(8, n),
    agendaItemId: uuid(9, 1),
    speaker: { kind: 'chair' },
    speakerName: 'The chair',
    speakerRole: 'Chair',
    kind: 'child-view',
    text,
    spokenAt,
    restriction,
    reportId: null,
    version: 1,
    updatedAt: NOW,
    ...more,
  };
}

export function aFamilySource(): DocumentSource {
  const conference: ConferenceDetail = {
    id: IDS.conference,
    familyId: IDS.family,
    status: 'draft',
    held: null,
    details: {
      type: 'initial',
      triggerDate: '2026-03-02',
      scheduledDate: '2026-03-19',
      scheduledTime: '10:00',
      mode: 'in-person',
      venue: '',
      team: '',
      chairId: null,
      chairRoleLabel: 'LCPP',
      chairInStrategyDiscussion: null,
      chairInSection47Enquiry: null,
      chairDeclaration: '',
      leadPractitionerId: null,
      minuteTakerId: null,
      delayReason: '',
      inquorateReason: '',
    },
    chair: null,
    leadPractitioner: { id: IDS.socialWorker, name: 'Sol Worker', role: 'Social worker', agency: 'childrens-social-care' },
    minuteTaker: null,
    children: [child(IDS.tegan, 'Tegan', 'Brennan', '2014-05-01'), child(IDS.kai, 'Kai', 'Okafor', '2020-01-10'), child(IDS.baby, '', 'Okafor', null)],
    familyMembers: [
      member(IDS.amara, 'parent-or-carer', 'Amara', 'Brennan', true, [IDS.tegan, IDS.kai], '3 Elm Road'),
      member(IDS.dele, 'parent-or-carer', 'Dele', 'Okafor', false, [IDS.kai, IDS.baby], 'Flat 2, Hill Street'),
      member(IDS.rose, 'family-network', 'Rose', 'Brennan', false, [IDS.tegan, IDS.kai]),
    ],
    invitations: [
      professional(IDS.socialWorker, 'Sol Worker', 'Social worker', 'childrens-social-care', []),
      professional(IDS.adviser, 'Ada Viser', 'Domestic abuse adviser', 'domestic-abuse-service', [IDS.amara]),
      professional(IDS.advocate, 'Avery Cate', 'Parent advocate', 'parent-advocacy', [IDS.dele]),
    ],
    reports: [],
    agenda: [{ id: uuid(9, 1), kind: 'child-views', title: 'The children', plannedMinutes: 10 }],
    dueDate: null,
    needsDelayReason: false,
    deadlines: [],
    quoracy: { quorate: true, summary: '', reasons: [], countedAgencies: [], needsReason: false },
    createdAt: NOW,
    updatedAt: NOW,
  };
  const record: DecisionRecord = {
    conferenceId: IDS.conference,
    conferenceType: 'initial',
    status: 'draft',
    practiceModel: 'signs-of-safety',
    finalisedAt: null,
    finalisedBy: null,
    statements: [],
    scales: [],
    decisions: [decision(IDS.tegan, 1), decision(IDS.kai, 2), decision(IDS.baby, 3)],
    childrenWithPreviousPlan: [],
    dissents: [],
    dissentWindowEnds: null,
    plan: {
      visits: [
        { childId: IDS.tegan, frequency: 'Every 10 working days', where: 'At school', seenAlone: 'Every visit', restriction: { level: 'none' } },
        { childId: IDS.kai, frequency: 'Every 10 working days', where: 'At home', seenAlone: '', restriction: { level: 'none' } },
      ],
      familyNetwork: { fgdm: 'not-offered', fgdmDate: null, coordinator: '', familyPlan: '', familyPlanRestriction: { level: 'none' }, fnspRequested: false, fnspItems: [] },
      contingency: 'If things go wrong, the social worker meets the police the same day.',
      contingencyRestriction: { level: 'none' },
      coreGroup: [
        { kind: 'family-member', familyMemberId: IDS.amara },
        { kind: 'professional', professionalId: IDS.socialWorker },
        { kind: 'professional', professionalId: IDS.adviser },
        { kind: 'professional', professionalId: IDS.advocate },
      ],
      coreGroupNote: '',
      firstCoreGroupDate: '2026-04-01',
      nextReviewDate: '2026-06-04',
      broughtForwardReason: '',
      broughtForwardReasonRestriction: { level: 'none' },
      proposedFirstCoreGroupDate: null,
      proposedNextReviewDate: null,
    },
    outcomes: [outcome(IDS.outcomeBoth, 'Tegan and Kai are safe at home', [IDS.tegan, IDS.kai]), outcome(IDS.outcomeTegan, 'Tegan is in school', [IDS.tegan]), outcome(IDS.outcomeKai, 'Kai talks more', [IDS.kai])],
    actions: [
      action(IDS.actionBoth, IDS.outcomeBoth, 'Sol visits every 10 working days.', [{ kind: 'professional', professionalId: IDS.socialWorker }], ['Sol Worker']),
      action(IDS.actionTegan, IDS.outcomeTegan, 'School checks in with Tegan every week.', [{ kind: 'named', name: 'The school' }], ['The school']),
      action(IDS.actionKai, IDS.outcomeKai, 'Kai sees a speech therapist.', [{ kind: 'named', name: 'The health visitor' }], ['The health visitor']),
      action(IDS.actionAdviser, IDS.outcomeBoth, 'Amara and her adviser make a safety plan.', [{ kind: 'family-member', familyMemberId: IDS.amara }, { kind: 'professional', professionalId: IDS.adviser }], ['Amara Brennan', 'Ada Viser']),
    ],
    amendments: [],
    distribution: { decisionLetterDue: null, recordDue: null, recipients: [] },
    readiness: [],
    previous: null,
    nextReview: null,
    broughtForwardReason: '',
  };
  const professionals = conference.invitations.flatMap((i) => (i.invitee.kind === 'professional' ? [{ id: i.invitee.professionalId, name: i.invitee.name, role: i.invitee.role, agency: i.invitee.agency }] : []));
  return {
    conference,
    capture: { conferenceId: IDS.conference, finalised: false, currentAgendaItemId: null, contributions: [], attendance: [], exclusions: [], childVoices: [], restrictedParts: [], interpreters: [] },
    decisionRecord: record,
    letter: decisionLetter({ conference, record, professionals }),
    settings: DEFAULT_AUTHORITY_SETTINGS,
    madeOn: '2026-03-20',
  };
}

/** The source with its letter made again, after a test changed the conference or record. */
export function withLetter(source: DocumentSource): DocumentSource {
  const professionals = source.conference.invitations.flatMap((i) => (i.invitee.kind === 'professional' ? [{ id: i.invitee.professionalId, name: i.invitee.name, role: i.invitee.role, agency: i.invitee.agency }] : []));
  return { ...source, letter: decisionLetter({ conference: source.conference, record: source.decisionRecord, professionals }) };
}
