import { describe, expect, it } from 'vitest';
import { AddedChildError, forRecipient, NoChildInCopyError } from '../../shared/audience/for-recipient';
import { everyoneRecipient, familyRecipients, FAMILY_NETWORK_RECIPIENT, type FamilyRecipient } from '../../shared/audience/recipients';
import type { Restriction } from '../../shared/audience/restriction';
import type { DocumentSource } from '../../shared/documents/source';
import { aContribution, aFamilySource, IDS } from './family-source';

const recipient = (source: DocumentSource, id: string): FamilyRecipient => {
  const found = familyRecipients(source).find((r) => r.id === id);
  if (!found) throw new Error(`No recipient ${id}`);
  return found;
};
const notFor = (familyMemberIds: string[], childIds: string[] = [], sharedSummary = ''): Restriction => ({ level: 'not-for-named', reason: 'risk', familyMemberIds, childIds, sharedSummary });
const onlyWith = (familyMemberIds: string[], childIds: string[] = []): Restriction => ({ level: 'shared-only-with', reason: 'child-asked', familyMemberIds, childIds, sharedSummary: '' });
const text = (source: DocumentSource) => JSON.stringify({ ...source, settings: null });

describe('who gets a copy', () => {
  it('lists each parent or carer with their children, the network’s shared copy, and each born child', () => {
    const source = aFamilySource();
    const list = familyRecipients(source);
    expect(list.map((r) => [r.kind, r.id])).toEqual([
      ['parent-or-carer', IDS.amara],
      ['parent-or-carer', IDS.dele],
      ['family-network', FAMILY_NETWORK_RECIPIENT],
      ['child', IDS.tegan],
      ['child', IDS.kai],
    ]);
    expect(recipient(source, IDS.dele).childIds).toEqual([IDS.kai, IDS.baby]);
    expect(recipient(source, FAMILY_NETWORK_RECIPIENT).childIds).toEqual([IDS.tegan, IDS.kai]);
  });

  it('offers a child their own copy by default from age 10 on the day of the conference', () => {
    const source = aFamilySource();
    expect(recipient(source, IDS.tegan)).toMatchObject({ age: 11, offeredByDefault: true });
    expect(recipient(source, IDS.kai)).toMatchObject({ age: 6, offeredByDefault: false });
    const tenTomorrow = { ...source, conference: { ...source.conference, children: source.conference.children.map((c) => (c.id === IDS.kai ? { ...c, dateOfBirth: '2016-03-20' } : c)) } };
    expect(recipient(tenTomorrow, IDS.kai)).toMatchObject({ age: 9, offeredByDefault: false });
  });
});

describe('recipient rules', () => {
  it('a parent’s copy covers only their children: other children’s decisions, outcomes, actions and visits are left out', () => {
    const source = aFamilySource();
    const { source: copy, leftOut, childIds } = forRecipient(source, recipient(source, IDS.dele));
    expect(childIds).toEqual([IDS.kai, IDS.baby]);
    expect(copy.conference.children.map((c) => c.id)).toEqual([IDS.kai, IDS.baby]);
    expect(copy.decisionRecord.decisions.map((d) => d.childId)).toEqual([IDS.kai, IDS.baby]);
    expect(copy.decisionRecord.outcomes.map((o) => o.id)).toEqual([IDS.outcomeBoth, IDS.outcomeKai]);
    // A shared outcome stays, for the children this copy covers.
    expect(copy.decisionRecord.outcomes[0]?.childIds).toEqual([IDS.kai]);
    expect(copy.decisionRecord.actions.map((a) => a.id)).not.toContain(IDS.actionTegan);
    expect(copy.decisionRecord.plan.visits.map((v) => v.childId)).toEqual([IDS.kai]);
    expect(copy.letter.children.map((c) => c.name)).toEqual(['Kai Okafor', 'Baby Okafor (unborn)']);
    expect(text(copy)).not.toContain('Tegan is in school');
    expect(leftOut).toEqual(
      expect.arrayContaining([
        { kind: 'decision', id: expect.any(String), description: 'Tegan’s decision and category', rule: 'other-child', summaryInstead: false },
        { kind: 'outcome', id: IDS.outcomeTegan, description: 'an outcome in Tegan’s plan', rule: 'other-child', summaryInstead: false },
        { kind: 'action', id: IDS.actionTegan, description: 'an action in Tegan’s plan', rule: 'other-child', summaryInstead: false },
        { kind: 'visit', id: IDS.tegan, description: 'how Tegan will be seen', rule: 'other-child', summaryInstead: false },
      ]),
    );
  });

  it('the chair may add a child to a copy, with a reason', () => {
    const source = aFamilySource();
    const dele = recipient(source, IDS.dele);
    expect(() => forRecipient(source, dele, { addedChildIds: [IDS.tegan] })).toThrow(AddedChildError);
    expect(() => forRecipient(source, dele, { addedChildIds: [IDS.conference], addedReason: 'Because.' })).toThrow(AddedChildError);
    const { source: copy, childIds } = forRecipient(source, dele, { addedChildIds: [IDS.tegan], addedReason: 'Tegan stays with him at weekends.' });
    expect(childIds).toEqual([IDS.tegan, IDS.kai, IDS.baby]);
    expect(copy.decisionRecord.outcomes.map((o) => o.id)).toContain(IDS.outcomeTegan);
  });

  it('a copy that would cover no child is refused', () => {
    const source = aFamilySource();
    const stranger = { ...source, conference: { ...source.conference, familyMembers: source.conference.familyMembers.map((m) => (m.id === IDS.dele ? { ...m, relationships: [] } : m)) } };
    expect(() => forRecipient(stranger, recipient(stranger, IDS.dele))).toThrow(NoChildInCopyError);
    expect(forRecipient(stranger, recipient(stranger, IDS.dele), { addedChildIds: [IDS.kai], addedReason: 'He cares for Kai on Saturdays.' }).childIds).toEqual([IDS.kai]);
  });

  it('who can help, the core group and who does what name a helper only in the copies of those they support', () => {
    const source = aFamilySource();
    const amara = forRecipient(source, recipient(source, IDS.amara)).source;
    const dele = forRecipient(source, recipient(source, IDS.dele));
    expect(amara.letter.whoCanHelp.map((p) => p.name)).toContain('Ada Viser');
    expect(amara.letter.coreGroup.members).toContain('Ada Viser');
    expect(dele.source.letter.whoCanHelp.map((p) => p.name)).toEqual(['Sol Worker', 'Avery Cate', 'Family Rights Group']);
    expect(text(dele.source)).not.toContain('Ada Viser');
    expect(text(dele.source)).not.toContain(IDS.adviser);
    expect(dele.leftOut).toContainEqual({ kind: 'helper', id: IDS.adviser, description: 'Ada Viser (Domestic abuse adviser)', rule: 'supports-someone-else', summaryInstead: false });
    // The copy for everyone invited names only those who support the whole family.
    const everyone = forRecipient(source, everyoneRecipient(source)).source;
    expect(everyone.letter.whoCanHelp.map((p) => p.name)).toEqual(['Sol Worker', 'Family Rights Group']);
  });

  it('contact details: the recipient’s own only, never confidential ones', () => {
    const source = aFamilySource();
    const amara = forRecipient(source, recipient(source, IDS.amara)).source;
    expect(amara.conference.familyMembers.map((m) => m.contactDetails)).toEqual(['3 Elm Road', '', '']);
    const hidden = { ...source, conference: { ...source.conference, familyMembers: source.conference.familyMembers.map((m) => ({ ...m, contactDetailsConfidential: true })) } };
    const copy = forRecipient(hidden, recipient(hidden, IDS.amara));
    expect(text(copy.source)).not.toContain('3 Elm Road');
    expect(copy.leftOut.map((entry) => entry.rule)).toContain('confidential-contact');
  });
});

describe('markings', () => {
  const marked = (restriction: Restriction): DocumentSource => {
    const source = aFamilySource();
    const record = source.decisionRecord;
    return {
      ...source,
      decisionRecord: {
        ...record,
        actions: record.actions.map((a) => (a.id === IDS.actionBoth ? { ...a, restriction } : a)),
        plan: { ...record.plan, contingencyRestriction: restriction },
        decisions: record.decisions.map((d) => ({ ...d, chairReasonsRestriction: restriction })),
      },
    };
  };

  it('text kept from a parent who lives away reaches the other parent, and never him', () => {
    const source = marked(notFor([IDS.dele]));
    expect(text(forRecipient(source, recipient(source, IDS.amara)).source)).toContain('Sol visits every 10 working days.');
    const dele = forRecipient(source, recipient(source, IDS.dele));
    expect(text(dele.source)).not.toContain('Sol visits every 10 working days.');
    expect(dele.source.letter.contingency).toBe('');
    expect(dele.source.letter.children.every((c) => c.reasons === '')).toBe(true);
    expect(dele.leftOut).toContainEqual({ kind: 'action', id: IDS.actionBoth, description: 'an action in Tegan and Kai’s plan', rule: 'kept-from-reader', summaryInstead: false });
  });

  it('text kept from someone in the household stays out of every copy read there', () => {
    const source = marked(notFor([IDS.amara]));
    for (const id of [IDS.amara, IDS.tegan, IDS.kai]) expect(text(forRecipient(source, recipient(source, id)).source)).not.toContain('Sol visits every 10 working days.');
    const tegan = forRecipient(source, recipient(source, IDS.tegan));
    expect(tegan.leftOut.find((entry) => entry.id === IDS.actionBoth)?.rule).toBe('named-at-home');
    expect(text(forRecipient(source, recipient(source, IDS.dele)).source)).toContain('Sol visits every 10 working days.');
  });

  it('a summary that may be shared goes in place of the text that may not', () => {
    const source = marked(notFor([IDS.dele], [], 'Someone will check on the children.'));
    const dele = forRecipient(source, recipient(source, IDS.dele));
    expect(dele.source.letter.contingency).toBe('Someone will check on the children.');
    expect(dele.leftOut.find((entry) => entry.kind === 'contingency')).toMatchObject({ rule: 'kept-from-reader', summaryInstead: true });
  });

  it('a summary stands alone: nothing else of the action it replaces (who, how often, when) goes with it', () => {
    const base = marked(notFor([IDS.dele], [], 'Someone will help Amara each week.'));
    const source: DocumentSource = {
      ...base,
      decisionRecord: {
        ...base.decisionRecord,
        actions: base.decisionRecord.actions.map((a) => (a.id === IDS.actionBoth ? { ...a, owners: [{ kind: 'named', name: 'Harbour House keyworker' }], ownerNames: ['Harbour House keyworker'], frequency: 'Tuesdays at Harbour House', reportsTo: 'Harbour House manager', dueDate: '2026-05-05' } : a)),
      },
    };
    const dele = forRecipient(source, recipient(source, IDS.dele));
    expect(text(dele.source)).toContain('Someone will help Amara each week.');
    expect(text(dele.source)).not.toContain('Harbour House');
    expect(dele.source.decisionRecord.actions.find((a) => a.id === IDS.actionBoth)).toMatchObject({ owners: [], dueDate: null, frequency: '' });
  });

  it('how a child is seen, when marked, is left out whole for those it may not reach, and listed', () => {
    const base = aFamilySource();
    const plan = base.decisionRecord.plan;
    const source: DocumentSource = {
      ...base,
      decisionRecord: { ...base.decisionRecord, plan: { ...plan, visits: plan.visits.map((v) => (v.childId === IDS.kai ? { ...v, where: 'At the Linden Street contact centre', restriction: notFor([IDS.dele]) } : v)) } },
    };
    const dele = forRecipient(source, recipient(source, IDS.dele));
    expect(dele.source.decisionRecord.plan.visits).toEqual([]);
    expect(text(dele.source)).not.toContain('Linden Street');
    expect(dele.leftOut).toContainEqual({ kind: 'visit', id: IDS.kai, description: 'how Kai will be seen', rule: 'kept-from-reader', summaryInstead: false });
    const amara = forRecipient(source, recipient(source, IDS.amara));
    expect(amara.source.decisionRecord.plan.visits.map((v) => v.childId)).toEqual([IDS.tegan, IDS.kai]);
    expect(text(amara.source)).toContain('Linden Street');
  });

  it('why the review is brought forward goes in the letter only where it may, its summary elsewhere', () => {
    const base = aFamilySource();
    const reason = 'Amara is moving to a refuge in Harrowby next month.';
    const marked = (restriction: Restriction): DocumentSource => ({
      ...base,
      decisionRecord: { ...base.decisionRecord, plan: { ...base.decisionRecord.plan, broughtForwardReason: reason, broughtForwardReasonRestriction: restriction } },
    });
    const open = marked({ level: 'none' });
    expect(forRecipient(open, recipient(open, IDS.dele)).source.letter.nextReview.broughtForwardReason).toBe(reason);

    const keptFromDele = marked(notFor([IDS.dele], [], 'The family’s circumstances have changed.'));
    const dele = forRecipient(keptFromDele, recipient(keptFromDele, IDS.dele));
    expect(text(dele.source)).not.toContain('Harrowby');
    expect(dele.source.letter.nextReview.broughtForwardReason).toBe('The family’s circumstances have changed.');
    expect(dele.leftOut).toContainEqual({ kind: 'brought-forward-reason', id: IDS.conference, description: 'why the review is brought forward', rule: 'kept-from-reader', summaryInstead: true });
    expect(forRecipient(keptFromDele, recipient(keptFromDele, IDS.amara)).source.letter.nextReview.broughtForwardReason).toBe(reason);

    const professionalsOnly = marked({ level: 'not-for-family', reason: 'risk', sharedSummary: '' });
    for (const id of [IDS.amara, IDS.dele, FAMILY_NETWORK_RECIPIENT, IDS.tegan]) {
      const copy = forRecipient(professionalsOnly, recipient(professionalsOnly, id));
      expect(text(copy.source), id).not.toContain('Harrowby');
      expect(copy.leftOut.find((entry) => entry.kind === 'brought-forward-reason')?.rule, id).toBe('not-for-family');
    }
  });

  it('a child’s own words shared only with her reach her copy and no parent’s', () => {
    const base = aFamilySource();
    const words = 'I told my teacher about the weekend.';
    const source = { ...base, capture: { ...base.capture, contributions: [aContribution(1, words, '10:30', onlyWith([], [IDS.tegan]), { speaker: { kind: 'child', childId: IDS.tegan }, speakerName: 'Tegan Brennan' })] } };
    expect(text(forRecipient(source, recipient(source, IDS.tegan)).source)).toContain(words);
    for (const id of [IDS.amara, IDS.dele, FAMILY_NETWORK_RECIPIENT, IDS.kai]) expect(text(forRecipient(source, recipient(source, id)).source)).not.toContain(words);
  });

  it('what was said in a restricted part is left out for those who left, and its summary shown under its own marking', () => {
    const base = aFamilySource();
    const part = { id: '00000000-0000-4000-8aaa-000000000001', reason: 'police-investigation' as const, startedAt: '10:30', endedAt: '10:40', whoLeftIds: [IDS.dele], whoLeft: ['Dele Okafor'], sharedSummary: 'Police are still looking into it.', summaryRestriction: { level: 'none' as const } };
    const said = aContribution(2, 'The police file goes to the prosecutors in April.', '10:35');
    const source = { ...base, capture: { ...base.capture, contributions: [said], restrictedParts: [part] } };
    const dele = forRecipient(source, recipient(source, IDS.dele));
    expect(dele.source.capture.contributions).toEqual([]);
    expect(dele.leftOut).toContainEqual({ kind: 'contribution', id: said.id, description: 'something The chair said at 10:35', rule: 'restricted-part', summaryInstead: false });
    expect(dele.source.capture.restrictedParts[0]?.sharedSummary).toBe('Police are still looking into it.');
    const hiddenSummary = { ...source, capture: { ...source.capture, restrictedParts: [{ ...part, summaryRestriction: { level: 'not-for-family' as const, reason: 'police-investigation' as const, sharedSummary: '' } }] } };
    expect(text(forRecipient(hiddenSummary, recipient(hiddenSummary, IDS.dele)).source)).not.toContain('Police are still looking into it.');
  });
});
