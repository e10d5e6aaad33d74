import { randomUUID } from 'node:crypto';
import type { Application } from '../../electron/handlers/app';
import type { ConferenceDetail } from '../../shared/conference/details';
import type { DecisionRecord } from '../../shared/decision/record';
import { ok } from '../support/calls';

/** Finds people in the example conference by name. */
export function examplePeople(example: ConferenceDetail) {
  const child = (given: string) => example.children.find((c) => (given === 'unborn' ? c.isUnborn : c.givenName === given))?.id ?? '';
  const member = (name: string) => example.familyMembers.find((m) => m.displayName === name)?.id ?? '';
  const professional = (name: string) =>
    example.invitations.flatMap((i) => (i.invitee.kind === 'professional' && i.invitee.name === name ? [i.invitee.professionalId] : []))[0] ?? '';
  return { child, member, professional };
}

/** The decisions of the example case: Ruby and Leo on plans, the unborn baby deferred to 4 June 2026. */
export async function recordExampleDecisions(app: Application, example: ConferenceDetail): Promise<DecisionRecord> {
  const { child, member, professional } = examplePeople(example);
  const conferenceId = example.id;
  const familyViews = [
    { familyMemberId: member('Danielle Price'), agreement: 'partly', view: 'Agrees with the worries; does not agree with the word “abuse”.' },
    { familyMemberId: member('Jordan Mills'), agreement: 'disagrees', view: 'Says he is “not a danger sober”.' },
  ];
  await ok(app, 'saveDecision', {
    conferenceId,
    childId: child('Ruby'),
    decision: {
      testMet: true,
      limb: 'b',
      outcome: 'plan',
      categories: ['emotional'],
      chairReasons: 'Ruby hides under her bed when the shouting starts and worries about her mum; she is likely to suffer emotional harm if the fighting continues.',
      agencyViews: [{ professionalId: professional('DC Hannah Cole'), view: 'plan', reason: 'Two call-outs in three months.' }],
      familyViews,
    },
  });
  await ok(app, 'saveDecision', {
    conferenceId,
    childId: child('Leo'),
    decision: {
      testMet: true,
      limb: 'a',
      outcome: 'plan',
      categories: ['emotional'],
      chairReasons: 'Leo was hurt when he fell on 28 February; the primary concern is his exposure to domestic abuse, so the category is emotional abuse.',
      agencyViews: [
        { professionalId: professional('DC Hannah Cole'), view: 'plan', categories: ['physical'], reason: 'Leo was physically injured.' },
        { professionalId: professional('Tom Reeves'), view: 'plan', categories: ['emotional'], reason: 'Exposure to domestic abuse.' },
      ],
      familyViews,
    },
  });
  await ok(app, 'saveDissent', {
    conferenceId,
    id: randomUUID(),
    childId: child('Leo'),
    professionalId: professional('DC Hannah Cole'),
    kind: 'disagreement',
    about: 'category',
    grounds: 'Police think the category should be physical abuse because Leo was injured.',
    raisedOn: '2026-03-19',
    raisedAt: '11:40',
  });
  return ok(app, 'saveDecision', {
    conferenceId,
    childId: child('unborn'),
    decision: {
      testMet: null,
      outcome: 'deferred',
      chairReasons: 'The baby was considered; the pre-birth assessment is not complete.',
      deferredTo: '2026-06-04',
      deferredReason: 'Pre-birth assessment to complete; the review is brought forward to about 30 weeks so a decision is made before the birth.',
    },
  });
}

/** The outline plan from the example, complete enough to finalise. */
export async function recordExamplePlan(app: Application, example: ConferenceDetail): Promise<DecisionRecord> {
  const { child, member, professional } = examplePeople(example);
  const conferenceId = example.id;
  const pro = (name: string) => ({ kind: 'professional', professionalId: professional(name) });
  const fam = (name: string) => ({ kind: 'family-member', familyMemberId: member(name) });
  const outcome = async (text: string, measure: string, actions: { what: string; owners: unknown[]; dueDate: string; frequency?: string }[]) => {
    const id = randomUUID();
    let record = await ok(app, 'saveOutcome', { conferenceId, id, text, measure });
    for (const action of actions) record = await ok(app, 'saveAction', { conferenceId, id: randomUUID(), outcomeId: id, ...action });
    return record;
  };
  await outcome('Ruby and Leo are safe at home', 'No police call-outs; the children say home feels calm', [
    { what: 'Jordan will not come to the house if he has had any alcohol; if he does, Danielle or Carol will call the police', owners: [fam('Jordan Mills'), fam('Danielle Price'), fam('Carol Price')], dueDate: '2026-03-19', frequency: 'From now' },
    { what: 'Tom will visit Ruby and Leo at least every 10 working days and see Ruby on her own', owners: [pro('Tom Reeves')], dueDate: '2026-04-02', frequency: 'Every 10 working days' },
    { what: 'Danielle will meet Nadia weekly to make a safety plan', owners: [fam('Danielle Price'), pro('Nadia Rahman')], dueDate: '2026-03-26', frequency: 'Weekly' },
  ]);
  await outcome('Jordan’s drinking is less risky', 'Jordan attends sessions; the alcohol service reports to the core group', [
    { what: 'Jordan will go to the alcohol service and tell Tom after each appointment', owners: [fam('Jordan Mills'), pro('Northmere Alcohol Service')], dueDate: '2026-04-09' },
  ]);
  await outcome('Ruby feels less worried and is in school', 'Attendance above 95%', [
    { what: 'Mr Foster will give Ruby a weekly check-in with a trusted adult', owners: [pro('Ian Foster')], dueDate: '2026-03-23', frequency: 'Weekly' },
  ]);
  await outcome('Leo’s speech improves', 'The speech and language referral is seen', [
    { what: 'Grace will refer Leo to speech and language therapy and visit monthly', owners: [pro('Grace Morgan')], dueDate: '2026-03-27', frequency: 'Monthly' },
  ]);
  await outcome('The family network helps keep the children safe', 'A family plan is agreed', [
    { what: 'Family group decision-making meeting with Carol, Megan, Sam and the parents', owners: [{ kind: 'named', name: 'FGDM coordinator (Northmere)' }], dueDate: '2026-04-30' },
  ]);
  await outcome('The baby is safe at birth', 'A birth plan is agreed', [
    { what: 'Pre-birth assessment and birth plan with the midwife', owners: [pro('Tom Reeves'), pro('Lucy Tran')], dueDate: '2026-06-04' },
  ]);
  return ok(app, 'savePlan', {
    conferenceId,
    plan: {
      visits: [
        { childId: child('Ruby'), frequency: 'At least every 10 working days', where: 'At home and at school', seenAlone: 'Every visit, at school' },
        { childId: child('Leo'), frequency: 'At least every 10 working days', where: 'At home and at nursery', seenAlone: 'At nursery, monthly' },
      ],
      familyNetwork: {
        fgdm: 'offered',
        fgdmDate: '2026-04-30',
        coordinator: 'Northmere FGDM service',
        fnspRequested: true,
        fnspItems: [
          { description: 'A bed and bedding for Ruby at Carol’s home', amount: '£320' },
          { description: 'Bus pass for Carol for 3 months', amount: '£60 a month' },
        ],
      },
      contingency:
        'If Jordan returns to the home without agreement, drinks there, or there is another domestic abuse incident, Tom will hold an urgent strategy discussion the same day; the children may stay with Carol while things are made safe; an early review conference will be called.',
      coreGroup: [fam('Danielle Price'), fam('Jordan Mills'), fam('Carol Price'), pro('Tom Reeves'), pro('Grace Morgan'), pro('Ian Foster'), pro('Beth Owen'), pro('Nadia Rahman'), pro('Kerry Walsh')],
      coreGroupNote: 'Jordan attends separately (domestic abuse).',
      firstCoreGroupDate: '2026-04-01',
      nextReviewDate: '2026-06-04',
      broughtForwardReason: 'Brought forward to about 30 weeks’ gestation so the unborn baby can be decided before the birth.',
    },
  });
}
