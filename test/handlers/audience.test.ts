import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallName } from '../../shared/contract/contract';
import type { ConferenceDetail } from '../../shared/conference/details';
import { startTestApplication } from '../support/app';
import { anInitialConference } from '../support/builders';
import { databaseSnapshot, finaliseHeld, ok, refused } from '../support/calls';
import { examplePeople, recordExampleDecisions, recordExamplePlan } from '../decision/example';

let app: ReturnType<typeof startTestApplication>;
let example: ConferenceDetail;
let people: ReturnType<typeof examplePeople>;
beforeEach(async () => {
  app = startTestApplication();
  example = await ok(app, 'loadExampleConference', {});
  people = examplePeople(example);
});
afterEach(() => app.dispose());

// The four markings, as the application gives them back.
const notForFamily = () => ({ level: 'not-for-family', reason: 'police-investigation', sharedSummary: 'The police are looking into what happened.' });
const keptFromJordanAndLeo = () => ({ level: 'not-for-named', reason: 'risk', familyMemberIds: [people.member('Jordan Mills')], childIds: [people.child('Leo')], sharedSummary: '' });
const onlyForRuby = () => ({ level: 'shared-only-with', reason: 'child-asked', familyMemberIds: [], childIds: [people.child('Ruby')], sharedSummary: 'Ruby told us something that worries her.' });
const onlyForDanielle = () => ({ level: 'shared-only-with', reason: 'risk', familyMemberIds: [people.member('Danielle Price')], childIds: [], sharedSummary: '' });

const item = (kind: string) => example.agenda.find((i) => i.kind === kind)?.id ?? example.agenda[0]?.id;

/** A marked text of every kind in the analysis, decision and plan; returns the ids. */
async function markEveryDecisionText() {
  const ids = { statement: randomUUID(), scale: randomUUID(), dissent: randomUUID(), outcome: randomUUID(), action: randomUUID() };
  const conferenceId = example.id;
  await ok(app, 'saveStatement', { conferenceId, id: ids.statement, kind: 'danger', text: 'If Jordan drinks and comes to the house, Ruby and Leo could be hurt.', restriction: keptFromJordanAndLeo() });
  await ok(app, 'saveScale', { conferenceId, id: ids.scale, rater: { kind: 'child', childId: people.child('Ruby') }, score: 4, reason: 'I get scared at night.', restriction: onlyForRuby() });
  await ok(app, 'saveDecision', {
    conferenceId,
    childId: people.child('Ruby'),
    decision: {
      testMet: true,
      limb: 'b',
      outcome: 'plan',
      categories: ['emotional'],
      chairReasons: 'Ruby is likely to suffer emotional harm if the fighting continues.',
      chairReasonsRestriction: keptFromJordanAndLeo(),
      agencyViews: [{ professionalId: people.professional('DC Hannah Cole'), view: 'plan', reason: 'Two call-outs in three months.', restriction: notForFamily() }],
      familyViews: [{ familyMemberId: people.member('Danielle Price'), agreement: 'partly', view: 'I am frightened of him.', restriction: onlyForDanielle() }],
    },
  });
  await ok(app, 'saveDissent', {
    conferenceId, id: ids.dissent, childId: people.child('Ruby'), professionalId: people.professional('DC Hannah Cole'), kind: 'disagreement', about: 'category',
    grounds: 'Police think the category should be physical.', raisedOn: example.details.scheduledDate, raisedAt: '11:40', restriction: notForFamily(),
  });
  await ok(app, 'saveOutcome', { conferenceId, id: ids.outcome, text: 'Danielle is safe at her new address', measure: 'No contact from Jordan', restriction: keptFromJordanAndLeo() });
  await ok(app, 'saveAction', {
    conferenceId, id: ids.action, outcomeId: ids.outcome, what: 'Tom will see Ruby on her own at school', owners: [{ kind: 'professional', professionalId: people.professional('Tom Reeves') }],
    dueDate: '2026-04-02', restriction: onlyForRuby(),
  });
  const record = await ok(app, 'savePlan', {
    conferenceId,
    plan: {
      familyNetwork: { fgdm: 'offered', familyPlan: 'Carol has the children if Jordan turns up.', familyPlanRestriction: keptFromJordanAndLeo() },
      contingency: 'If Jordan comes to the house, Danielle will go to the refuge.',
      contingencyRestriction: notForFamily(),
      visits: [{ childId: people.child('Ruby'), frequency: 'Every week', where: 'At the refuge', seenAlone: 'Every visit', restriction: keptFromJordanAndLeo() }],
      broughtForwardReason: 'Danielle has moved to a refuge.',
      broughtForwardReasonRestriction: onlyForDanielle(),
    },
  });
  return { ids, record };
}

describe('every word has an audience: the markings are kept', () => {
  it('keeps each marking on each text of the analysis, decision and plan, as it was given', async () => {
    await markEveryDecisionText();
    const record = await ok(app, 'getDecisionRecord', { conferenceId: example.id });
    expect(record.statements.map((s) => s.restriction)).toEqual([keptFromJordanAndLeo()]);
    expect(record.scales.map((s) => s.restriction)).toEqual([onlyForRuby()]);
    const ruby = record.decisions.find((d) => d.childId === people.child('Ruby'));
    expect(ruby?.chairReasonsRestriction).toEqual(keptFromJordanAndLeo());
    expect(ruby?.agencyViews.map((v) => v.restriction)).toEqual([notForFamily()]);
    expect(ruby?.familyViews.map((v) => v.restriction)).toEqual([onlyForDanielle()]);
    expect(record.dissents.map((d) => d.restriction)).toEqual([notForFamily()]);
    expect(record.outcomes.map((o) => o.restriction)).toEqual([keptFromJordanAndLeo()]);
    expect(record.actions.map((a) => a.restriction)).toEqual([onlyForRuby()]);
    expect(record.plan.contingencyRestriction).toEqual(notForFamily());
    expect(record.plan.familyNetwork.familyPlanRestriction).toEqual(keptFromJordanAndLeo());
    expect(record.plan.familyNetwork.familyPlan).toBe('Carol has the children if Jordan turns up.');
    expect(record.plan.visits.map((v) => [v.where, v.restriction])).toEqual([['At the refuge', keptFromJordanAndLeo()]]);
    expect([record.plan.broughtForwardReason, record.plan.broughtForwardReasonRestriction]).toEqual(['Danielle has moved to a refuge.', onlyForDanielle()]);
  });

  it('keeps each marking on each text of the meeting, and a text saved without one is for everyone', async () => {
    const conferenceId = example.id;
    const contribution = randomUUID();
    await ok(app, 'saveContribution', {
      id: contribution, conferenceId, agendaItemId: item('child-views'), speaker: { kind: 'child', childId: people.child('Ruby') },
      kind: 'child-view', text: 'I do not want Mum to know I told.', spokenAt: '10:20', restriction: onlyForRuby(),
    });
    await ok(app, 'saveContribution', { id: randomUUID(), conferenceId, agendaItemId: item('welcome'), speaker: { kind: 'chair' }, kind: 'information', text: 'Welcome.', spokenAt: '10:00' });
    await ok(app, 'saveChildVoice', { conferenceId, id: randomUUID(), childId: people.child('Ruby'), method: 'written', words: 'I like it at Nan’s.', restriction: keptFromJordanAndLeo() });
    await ok(app, 'saveExclusion', {
      conferenceId, id: randomUUID(), familyMemberId: people.member('Jordan Mills'), grounds: 'conflict-between-family-members', startedAt: '10:30', endedAt: '10:40',
      viewsPresentedBy: 'His advocate read his statement.', restriction: notForFamily(),
    });
    const capture = await ok(app, 'saveRestrictedPart', {
      conferenceId, id: randomUUID(), reason: 'police-investigation', startedAt: '10:55', endedAt: '11:02', whoLeftIds: [people.member('Jordan Mills')],
      sharedSummary: 'The police are looking into the incident.', summaryRestriction: onlyForDanielle(),
    });
    expect(capture.contributions.map((c) => c.restriction)).toEqual([onlyForRuby(), { level: 'none' }]);
    expect(capture.childVoices.map((v) => v.restriction)).toEqual([keptFromJordanAndLeo()]);
    expect(capture.exclusions.map((e) => e.restriction)).toEqual([notForFamily()]);
    expect(capture.restrictedParts.map((p) => p.summaryRestriction)).toEqual([onlyForDanielle()]);
    expect((await ok(app, 'getContributionHistory', { contributionId: contribution })).map((v) => v.restriction)).toEqual([onlyForRuby()]);
  });

  it('a finalised conference’s markings cannot change; a correction’s marking is kept with it; a review carries the markings forward', async () => {
    const { ids } = await markEveryDecisionText();
    await recordExampleDecisions(app, example);
    await recordExamplePlan(app, example);
    const finalised = await finaliseHeld(app, example.id);
    const before = databaseSnapshot(app);
    const statement = finalised.statements.find((s) => s.id === ids.statement);
    const outcome = finalised.outcomes.find((o) => o.id === ids.outcome);
    const attempts: [CallName, unknown][] = [
      ['saveStatement', { ...statement, conferenceId: example.id, restriction: { level: 'none' } }],
      ['saveOutcome', { ...outcome, conferenceId: example.id, restriction: { level: 'none' } }],
      ['savePlan', { conferenceId: example.id, plan: { ...finalised.plan, contingencyRestriction: { level: 'none' } } }],
    ];
    for (const [name, input] of attempts) expect((await refused(app, name, input)).kind, name).toBe('locked');
    expect(databaseSnapshot(app)).toBe(before);

    const amendment = { conferenceId: example.id, id: randomUUID(), section: 'plan', entityId: ids.outcome, correction: 'Danielle is safe at the refuge', reason: 'She moved.', restriction: keptFromJordanAndLeo() };
    expect((await ok(app, 'amendConference', amendment)).amendments.map((a) => a.restriction)).toEqual([keptFromJordanAndLeo()]);

    const review = await ok(app, 'startReview', { previousConferenceId: example.id });
    const carried = await ok(app, 'getDecisionRecord', { conferenceId: review.id });
    expect(carried.statements.find((s) => s.text === statement?.text)?.restriction).toEqual(keptFromJordanAndLeo());
    expect(carried.outcomes.find((o) => o.text === outcome?.text)?.restriction).toEqual(keptFromJordanAndLeo());
    expect(carried.actions.find((a) => a.what === 'Tom will see Ruby on her own at school')?.restriction).toEqual(onlyForRuby());
    expect(carried.plan.contingencyRestriction).toEqual(finalised.plan.contingencyRestriction);
    expect(carried.plan.familyNetwork.familyPlanRestriction).toEqual(finalised.plan.familyNetwork.familyPlanRestriction);
    expect(carried.plan.visits.map((v) => v.restriction)).toEqual(finalised.plan.visits.map((v) => v.restriction));
    // The review's own reason for its date is asked again, so the old one's marking goes with it.
    expect([carried.plan.broughtForwardReason, carried.plan.broughtForwardReasonRestriction]).toEqual(['', { level: 'none' }]);
  });

  it('travel in a handover package to another copy', async () => {
    await markEveryDecisionText();
    const other = startTestApplication();
    try {
      const passphrase = 'kettle harbour violet';
      const pack = await ok(app, 'exportHandover', { conferenceId: example.id, passphrase });
      await ok(other, 'importHandover', { content: pack.content, passphrase });
      expect(await ok(other, 'getDecisionRecord', { conferenceId: example.id })).toEqual(await ok(app, 'getDecisionRecord', { conferenceId: example.id }));
    } finally {
      other.dispose();
    }
  });

  it('search in family-safe mode never finds text shared only with the child', async () => {
    await ok(app, 'saveContribution', {
      id: randomUUID(), conferenceId: example.id, agendaItemId: item('child-views'), speaker: { kind: 'child', childId: people.child('Ruby') },
      kind: 'child-view', text: 'Ruby keeps a torch called Marmaduke under her pillow.', spokenAt: '10:20', restriction: onlyForRuby(),
    });
    const matches = async (familySafe: boolean) => (await ok(app, 'searchCaseload', { text: 'Marmaduke', familySafe })).results.flatMap((r) => r.matches);
    expect(await matches(true)).toEqual([]);
    expect((await matches(false)).map((m) => [m.kind, m.restrictionLevel])).toEqual([['contribution', 'shared-only-with']]);
  });
});

describe('every word has an audience: bad markings are refused, and nothing is saved', () => {
  it('refuses a marking that names someone not in this family, beside the field, on every kind of text', async () => {
    const other = await ok(app, 'createConference', anInitialConference({ children: [{ status: 'born', givenName: 'Alfie', familyName: 'Stone', dateOfBirth: '2015-01-01' }] }));
    const strangerChild = other.children[0]?.id;
    const strangerMember = randomUUID();
    const notForStranger = { level: 'not-for-named', reason: 'risk', familyMemberIds: [strangerMember] };
    const onlyForStrangerChild = { level: 'shared-only-with', reason: 'child-asked', childIds: [strangerChild] };
    const conferenceId = example.id;
    const outcomeId = randomUUID();
    await ok(app, 'saveOutcome', { conferenceId, id: outcomeId, text: 'Ruby is safe', measure: 'She says so' });
    const ruby = { testMet: true, limb: 'b', outcome: 'plan', categories: ['emotional'], chairReasons: 'Reasons.' };
    const cases: [CallName, unknown, string][] = [
      ['saveContribution', { id: randomUUID(), conferenceId, agendaItemId: item('welcome'), speaker: { kind: 'chair' }, kind: 'information', text: 'x', spokenAt: '10:00', restriction: notForStranger }, 'restriction.familyMemberIds.0'],
      ['saveChildVoice', { conferenceId, id: randomUUID(), childId: people.child('Ruby'), method: 'written', restriction: onlyForStrangerChild }, 'restriction.childIds.0'],
      ['saveExclusion', { conferenceId, id: randomUUID(), familyMemberId: people.member('Jordan Mills'), grounds: 'child-asked', startedAt: '10:30', viewsPresentedBy: 'Kerry', restriction: notForStranger }, 'restriction.familyMemberIds.0'],
      ['saveRestrictedPart', { conferenceId, id: randomUUID(), reason: 'risk', startedAt: '10:55', sharedSummary: 'x', summaryRestriction: onlyForStrangerChild }, 'summaryRestriction.childIds.0'],
      ['saveStatement', { conferenceId, id: randomUUID(), kind: 'danger', text: 'x', restriction: notForStranger }, 'restriction.familyMemberIds.0'],
      ['saveScale', { conferenceId, id: randomUUID(), rater: { kind: 'child', childId: people.child('Ruby') }, score: 5, restriction: onlyForStrangerChild }, 'restriction.childIds.0'],
      ['saveDecision', { conferenceId, childId: people.child('Ruby'), decision: { ...ruby, chairReasonsRestriction: notForStranger } }, 'decision.chairReasonsRestriction.familyMemberIds.0'],
      [
        'saveDecision',
        { conferenceId, childId: people.child('Ruby'), decision: { ...ruby, agencyViews: [{ professionalId: people.professional('Tom Reeves'), view: 'plan', restriction: onlyForStrangerChild }] } },
        'decision.agencyViews.0.restriction.childIds.0',
      ],
      [
        'saveDecision',
        { conferenceId, childId: people.child('Ruby'), decision: { ...ruby, familyViews: [{ familyMemberId: people.member('Danielle Price'), agreement: 'agrees', restriction: notForStranger }] } },
        'decision.familyViews.0.restriction.familyMemberIds.0',
      ],
      [
        'saveDissent',
        { conferenceId, id: randomUUID(), childId: people.child('Ruby'), professionalId: people.professional('Tom Reeves'), kind: 'disagreement', about: 'plan', grounds: 'x', raisedOn: example.details.scheduledDate, raisedAt: '11:00', restriction: notForStranger },
        'restriction.familyMemberIds.0',
      ],
      ['saveOutcome', { conferenceId, id: randomUUID(), text: 'x', measure: 'y', restriction: onlyForStrangerChild }, 'restriction.childIds.0'],
      ['saveAction', { conferenceId, id: randomUUID(), outcomeId, what: 'x', owners: [{ kind: 'named', name: 'Someone' }], restriction: notForStranger }, 'restriction.familyMemberIds.0'],
      ['savePlan', { conferenceId, plan: { contingency: 'x', contingencyRestriction: onlyForStrangerChild } }, 'plan.contingencyRestriction.childIds.0'],
      ['savePlan', { conferenceId, plan: { familyNetwork: { familyPlan: 'x', familyPlanRestriction: notForStranger } } }, 'plan.familyNetwork.familyPlanRestriction.familyMemberIds.0'],
      ['savePlan', { conferenceId, plan: { broughtForwardReason: 'x', broughtForwardReasonRestriction: onlyForStrangerChild } }, 'plan.broughtForwardReasonRestriction.childIds.0'],
      [
        'savePlan',
        { conferenceId, plan: { visits: [{ childId: people.child('Ruby'), frequency: 'Weekly', where: 'x', seenAlone: 'y', restriction: notForStranger }] } },
        'plan.visits.0.restriction.familyMemberIds.0',
      ],
    ];
    const before = databaseSnapshot(app);
    for (const [name, input, path] of cases) {
      const error = await refused(app, name, input);
      expect([error.kind, Object.keys(error.fields ?? {})], name).toEqual(['validation', [path]]);
      expect(error.fields?.[path], name).toMatch(/^Choose (a member of this family|one of this family’s children)\.$/);
    }
    expect(databaseSnapshot(app)).toBe(before);
  });

  it('refuses a summary on how a child is seen: the visit is left out whole where it may not go', async () => {
    const before = databaseSnapshot(app);
    const visit = { childId: people.child('Ruby'), frequency: 'Weekly', where: 'At the refuge', seenAlone: 'Every visit', restriction: { ...notForFamily(), sharedSummary: 'Somewhere safe.' } };
    const error = await refused(app, 'savePlan', { conferenceId: example.id, plan: { visits: [visit] } });
    expect([error.kind, Object.keys(error.fields ?? {})]).toEqual(['validation', ['plan.visits.0.restriction.sharedSummary']]);
    expect(databaseSnapshot(app)).toBe(before);
  });

  it('refuses a marking on a correction that names someone not in this family', async () => {
    await recordExampleDecisions(app, example);
    await recordExamplePlan(app, example);
    await finaliseHeld(app, example.id);
    const before = databaseSnapshot(app);
    const error = await refused(app, 'amendConference', {
      conferenceId: example.id, id: randomUUID(), section: 'other', correction: 'x', reason: 'y', restriction: { level: 'not-for-named', reason: 'risk', childIds: [randomUUID()] },
    });
    expect([error.kind, error.fields]).toEqual(['validation', { 'restriction.childIds.0': 'Choose one of this family’s children.' }]);
    expect(databaseSnapshot(app)).toBe(before);
  });

  it('refuses a marking that names the same person twice', async () => {
    const jordan = people.member('Jordan Mills');
    const ruby = people.child('Ruby');
    const before = databaseSnapshot(app);
    const twice = await refused(app, 'saveStatement', {
      conferenceId: example.id, id: randomUUID(), kind: 'danger', text: 'x', restriction: { level: 'not-for-named', reason: 'risk', familyMemberIds: [jordan, jordan], childIds: [ruby, ruby] },
    });
    expect([twice.kind, twice.fields]).toEqual([
      'validation',
      { 'restriction.familyMemberIds.1': 'This person is already named here: name each person once.', 'restriction.childIds.1': 'This person is already named here: name each person once.' },
    ]);
    const left = await refused(app, 'saveRestrictedPart', { conferenceId: example.id, id: randomUUID(), reason: 'risk', startedAt: '10:55', whoLeftIds: [jordan, jordan] });
    expect(left.fields).toEqual({ 'whoLeftIds.1': 'This person is already named here: name each person once.' });
    expect(databaseSnapshot(app)).toBe(before);
  });
});

describe('every word has an audience: removing someone a marking names', () => {
  it('is refused for a family member, saying where they are named, until those markings change', async () => {
    const added = await ok(app, 'addFamilyMember', { conferenceId: example.id, member: { kind: 'family-network', givenName: 'Sam', familyName: 'Okafor', livesInHousehold: false } });
    const sam = added.familyMembers.find((m) => m.displayName === 'Sam Okafor')?.id ?? '';
    const notForSam = { level: 'not-for-named', reason: 'third-party', familyMemberIds: [sam] };
    const contribution = (id: string, restriction: unknown) => ({
      id, conferenceId: example.id, agendaItemId: item('welcome'), speaker: { kind: 'chair' }, kind: 'information', text: 'About Sam.', spokenAt: '10:00', restriction,
    });
    const [first, second, outcomeId, actionId] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    await ok(app, 'saveContribution', contribution(first, notForSam));
    await ok(app, 'saveContribution', contribution(second, { level: 'shared-only-with', reason: 'third-party', familyMemberIds: [sam] }));
    await ok(app, 'saveOutcome', { conferenceId: example.id, id: outcomeId, text: 'Ruby is safe', measure: 'She says so' });
    const action = { conferenceId: example.id, id: actionId, outcomeId, what: 'Sam will not visit', owners: [{ kind: 'named', name: 'Sam' }], restriction: notForSam };
    await ok(app, 'saveAction', action);

    const before = databaseSnapshot(app);
    const error = await refused(app, 'removeFamilyMember', { familyMemberId: sam });
    expect([error.kind, error.message]).toEqual(['conflict', 'Sam Okafor is named in who may see 2 contributions and 1 action. Change those first.']);
    const part = { conferenceId: example.id, id: randomUUID(), reason: 'third-party', startedAt: '10:55', endedAt: '11:00', whoLeftIds: [sam] };
    await ok(app, 'saveRestrictedPart', part);
    expect((await refused(app, 'removeFamilyMember', { familyMemberId: sam })).message).toBe(
      'Sam Okafor is named in who may see 2 contributions and 1 action, and as having left the room in 1 restricted part. Change those first.',
    );
    expect(databaseSnapshot(app)).not.toBe(before);

    await ok(app, 'saveContribution', contribution(first, { level: 'none' }));
    await ok(app, 'saveContribution', contribution(second, { level: 'not-for-family', reason: 'third-party' }));
    await ok(app, 'saveAction', { ...action, restriction: { level: 'none' } });
    await ok(app, 'saveRestrictedPart', { ...part, whoLeftIds: [] });
    const after = await ok(app, 'removeFamilyMember', { familyMemberId: sam });
    expect(after.familyMembers.map((m) => m.displayName)).not.toContain('Sam Okafor');
  });

  it('is refused for a child, saying where they are named, in any of the family’s conferences', async () => {
    const added = await ok(app, 'addChild', { conferenceId: example.id, child: { givenName: 'Poppy', familyName: 'Price', dateOfBirth: '2019-05-01' } });
    const poppy = added.children.find((c) => c.givenName === 'Poppy')?.id ?? '';
    const outcomeId = randomUUID();
    await ok(app, 'saveOutcome', { conferenceId: example.id, id: outcomeId, text: 'Ruby is safe', measure: 'She says so', restriction: { level: 'not-for-named', reason: 'risk', childIds: [poppy] } });
    await ok(app, 'saveScale', { conferenceId: example.id, id: randomUUID(), rater: { kind: 'child', childId: people.child('Ruby') }, score: 6, restriction: { level: 'shared-only-with', reason: 'child-asked', childIds: [poppy] } });
    await ok(app, 'saveDecision', {
      conferenceId: example.id,
      childId: people.child('Ruby'),
      decision: {
        testMet: true, limb: 'b', outcome: 'plan', categories: ['emotional'], chairReasons: 'Reasons.',
        agencyViews: [{ professionalId: people.professional('Tom Reeves'), view: 'plan', restriction: { level: 'not-for-named', reason: 'risk', childIds: [poppy] } }],
      },
    });
    const before = databaseSnapshot(app);
    const error = await refused(app, 'removeChild', { childId: poppy });
    expect([error.kind, error.message]).toEqual(['conflict', 'Poppy Price is named in who may see 1 scale reason, 1 agency view and 1 outcome. Change those first.']);
    expect(databaseSnapshot(app)).toBe(before);
  });

  it('counts how a child is seen and why the review is brought forward among the places someone is named', async () => {
    const added = await ok(app, 'addFamilyMember', { conferenceId: example.id, member: { kind: 'family-network', givenName: 'Sam', familyName: 'Okafor', livesInHousehold: false } });
    const sam = added.familyMembers.find((m) => m.displayName === 'Sam Okafor')?.id ?? '';
    const notForSam = { level: 'not-for-named', reason: 'third-party', familyMemberIds: [sam] };
    const plan = {
      visits: [{ childId: people.child('Ruby'), frequency: 'Weekly', where: 'At school', seenAlone: 'Every visit', restriction: notForSam }],
      broughtForwardReason: 'The family has moved.',
      broughtForwardReasonRestriction: notForSam,
    };
    await ok(app, 'savePlan', { conferenceId: example.id, plan });
    const error = await refused(app, 'removeFamilyMember', { familyMemberId: sam });
    expect([error.kind, error.message]).toEqual(['conflict', 'Sam Okafor is named in who may see 1 reason a review is brought forward and 1 plan for how a child is seen. Change those first.']);
    await ok(app, 'savePlan', { conferenceId: example.id, plan: { ...plan, visits: [{ ...plan.visits[0], restriction: { level: 'none' } }], broughtForwardReasonRestriction: { level: 'none' } } });
    expect((await ok(app, 'removeFamilyMember', { familyMemberId: sam })).familyMembers.map((m) => m.displayName)).not.toContain('Sam Okafor');
  });
});
