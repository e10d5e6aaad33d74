import { randomUUID } from 'node:crypto';
import type { ConferenceDetail } from '../../shared/conference/details';
import type { DocumentSource } from '../../shared/documents/source';
import type { startTestApplication } from '../support/app';
import { ok } from '../support/calls';
import { examplePeople, recordExampleDecisions, recordExamplePlan } from '../decision/example';

/**
 * The Price and Mills example (../shared/domain/example-case.md) taken as far as the plan through
 * the real application: the analysis, decisions and plan, and a meeting with everything that
 * must never reach the family (restricted contributions, a restricted part, a child's words kept
 * from Jordan).
 */
export const EXAMPLE_RESTRICTED = {
  investigation: 'Jordan is released under investigation and the police expect to decide by the end of April.',
  neighbour: 'A neighbour told police she hears shouting at the house most weekends since January.',
  keptFromJordan: 'Danielle has been offered a place at a refuge if she needs it.',
  childKeptFromJordan: 'I do not want Jordan to know I told my teacher.',
  inRestrictedPart: 'The investigation timeline depends on the forensic report on the phone.',
} as const;

export const EXAMPLE_SHARED_SUMMARY = 'Police are still looking into what happened on 28 February.';

async function recordAnalysis(app: ReturnType<typeof startTestApplication>, conferenceId: string): Promise<void> {
  const statement = async (kind: string, text: string, more: Record<string, unknown> = {}) => {
    const id = randomUUID();
    await ok(app, 'saveStatement', { conferenceId, id, kind, text, ...more });
    return id;
  };
  await statement('existing-safety', 'Danielle called the police herself and agreed a safety plan.');
  await statement('existing-safety', 'Jordan agreed to stay at his brother Sam’s house and not to visit when he has been drinking.');
  await statement('strength', 'Carol and Megan help every week, and Carol has a spare room.');
  await statement('strength', 'The children are warm, fed and close to their mum, and Ruby reads well.');
  await statement('strength', 'I called the police myself.', { inFamilysWords: true, whoseWords: 'Danielle' });
  await statement('harm', 'On 28 February Jordan pushed Danielle while she held Leo. Leo fell and bruised his forehead.');
  const first = await statement(
    'danger',
    'Children’s services, police and school are worried that if Jordan drinks and there is another fight at home, Ruby and Leo could be hurt again, like when Leo hit his head, and Ruby will keep feeling scared and hiding.',
  );
  const second = await statement('danger', 'We are worried that the new baby could be hurt if fights happen when the baby is here.');
  await statement('safety-goal', 'Ruby and Leo live in a home where adults do not hurt each other, and everyone, including Carol and Megan, knows what to do if Jordan has been drinking.', { pairedDangerId: first });
  await statement('safety-goal', 'Before the baby is born there is a plan, agreed with the family network, that keeps the baby safe.', { pairedDangerId: second });
}

async function recordMeeting(app: ReturnType<typeof startTestApplication>, example: ConferenceDetail): Promise<void> {
  const { child, member, professional } = examplePeople(example);
  const conferenceId = example.id;
  const item = (kind: string) => example.agenda.find((a) => a.kind === kind)?.id ?? example.agenda[0]?.id;
  const contribution = (text: string, spokenAt: string, restriction: unknown, more: Record<string, unknown> = {}) =>
    ok(app, 'saveContribution', {
      id: randomUUID(),
      conferenceId,
      agendaItemId: item('agency-information'),
      speaker: { kind: 'professional', professionalId: professional('DC Hannah Cole') },
      kind: 'information',
      text,
      spokenAt,
      restriction,
      ...more,
    });
  await contribution(EXAMPLE_RESTRICTED.investigation, '10:42', { level: 'not-for-family', reason: 'police-investigation' });
  await contribution(EXAMPLE_RESTRICTED.neighbour, '10:30', { level: 'not-for-family', reason: 'third-party' });
  await contribution(EXAMPLE_RESTRICTED.keptFromJordan, '10:20', { level: 'not-for-named', reason: 'risk', familyMemberIds: [member('Jordan Mills')] }, {
    speaker: { kind: 'professional', professionalId: professional('Nadia Rahman') },
  });
  // Spoken in the closed part, its own marking forgotten: the part still keeps it out.
  await contribution(EXAMPLE_RESTRICTED.inRestrictedPart, '10:45', { level: 'none' }, { kind: 'child-view' });
  await contribution('Ruby told Tom she likes it when her nan takes her to school.', '11:00', { level: 'none' }, {
    speaker: { kind: 'professional', professionalId: professional('Tom Reeves') },
    agendaItemId: item('child-views'),
    kind: 'child-view',
  });
  await ok(app, 'saveRestrictedPart', {
    id: randomUUID(),
    conferenceId,
    reason: 'police-investigation',
    startedAt: '10:40',
    endedAt: '10:50',
    whoLeftIds: [member('Danielle Price'), member('Jordan Mills')],
    sharedSummary: EXAMPLE_SHARED_SUMMARY,
  });
  await ok(app, 'saveChildVoice', {
    id: randomUUID(), conferenceId, childId: child('Ruby'), method: 'three-houses', gatheredBy: 'Tom Reeves', gatheredOn: '2026-03-12',
    words: 'It is better since Jordan went to Uncle Sam’s.',
  });
  await ok(app, 'saveChildVoice', {
    id: randomUUID(), conferenceId, childId: child('Ruby'), method: 'three-houses', gatheredBy: 'Tom Reeves', gatheredOn: '2026-03-12',
    words: EXAMPLE_RESTRICTED.childKeptFromJordan,
    restriction: { level: 'not-for-named', reason: 'risk', familyMemberIds: [member('Jordan Mills')] },
  });
  await ok(app, 'saveExclusion', {
    id: randomUUID(), conferenceId, familyMemberId: member('Jordan Mills'), grounds: 'conflict-between-family-members',
    startedAt: '10:00', endedAt: '11:05', viewsPresentedBy: 'Jordan joined his own part by video.',
  });
}

/** Marks one family member's contact details confidential, keeping everything else. */
export async function makeContactConfidential(app: ReturnType<typeof startTestApplication>, example: ConferenceDetail, name: string): Promise<void> {
  const person = example.familyMembers.find((m) => m.displayName === name);
  if (!person) throw new Error(`No ${name} in the example`);
  const { kind, givenName, familyName, livesInHousehold, contactDetails, firstLanguage, interpreterLanguage, interpreterDialect, communicationNeeds, relationships } = person;
  const details = { kind, givenName, familyName, livesInHousehold, contactDetails, firstLanguage, interpreterLanguage, interpreterDialect, communicationNeeds, relationships };
  await ok(app, 'updateFamilyMember', { familyMemberId: person.id, member: { ...details, contactDetailsConfidential: true } });
}

export async function exampleSource(app: ReturnType<typeof startTestApplication>, conferenceId: string): Promise<DocumentSource> {
  return {
    conference: await ok(app, 'getConference', { conferenceId }),
    capture: await ok(app, 'getCapture', { conferenceId }),
    decisionRecord: await ok(app, 'getDecisionRecord', { conferenceId }),
    letter: await ok(app, 'getDecisionLetter', { conferenceId }),
    settings: await ok(app, 'getAuthoritySettings', {}),
    madeOn: '2026-03-20',
  };
}

/** The example conference with its analysis, decisions, plan and meeting recorded. */
export async function recordFullExample(app: ReturnType<typeof startTestApplication>): Promise<ConferenceDetail> {
  const example = await ok(app, 'loadExampleConference', {});
  await recordAnalysis(app, example.id);
  await recordExampleDecisions(app, example);
  await recordExamplePlan(app, example);
  await recordMeeting(app, example);
  return example;
}
