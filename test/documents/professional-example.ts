import { randomUUID } from 'node:crypto';
import type { ConferenceDetail } from '../../shared/conference/details';
import type { DocumentSource } from '../../shared/documents/source';
import { startTestApplication } from '../support/app';
import { ok } from '../support/calls';
import { examplePeople, recordExampleDecisions, recordExamplePlan } from '../decision/example';

type App = ReturnType<typeof startTestApplication>;

/**
 * The Price and Mills example held, through the real application, with everything the
 * professionals' record must show: attendance, an exclusion, a closed part, contributions by
 * several speakers under several agenda items (three of them restricted in different ways, one
 * left unmarked in the closed part), the children's voices, the analysis with scales, the
 * decisions with a disagreement and a formal dissent, the plan, and a distribution list.
 */
export const RESTRICTED_TEXTS = {
  investigation: 'Jordan is released under investigation; the police expect to decide by the end of April.',
  neighbour: 'A neighbour told the police she hears shouting at the house most weekends since January.',
  keptFromJordan: 'Danielle has been offered a place at a refuge if she needs it.',
  inClosedPart: 'The investigation timeline depends on the forensic report on the phone.',
  rubyKeptFromJordan: 'I do not want Jordan to know I told my teacher.',
} as const;

async function recordAnalysis(app: App, example: ConferenceDetail): Promise<void> {
  const conferenceId = example.id;
  const { child, member, professional } = examplePeople(example);
  const statement = async (kind: string, text: string, more: Record<string, unknown> = {}) => {
    const id = randomUUID();
    await ok(app, 'saveStatement', { conferenceId, id, kind, text, ...more });
    return id;
  };
  await statement('harm', 'On 28 February Jordan pushed Danielle while she held Leo. Leo fell and bruised his forehead. Danielle called the police herself.');
  await statement('harm', 'The police came to the home twice in three months because of domestic abuse.');
  const first = await statement(
    'danger',
    'Children’s services, police and school are worried that if Jordan drinks and there is another fight at home, Ruby and Leo could be hurt again, like when Leo hit his head, and Ruby will keep feeling scared and hiding.',
  );
  const second = await statement('danger', 'We are worried that the new baby could be hurt if fights happen when the baby is here.');
  await statement('complicating-factor', 'Jordan drinks heavily at weekends; Danielle says the arguments start then.');
  await statement('existing-safety', 'Danielle called the police herself and agreed a safety plan; Jordan is staying with his brother Sam.');
  await statement('strength', 'I called the police myself because I want the children safe.', { inFamilysWords: true, whoseWords: 'Danielle' });
  await statement('strength', 'Carol and Megan help every week, and Carol has a spare room.');
  await statement('safety-goal', 'Ruby and Leo live in a home where adults do not hurt each other, and everyone, including Carol and Megan, knows what to do if Jordan has been drinking.', { pairedDangerId: first });
  await statement('safety-goal', 'Before the baby is born there is a plan, agreed with the family network, that keeps the baby safe.', { pairedDangerId: second });
  await statement('next-step', 'A family group decision-making meeting with Carol, Megan, Sam and the parents.');
  const scale = (rater: unknown, score: number, reason: string) => ok(app, 'saveScale', { conferenceId, id: randomUUID(), rater, score, reason });
  await scale({ kind: 'professional', professionalId: professional('Tom Reeves') }, 3, 'The safety plan is new and has not been tested at a weekend.');
  await scale({ kind: 'professional', professionalId: professional('DC Hannah Cole') }, 2, 'Two call-outs in three months.');
  await scale({ kind: 'professional', professionalId: professional('Grace Morgan') }, 4, 'Leo is cared for well day to day.');
  await scale({ kind: 'family-member', familyMemberId: member('Danielle Price') }, 6, 'Jordan has stayed away and I have help from my mum.');
  await scale({ kind: 'family-member', familyMemberId: member('Jordan Mills') }, 7, 'I am not a danger sober.');
  await scale({ kind: 'child', childId: child('Ruby') }, 5, 'Better since Jordan went to Uncle Sam’s.');
}

async function recordMeeting(app: App, example: ConferenceDetail): Promise<void> {
  const conferenceId = example.id;
  const { child, member, professional } = examplePeople(example);
  const item = (kind: string) => example.agenda.find((a) => a.kind === kind)?.id ?? '';
  const invitation = (name: string) => example.invitations.find((i) => i.invitee.name === name)?.id ?? '';
  for (const [name, mode, arrivedAt, leftAt, parts] of [
    ['Danielle Price', 'in-person', '10:00', '11:50', 'All but the closed part'],
    ['Jordan Mills', 'online', '11:10', '11:40', 'His own part, by video'],
    ['Carol Price', 'in-person', '10:00', '11:50', ''],
    ['Tom Reeves', 'in-person', '10:00', '11:50', ''],
    ['DC Hannah Cole', 'in-person', '10:00', '11:50', ''],
    ['Grace Morgan', 'in-person', '10:00', '11:50', ''],
    ['Ian Foster', 'in-person', '10:00', '11:30', ''],
    ['Nadia Rahman', 'in-person', '10:00', '11:50', ''],
    ['Kerry Walsh', 'in-person', '10:00', '11:50', ''],
  ] as const) {
    await ok(app, 'recordAttendance', { invitationId: invitation(name), mode, arrivedAt, leftAt, parts });
  }
  const say = (speaker: unknown, agenda: string, kind: string, text: string, spokenAt: string, restriction: unknown = { level: 'none' }) =>
    ok(app, 'saveContribution', { id: randomUUID(), conferenceId, agendaItemId: item(agenda), speaker, kind, text, spokenAt, restriction });
  const pro = (name: string) => ({ kind: 'professional', professionalId: professional(name) });
  const fam = (name: string) => ({ kind: 'family-member', familyMemberId: member(name) });
  await say({ kind: 'chair' }, 'welcome', 'information', 'Priya explained that the conference is about Ruby, Leo and the baby, and that everyone’s views matter, the family’s most of all.', '10:02');
  await say({ kind: 'chair' }, 'confidentiality', 'information', 'What is said stays within the conference. Jordan will join for his own part by video because of the domestic abuse.', '10:05');
  await say(fam('Danielle Price'), 'family-views', 'family-view', 'I agree the fighting has to stop, but I do not like the word abuse. I called the police myself because I want the children safe.', '10:10');
  await say(fam('Carol Price'), 'family-views', 'family-view', 'I can have Ruby and Leo any time. I have a spare room and I take Ruby to school on Tuesdays and Thursdays.', '10:14');
  await say(pro('Kerry Walsh'), 'family-views', 'family-view', 'Danielle wants the plan written in plain words so she can show her mum.', '10:16');
  await say(pro('Tom Reeves'), 'child-views', 'child-view', 'Ruby drew her three houses with me. In her house of worries she drew shouting and hiding under her bed.', '10:20');
  await say(pro('Grace Morgan'), 'child-views', 'child-view', 'Leo is a happy boy who is close to his mum. His speech is behind for his age.', '10:24');
  await say(pro('Tom Reeves'), 'agency-information', 'information', 'The section 47 enquiry found that Ruby and Leo saw the fight on 28 February. Danielle has worked with me openly and agreed the safety plan the same week.', '10:28');
  await say(pro('Ian Foster'), 'agency-information', 'information', 'Ruby’s attendance is 82% this term. She told her teacher she hides under her bed when the shouting starts. She reads well and has friends.', '10:32');
  await say(pro('DC Hannah Cole'), 'agency-information', 'information', RESTRICTED_TEXTS.neighbour, '10:35', { level: 'not-for-family', reason: 'third-party' });
  await say(pro('Nadia Rahman'), 'agency-information', 'information', RESTRICTED_TEXTS.keptFromJordan, '10:38', { level: 'not-for-named', reason: 'risk', familyMemberIds: [member('Jordan Mills')] });
  await say(pro('DC Hannah Cole'), 'agency-information', 'information', RESTRICTED_TEXTS.investigation, '10:42', { level: 'not-for-family', reason: 'police-investigation' });
  await say(pro('DC Hannah Cole'), 'agency-information', 'information', RESTRICTED_TEXTS.inClosedPart, '10:45');
  await say(pro('Grace Morgan'), 'agency-information', 'information', 'Two health visitor appointments were missed. Leo has been referred for speech and language therapy.', '10:55');
  await say(fam('Jordan Mills'), 'family-views', 'family-view', 'I am not a danger sober. I have referred myself to the alcohol service and I am staying at my brother’s.', '11:15');
  await say(pro('Tom Reeves'), 'analysis', 'analysis', 'The worry is the pattern of drinking and fighting at weekends; the strengths are Danielle’s own protective action and the family network.', '11:25');
  await ok(app, 'saveRestrictedPart', {
    id: randomUUID(),
    conferenceId,
    reason: 'police-investigation',
    startedAt: '10:40',
    endedAt: '10:50',
    whoLeftIds: [member('Danielle Price'), member('Carol Price')],
    sharedSummary: 'Police are still looking into what happened on 28 February.',
  });
  await ok(app, 'saveExclusion', {
    id: randomUUID(),
    conferenceId,
    familyMemberId: member('Jordan Mills'),
    grounds: 'conflict-between-family-members',
    startedAt: '10:00',
    endedAt: '11:10',
    viewsPresentedBy: 'Jordan joined his own part by video from 11:10, and Tom read out what Jordan had told him.',
  });
  await ok(app, 'saveChildVoice', {
    id: randomUUID(), conferenceId, childId: child('Ruby'), method: 'three-houses', gatheredBy: 'Tom Reeves', gatheredOn: '2026-03-12',
    words: 'It is better since Jordan went to Uncle Sam’s. I like it when Nan takes me to school.',
  });
  await ok(app, 'saveChildVoice', {
    id: randomUUID(), conferenceId, childId: child('Ruby'), method: 'three-houses', gatheredBy: 'Tom Reeves', gatheredOn: '2026-03-12',
    words: RESTRICTED_TEXTS.rubyKeptFromJordan,
    restriction: { level: 'not-for-named', reason: 'risk', familyMemberIds: [member('Jordan Mills')] },
  });
  await ok(app, 'saveChildVoice', {
    id: randomUUID(), conferenceId, childId: child('Leo'), method: 'via-practitioner', gatheredBy: 'Beth Owen (nursery)', gatheredOn: '2026-03-11',
    words: 'Leo plays happily at nursery and runs to his mum at home time.',
  });
}

async function recordDistribution(app: App, example: ConferenceDetail): Promise<void> {
  const conferenceId = example.id;
  const { member, professional } = examplePeople(example);
  const recipient = async (who: unknown, documents: string[], sentOn?: string) => {
    const id = randomUUID();
    await ok(app, 'saveRecipient', { conferenceId, id, recipient: who, documents });
    if (sentOn) await ok(app, 'recordSent', { conferenceId, recipientId: id, document: documents[0], sentOn });
  };
  await recipient({ kind: 'family-member', familyMemberId: member('Danielle Price') }, ['decision-letter', 'family-version'], '2026-03-20');
  await recipient({ kind: 'family-member', familyMemberId: member('Jordan Mills') }, ['decision-letter', 'family-version'], '2026-03-20');
  await recipient({ kind: 'professional', professionalId: professional('DC Hannah Cole') }, ['decision-letter', 'full-record', 'plan'], '2026-03-20');
  await recipient({ kind: 'professional', professionalId: professional('Grace Morgan') }, ['decision-letter', 'full-record', 'plan']);
}

/** The held example's document source, read back through the same calls the documents use. */
export async function heldExampleSource(madeOn = '2026-03-20'): Promise<DocumentSource> {
  const app = startTestApplication();
  try {
    const example = await ok(app, 'loadExampleConference', {});
    await recordAnalysis(app, example);
    await recordExampleDecisions(app, example);
    const { child, professional } = examplePeople(example);
    await ok(app, 'saveDissent', {
      conferenceId: example.id, id: randomUUID(), childId: child('Ruby'), professionalId: professional('Ian Foster'), kind: 'formal-dissent', about: 'plan',
      grounds: 'I dissent: school thinks a family help plan would be enough for Ruby while Jordan stays away.', raisedOn: '2026-03-20', raisedAt: '09:15',
      escalatedTo: 'Head of safeguarding, Northmere Council',
    });
    await recordExamplePlan(app, example);
    await recordMeeting(app, example);
    await recordDistribution(app, example);
    const ref = { conferenceId: example.id };
    return {
      conference: await ok(app, 'getConference', ref),
      capture: await ok(app, 'getCapture', ref),
      decisionRecord: await ok(app, 'getDecisionRecord', ref),
      letter: await ok(app, 'getDecisionLetter', ref),
      settings: await ok(app, 'getAuthoritySettings', {}),
      madeOn,
    };
  } finally {
    app.dispose();
  }
}
