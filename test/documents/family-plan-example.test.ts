import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConferenceDetail } from '../../shared/conference/details';
import { buildFamilyPlan, FAMILY_NETWORK_RECIPIENT, familyPlanRecipients, FamilyPlanRecipientError, type FamilyPlanModel } from '../../shared/documents/family-plan';
import type { DocumentSource } from '../../shared/documents/source';
import { DocumentSourceSchema } from '../../shared/documents/source';
import { startTestApplication } from '../support/app';
import { ok } from '../support/calls';
import { EXAMPLE_RESTRICTED, EXAMPLE_SHARED_SUMMARY, exampleSource, makeContactConfidential, recordFullExample } from './family-plan-example';

let app: ReturnType<typeof startTestApplication>;
let example: ConferenceDetail;
let source: DocumentSource;
beforeAll(async () => {
  app = startTestApplication();
  example = await recordFullExample(app);
  source = await exampleSource(app, example.id);
});
afterAll(() => app.dispose());

const memberId = (name: string) => example.familyMembers.find((m) => m.displayName === name)?.id ?? '';
const plans = (from: DocumentSource): FamilyPlanModel[] => familyPlanRecipients(from).map((r) => buildFamilyPlan(from, r.id));
const sectionKeys = (model: FamilyPlanModel) => model.sections.map((s) => s.key);

describe('the family’s plan for the Price and Mills family', () => {
  it('is made from exactly what the existing calls answer', () => {
    expect(() => DocumentSourceSchema.parse(source)).not.toThrow();
  });

  it('goes to each parent by name, Jordan too although he was excluded from part of the meeting, and one copy to the family network, each covering their own children', () => {
    const child = (name: string) => example.children.find((c) => (name === 'Baby' ? c.isUnborn : c.givenName === name))?.id ?? '';
    expect(familyPlanRecipients(source).map((r) => ({ kind: r.kind, id: r.id, name: r.name, childIds: r.childIds }))).toEqual([
      { kind: 'parent-or-carer', id: memberId('Danielle Price'), name: 'Danielle Price', childIds: [child('Ruby'), child('Leo'), child('Baby')] },
      { kind: 'parent-or-carer', id: memberId('Jordan Mills'), name: 'Jordan Mills', childIds: [child('Leo'), child('Baby')] },
      { kind: 'parent-or-carer', id: memberId('Aaron Whitfield'), name: 'Aaron Whitfield', childIds: [child('Ruby')] },
      { kind: 'family-network', id: FAMILY_NETWORK_RECIPIENT, name: 'the family network', childIds: [child('Ruby'), child('Leo')] },
    ]);
    expect(buildFamilyPlan(source, FAMILY_NETWORK_RECIPIENT).madeFor).toContain('Carol Price and Megan Price');
  });

  it('holds nothing not for the family, for anyone, and tells the family the shared summary instead', () => {
    for (const model of plans(source)) {
      const serialised = JSON.stringify(model);
      for (const secret of [EXAMPLE_RESTRICTED.investigation, EXAMPLE_RESTRICTED.neighbour]) expect(serialised).not.toContain(secret);
      expect(serialised).toContain(EXAMPLE_SHARED_SUMMARY);
    }
  });

  it('keeps from each parent what is kept from them, and from the household what is kept from someone who lives there', () => {
    const danielle = JSON.stringify(buildFamilyPlan(source, memberId('Danielle Price')));
    const jordan = JSON.stringify(buildFamilyPlan(source, memberId('Jordan Mills')));
    // Ruby's words kept from Jordan alone reach her mother's copy, never his.
    expect(danielle).toContain(EXAMPLE_RESTRICTED.childKeptFromJordan);
    expect(jordan).not.toContain(EXAMPLE_RESTRICTED.childKeptFromJordan);
    // Said while Danielle and Jordan were out of the room: kept from both, and from the home Danielle lives in.
    for (const copy of [danielle, jordan]) expect(copy).not.toContain(EXAMPLE_RESTRICTED.inRestrictedPart);
  });

  it('covers only the recipient’s children: Ruby’s words are in the copies of those related to her, not in Jordan’s', () => {
    const rubysWords = 'It is better since Jordan went to Uncle Sam’s.';
    for (const name of ['Danielle Price', 'Aaron Whitfield']) expect(JSON.stringify(buildFamilyPlan(source, memberId(name)))).toContain(rubysWords);
    expect(JSON.stringify(buildFamilyPlan(source, FAMILY_NETWORK_RECIPIENT))).toContain(rubysWords);
    const jordan = buildFamilyPlan(source, memberId('Jordan Mills'));
    expect(JSON.stringify(jordan)).not.toContain(rubysWords);
    expect(jordan.title).toBe('Our plan for Leo and the baby');
    const aaron = buildFamilyPlan(source, memberId('Aaron Whitfield'));
    expect(aaron.title).toBe('Our plan for Ruby');
    const decisions = aaron.sections.find((section) => section.key === 'decisions');
    expect(JSON.stringify(decisions)).toContain('Ruby');
    expect(JSON.stringify(decisions)).not.toContain('Leo');
  });

  it('names a domestic abuse adviser only in the copies of the person she supports', () => {
    const names = (recipientId: string) => {
      const help = buildFamilyPlan(source, recipientId).sections.find((s) => s.key === 'who-can-help');
      return help?.key === 'who-can-help' ? help.people.map((p) => p.name) : [];
    };
    expect(names(memberId('Danielle Price'))).toEqual(expect.arrayContaining(['Nadia Rahman', 'Kerry Walsh']));
    for (const other of [memberId('Jordan Mills'), memberId('Aaron Whitfield'), FAMILY_NETWORK_RECIPIENT]) {
      expect(names(other)).not.toContain('Nadia Rahman');
      const core = buildFamilyPlan(source, other).sections.find((s) => s.key === 'core-group');
      expect(JSON.stringify(core)).not.toContain('Nadia Rahman');
    }
  });

  it('is made for a named person, uses the children’s names and never “the subject child”', () => {
    const danielle = buildFamilyPlan(source, memberId('Danielle Price'));
    expect(danielle.title).toBe('Our plan for Ruby, Leo and the baby');
    expect(danielle.madeFor).toBe('Made for Danielle Price');
    expect(danielle.madeOn).toBe('Made on Friday 20 March 2026');
    expect(buildFamilyPlan(source, FAMILY_NETWORK_RECIPIENT).madeFor).toBe('Made for the family network: Carol Price and Megan Price');
    for (const model of plans(source)) expect(JSON.stringify(model)).not.toMatch(/subject child/i);
  });

  it('puts what is going well before the worries, and what needs to happen after them', () => {
    const keys = sectionKeys(buildFamilyPlan(source, memberId('Danielle Price')));
    expect(keys.slice(0, 4)).toEqual(['going-well', 'worries', 'private-part', 'needs-to-happen']);
    expect(keys.at(-1)).toBe('glossary');
  });

  it('shows Ruby and Leo’s shared plan once, with its eight actions and no warning, and Jordan Leo’s alone', () => {
    const actionsOf = (model: FamilyPlanModel) => {
      const actions = model.sections.find((s) => s.key === 'actions');
      if (actions?.key !== 'actions') throw new Error('No actions section');
      expect(sectionKeys(model)).not.toContain('later-actions');
      return actions.children;
    };
    const danielle = actionsOf(buildFamilyPlan(source, memberId('Danielle Price')));
    expect(danielle.map((c) => c.heading)).toEqual(['What will happen for Ruby and Leo']);
    expect(danielle[0]?.actions).toHaveLength(8);
    expect(danielle[0]?.moreActionsThanShown).toBe(false);
    const jordan = actionsOf(buildFamilyPlan(source, memberId('Jordan Mills')));
    expect(jordan.map((c) => c.heading)).toEqual(['What will happen for Leo']);
    expect(jordan[0]?.actions.filter((a) => a.forRecipient).map((a) => a.what)).toEqual([
      'Jordan will not come to the house if he has had any alcohol; if he does, Danielle or Carol will call the police',
      'Jordan will go to the alcohol service and tell Tom after each appointment',
    ]);
  });

  it('gives the dates that matter, who chaired and what part the chair had before, and how to challenge', () => {
    const model = buildFamilyPlan(source, memberId('Danielle Price'));
    const dates = model.sections.find((s) => s.key === 'dates');
    if (dates?.key !== 'dates') throw new Error('No dates section');
    expect(dates.dates.map((d) => [d.date, d.what])).toEqual([
      ['Thursday 19 March 2026', 'The child protection conference'],
      ['Sunday 22 March 2026', 'The last day a professional can formally disagree with the decision (until 10:00)'],
      ['Wednesday 1 April 2026', 'The first core group meeting'],
      ['Thursday 30 April 2026', 'The family group decision-making meeting'],
      ['Thursday 4 June 2026', 'The next review conference. It will also decide about the baby'],
    ]);
    const chair = model.sections.find((s) => s.key === 'chair');
    expect(chair?.paragraphs).toEqual([
      'Priya Anand chaired the conference. This means Priya Anand ran the meeting and made the decision.',
      'Priya Anand was at the strategy discussion. This is the first meeting where professionals talk about the worries.',
      'Priya Anand did not do the visits and checks before this conference.',
      'Tom Reeves is the worker who works with your family from day to day.',
    ]);
    const challenge = model.sections.find((s) => s.key === 'challenge');
    expect(challenge?.key === 'challenge' && challenge.items.join(' ')).toContain('talk to Priya Anand first');
    const help = model.sections.find((s) => s.key === 'who-can-help');
    expect(help?.key === 'who-can-help' && help.people.map((p) => p.name)).toContain('Kerry Walsh');
  });

  it('explains only the terms it uses', () => {
    const glossary = buildFamilyPlan(source, memberId('Danielle Price')).sections.find((s) => s.key === 'glossary');
    if (glossary?.key !== 'glossary') throw new Error('No glossary');
    const terms = glossary.entries.map((e) => e.term);
    expect(terms).toEqual(expect.arrayContaining(['Child protection plan', 'Core group', 'Review conference', 'Emotional abuse', 'Family group decision-making (FGDM)']));
    expect(terms).not.toContain('Physical abuse');
    expect(terms).not.toContain('Neglect');
  });

  it('carries no family member’s contact details but the recipient’s own', () => {
    const danielleAddress = '14 Alder Close, Northmere';
    const jordanStay = 'Staying with his brother Sam Mills (agreed safety arrangement)';
    const danielle = buildFamilyPlan(source, memberId('Danielle Price'));
    expect(danielle.recipient.contactDetails).toBe(danielleAddress);
    expect(JSON.stringify(danielle)).not.toContain(jordanStay);
    const jordan = buildFamilyPlan(source, memberId('Jordan Mills'));
    expect(JSON.stringify(jordan)).not.toContain(danielleAddress);
    expect(JSON.stringify(buildFamilyPlan(source, FAMILY_NETWORK_RECIPIENT))).not.toContain(danielleAddress);
    expect(JSON.stringify(buildFamilyPlan(source, FAMILY_NETWORK_RECIPIENT))).not.toContain('Lives 10 minutes away');
  });

  it('refuses to make a plan for someone who does not receive it', () => {
    expect(() => buildFamilyPlan(source, randomUUID())).toThrow(FamilyPlanRecipientError);
    expect(() => buildFamilyPlan(source, memberId('Carol Price'))).toThrow(FamilyPlanRecipientError);
  });
});

describe('what the chair and the family record changes', () => {
  let other: ReturnType<typeof startTestApplication>;
  let conference: ConferenceDetail;
  beforeAll(async () => {
    other = startTestApplication();
    conference = await recordFullExample(other);
  });
  afterAll(() => other.dispose());

  it('a confidential address is left out even of the person’s own copy', async () => {
    await makeContactConfidential(other, conference, 'Danielle Price');
    const changed = await exampleSource(other, conference.id);
    const danielleId = conference.familyMembers.find((m) => m.displayName === 'Danielle Price')?.id ?? '';
    expect(buildFamilyPlan(changed, danielleId).recipient.contactDetails).toBeNull();
    for (const model of plans(changed)) expect(JSON.stringify(model)).not.toContain('14 Alder Close');
  });

  it('someone the chair lists without the family’s version does not receive it', async () => {
    const aaron = conference.familyMembers.find((m) => m.displayName === 'Aaron Whitfield')?.id ?? '';
    await ok(other, 'saveRecipient', { conferenceId: conference.id, id: randomUUID(), recipient: { kind: 'family-member', familyMemberId: aaron }, documents: ['decision-letter'] });
    const changed = await exampleSource(other, conference.id);
    expect(familyPlanRecipients(changed).map((r) => r.name)).toEqual(['Danielle Price', 'Jordan Mills', 'the family network']);
  });
});
