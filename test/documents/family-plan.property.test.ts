import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { NoChildInCopyError } from '../../shared/audience/for-recipient';
import { reachesAll, type Household, type Readers } from '../../shared/audience/reach';
import type { FamilyRecipient } from '../../shared/audience/recipients';
import { contributionRestrictions } from '../../shared/audience/room';
import { CHILD_VOICE_METHODS, CONTRIBUTION_KINDS, type ChildVoice, type Contribution, type Restriction, type RestrictedPart } from '../../shared/capture/schema';
import { STATEMENT_KINDS, type Statement } from '../../shared/decision/analysis';
import { CATEGORIES, DECISION_OUTCOMES, hasPlan, type Decision } from '../../shared/decision/schema';
import { buildFamilyPlan, familyPlanRecipients, FamilyPlanRecipientError, MAX_PROMINENT_ACTIONS, type FamilyPlanModel } from '../../shared/documents/family-plan';
import { DocumentSourceSchema, type DocumentSource } from '../../shared/documents/source';
import type { FamilyMember } from '../../shared/family/schema';
import { FAMILY_MEMBER_KINDS } from '../../shared/family/schema';
import type { Invitation } from '../../shared/invitations/schema';
import { letterFor, letterRecipients } from '../../shared/letter/letter-recipients';
import { ACTION_PROGRESS, type Action, type Outcome } from '../../shared/plan/schema';
import { startTestApplication } from '../support/app';
import { exampleSource, recordFullExample } from './family-plan-example';

/**
 * Random conferences built on the real example's source: random markings (all four levels,
 * naming family members and children, with and without a summary that may be shared) on every
 * text the family's documents print, random restricted parts, relationships, households, helpers
 * and whom they support, contact details, decisions, and plans with many actions. Every text
 * carries a distinctive marker word, so a leak is a substring. For every recipient, the one rule
 * (`reaches`) is the oracle: a text whose markings keep it from the copy's readers is in neither
 * their family's plan nor their decision letter.
 */

let base: DocumentSource;
beforeAll(async () => {
  const app = startTestApplication();
  try {
    base = await exampleSource(app, (await recordFullExample(app)).id);
  } finally {
    app.dispose();
  }
}, 60_000);

/** A valid v4 UUID made from a number, so generated ids are stable while shrinking. */
const id = (group: number, n: number) => `00000000-0000-4000-8${group.toString(16).padStart(3, '0')}-${n.toString(16).padStart(12, '0')}`;
/** A distinctive word: "qzsaidq7x" is never inside "qzsaidq17x". */
const word = (tag: string, n: number) => `qz${tag.replace(/[^a-z]/gu, '')}q${n}x`;
/** A sentence holding its distinctive word, so both the text and the word can be looked for. */
const sentence = (tag: string, n: number) => `The ${tag} text ${word(tag, n)} said here.`;
const time = fc.integer({ min: 9 * 60, max: 13 * 60 }).map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
const isoDay = fc.integer({ min: 0, max: 200 }).map((d) => new Date(Date.UTC(2026, 2, 1 + d)).toISOString().slice(0, 10));

type RestrictionShape =
  | { readonly level: 'none' }
  | { readonly level: 'not-for-family'; readonly summary: boolean }
  | { readonly level: 'not-for-named' | 'shared-only-with'; readonly who: readonly number[]; readonly kids: readonly number[]; readonly summary: boolean };

const named = (level: 'not-for-named' | 'shared-only-with') =>
  fc
    .record({ level: fc.constant(level), who: fc.uniqueArray(fc.nat({ max: 7 }), { maxLength: 3 }), kids: fc.uniqueArray(fc.nat({ max: 2 }), { maxLength: 2 }), summary: fc.boolean() })
    .map((r) => (r.who.length + r.kids.length === 0 ? { ...r, who: [0] } : r));
const restriction: fc.Arbitrary<RestrictionShape> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ level: 'none' as const }) },
  { weight: 1, arbitrary: fc.record({ level: fc.constant('not-for-family' as const), summary: fc.boolean() }) },
  { weight: 2, arbitrary: named('not-for-named') },
  { weight: 2, arbitrary: named('shared-only-with') },
);

interface Shape {
  readonly members: readonly { readonly kind: (typeof FAMILY_MEMBER_KINDS)[number]; readonly contact: boolean; readonly confidential: boolean; readonly leftOff: boolean; readonly home: boolean; readonly kids: readonly number[] }[];
  readonly contributions: readonly { readonly restriction: RestrictionShape; readonly kind: (typeof CONTRIBUTION_KINDS)[number]; readonly spokenAt: string; readonly byChild: boolean }[];
  readonly parts: readonly { readonly startedAt: string; readonly minutes: number | null; readonly summary: boolean; readonly whoLeft: readonly number[]; readonly summaryRestriction: RestrictionShape }[];
  readonly voices: readonly { readonly child: number; readonly restriction: RestrictionShape; readonly words: boolean }[];
  readonly statements: readonly { readonly kind: (typeof STATEMENT_KINDS)[number]; readonly restriction: RestrictionShape }[];
  readonly decisions: readonly { readonly outcome: (typeof DECISION_OUTCOMES)[number]; readonly categories: readonly (typeof CATEGORIES)[number][]; readonly deferredTo: string; readonly reasons: RestrictionShape }[];
  readonly outcomes: readonly { readonly children: readonly number[]; readonly restriction: RestrictionShape }[];
  readonly actions: readonly { readonly outcome: number; readonly progress: (typeof ACTION_PROGRESS)[number]; readonly owners: readonly number[]; readonly dueDate: string | null; readonly restriction: RestrictionShape }[];
  readonly contingency: RestrictionShape;
  /** How each child is seen (a visit's marking has no summary), and why the review is brought forward. */
  readonly visits: readonly RestrictionShape[];
  readonly broughtForward: RestrictionShape;
  /** Whom each invited helper supports, by member index; empty: the whole family. */
  readonly supports: readonly (readonly number[])[];
}

const shape: fc.Arbitrary<Shape> = fc.record({
  members: fc.array(
    fc.record({ kind: fc.constantFrom(...FAMILY_MEMBER_KINDS), contact: fc.boolean(), confidential: fc.boolean(), leftOff: fc.boolean(), home: fc.boolean(), kids: fc.subarray([0, 1, 2]) }),
    { minLength: 0, maxLength: 3 },
  ),
  contributions: fc.array(fc.record({ restriction, kind: fc.constantFrom(...CONTRIBUTION_KINDS), spokenAt: time, byChild: fc.boolean() }), { maxLength: 12 }),
  parts: fc.array(
    fc.record({ startedAt: time, minutes: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }), summary: fc.boolean(), whoLeft: fc.uniqueArray(fc.nat({ max: 7 }), { maxLength: 2 }), summaryRestriction: restriction }),
    { maxLength: 3 },
  ),
  voices: fc.array(fc.record({ child: fc.nat({ max: 2 }), restriction, words: fc.boolean() }), { maxLength: 5 }),
  statements: fc.array(fc.record({ kind: fc.constantFrom(...STATEMENT_KINDS), restriction }), { maxLength: 10 }),
  decisions: fc.array(fc.record({ outcome: fc.constantFrom(...DECISION_OUTCOMES), categories: fc.subarray([...CATEGORIES]), deferredTo: isoDay, reasons: restriction }), { minLength: 3, maxLength: 3 }),
  outcomes: fc.array(fc.record({ children: fc.subarray([0, 1, 2]), restriction }), { maxLength: 4 }),
  actions: fc.array(
    fc.record({ outcome: fc.nat({ max: 3 }), progress: fc.constantFrom(...ACTION_PROGRESS), owners: fc.uniqueArray(fc.nat({ max: 7 }), { maxLength: 3 }), dueDate: fc.option(isoDay, { nil: null }), restriction }),
    // Long plans as often as short ones, so more than 8 actions for a child is common.
    { maxLength: 30, size: 'max' },
  ),
  contingency: restriction,
  visits: fc.array(
    restriction.map((r): RestrictionShape => (r.level === 'none' ? r : { ...r, summary: false })),
    { minLength: 3, maxLength: 3 },
  ),
  broughtForward: restriction,
  supports: fc.array(fc.uniqueArray(fc.nat({ max: 7 }), { maxLength: 2 }), { minLength: 4, maxLength: 4 }),
});

/** A marked text: where it is, its distinctive word, every marking it is under, and which children it is about. */
interface Marked {
  readonly text: string;
  readonly word: string;
  readonly markings: readonly Restriction[];
  /** Empty: about the whole family. */
  readonly childIds: readonly string[];
  /** Printed in the family's plan when it reaches (for the "kept" property). */
  readonly inPlan: boolean;
}

interface Built {
  readonly source: DocumentSource;
  readonly marked: readonly Marked[];
  readonly contacts: ReadonlyMap<string, { readonly text: string; readonly confidential: boolean }>;
  readonly leftOff: ReadonlySet<string>;
  /** Helpers by name, and whom they support (empty: the whole family). */
  readonly helpers: readonly { readonly name: string; readonly supports: readonly string[] }[];
}

function build(s: Shape): Built {
  const children = base.conference.children;
  const baseMember = base.conference.familyMembers[0] as FamilyMember;
  const extra: FamilyMember[] = s.members.map((m, i) => ({
    ...baseMember,
    id: id(1, i),
    kind: m.kind,
    givenName: `Extra${i}`,
    familyName: 'Person',
    displayName: `Extra${i} Person`,
    livesInHousehold: m.home,
    relationships: m.kids.flatMap((k) => (children[k] ? [{ childId: children[k].id, relationship: 'Relative', parentalResponsibility: false }] : [])),
  }));
  const shapes = [...base.conference.familyMembers.map(() => undefined), ...s.members];
  const contacts = new Map<string, { text: string; confidential: boolean }>();
  const familyMembers = [...base.conference.familyMembers, ...extra].map((member, i) => {
    const m = shapes[i];
    // The example's own members keep their details (an address, "lives 10 minutes away").
    const text = m ? (m.contact ? word('contact', i) : '') : member.contactDetails;
    const confidential = m ? m.confidential : member.contactDetailsConfidential;
    if (text !== '') contacts.set(member.id, { text, confidential });
    return { ...member, contactDetails: text, contactDetailsConfidential: confidential };
  });
  const memberIds = familyMembers.map((m) => m.id);
  const memberAt = (n: number) => memberIds[n % memberIds.length] ?? '';
  const childAt = (n: number) => children[n % children.length]?.id ?? '';
  const toRestriction = (r: RestrictionShape, tag: string, n: number): Restriction => {
    const sharedSummary = r.level !== 'none' && r.summary ? `A summary ${word(`${tag}summary`, n)}.` : '';
    if (r.level === 'none') return { level: 'none' };
    if (r.level === 'not-for-family') return { level: 'not-for-family', reason: 'third-party', sharedSummary };
    return { level: r.level, reason: 'risk', familyMemberIds: [...new Set(r.who.map(memberAt))], childIds: [...new Set(r.kids.map(childAt))], sharedSummary };
  };

  const marked: Marked[] = [];
  const note = (text: string, w: string, markings: readonly Restriction[], childIds: readonly string[], inPlan: boolean) => marked.push({ text, word: w, markings, childIds, inPlan });

  const restrictedParts: RestrictedPart[] = s.parts.map((p, i) => {
    const [h, m] = p.startedAt.split(':').map(Number) as [number, number];
    const end = p.minutes === null ? null : h * 60 + m + p.minutes;
    const sharedSummary = p.summary ? sentence('partsummary', i) : '';
    const summaryRestriction = toRestriction(p.summaryRestriction, 'partsummarymark', i);
    if (sharedSummary !== '') note(sharedSummary, word('partsummary', i), [summaryRestriction], [], true);
    return {
      id: id(2, i),
      reason: 'police-investigation',
      startedAt: p.startedAt,
      endedAt: end === null ? null : `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`,
      whoLeftIds: [...new Set(p.whoLeft.map(memberAt))],
      whoLeft: [],
      sharedSummary,
      summaryRestriction,
    };
  });
  const agendaItemId = base.conference.agenda[0]?.id ?? id(3, 0);
  const capture = { ...base.capture, restrictedParts, exclusions: base.capture.exclusions };
  const contributions: Contribution[] = s.contributions.map((c, i) => {
    const child = children[i % children.length];
    const speaker: Contribution['speaker'] = c.byChild && child ? { kind: 'child', childId: child.id } : { kind: 'chair' };
    const contribution: Contribution = {
      id: id(4, i),
      agendaItemId,
      speaker,
      speakerName: c.byChild && child ? child.displayName : 'Priya Anand',
      speakerRole: 'Chair',
      kind: c.kind,
      text: sentence('said', i),
      spokenAt: c.spokenAt,
      restriction: toRestriction(c.restriction, 'said', i),
      reportId: null,
      version: 1,
      updatedAt: '2026-03-19T10:00:00.000Z',
    };
    note(contribution.text, word('said', i), contributionRestrictions(contribution, capture), speaker.kind === 'child' ? [speaker.childId] : [], c.kind === 'child-view');
    return contribution;
  });
  const childVoices: ChildVoice[] = s.voices.map((v, i) => {
    const childId = childAt(v.child);
    const words = v.words ? sentence('voice', i) : '';
    const r = toRestriction(v.restriction, 'voice', i);
    if (words !== '') note(words, word('voice', i), [r], [childId], true);
    return { id: id(5, i), childId, method: CHILD_VOICE_METHODS[0], gatheredBy: '', gatheredOn: null, words, restriction: r };
  });
  const statements: Statement[] = s.statements.map((st, i) => {
    const r = toRestriction(st.restriction, 'statement', i);
    note(sentence('statement', i), word('statement', i), [r], [], true);
    return { id: id(6, i), kind: st.kind, text: sentence('statement', i), pairedDangerId: null, inFamilysWords: false, whoseWords: '', restriction: r };
  });
  const decisions: Decision[] = base.decisionRecord.decisions.map((d, i) => {
    const g = s.decisions[i % s.decisions.length];
    if (!g) return d;
    const r = toRestriction(g.reasons, 'reasons', i);
    note(sentence('reasons', i), word('reasons', i), [r], [d.childId], false);
    return { ...d, outcome: g.outcome, categories: [...g.categories], deferredTo: g.outcome === 'deferred' ? g.deferredTo : null, chairReasons: sentence('reasons', i), chairReasonsRestriction: r };
  });
  const outcomes: Outcome[] = s.outcomes.map((o, i) => {
    const r = toRestriction(o.restriction, 'outcome', i);
    const childIds = o.children.map((c) => children[c]?.id ?? '').filter((c) => c !== '');
    note(sentence('outcome', i), word('outcome', i), [r], childIds, false);
    return { id: id(7, i), text: sentence('outcome', i), measure: '', childIds, dangerStatementId: null, progress: 'not-reviewed', progressNote: '', restriction: r, carriedForward: false };
  });
  const actions: Action[] =
    s.outcomes.length === 0
      ? []
      : s.actions.map((a, i) => {
          const owners = a.owners.map((o) => ({ kind: 'family-member' as const, familyMemberId: memberAt(o) }));
          const r = toRestriction(a.restriction, 'action', i);
          const outcome = outcomes[a.outcome % outcomes.length];
          note(sentence('action', i), word('action', i), [r], outcome?.childIds ?? [], false);
          return {
            id: id(8, i),
            outcomeId: outcome?.id ?? '',
            what: sentence('action', i),
            owners,
            ownerNames: owners.map((o) => familyMembers.find((m) => m.id === o.familyMemberId)?.displayName ?? ''),
            dueDate: a.dueDate,
            frequency: '',
            reportsTo: '',
            progress: a.progress,
            progressNote: '',
            restriction: r,
            carriedForward: false,
          };
        });
  const contingencyRestriction = toRestriction(s.contingency, 'contingency', 0);
  note(sentence('contingency', 0), word('contingency', 0), [contingencyRestriction], [], false);
  const visits = children.map((child, i) => {
    const r = toRestriction(s.visits[i] ?? { level: 'none' }, 'visit', i);
    // Where the child is seen, with its word; the family's plan prints it for the children it covers.
    note(sentence('visit', i), word('visit', i), [r], [child.id], !child.isUnborn);
    return { childId: child.id, frequency: 'Every 10 working days', where: sentence('visit', i), seenAlone: 'Every visit', restriction: r };
  });
  const broughtForwardReasonRestriction = toRestriction(s.broughtForward, 'broughtforward', 0);
  note(sentence('broughtforward', 0), word('broughtforward', 0), [broughtForwardReasonRestriction], [], false);

  // The example's helpers (the advocate and the adviser), supporting whom the shape says.
  let helperIndex = 0;
  const helpers: { name: string; supports: string[] }[] = [];
  const invitations: Invitation[] = base.conference.invitations.map((invitation) => {
    const { invitee } = invitation;
    if (invitee.kind !== 'professional' || (invitee.agency !== 'parent-advocacy' && invitee.agency !== 'domestic-abuse-service')) return invitation;
    const supports = [...new Set((s.supports[helperIndex++ % s.supports.length] ?? []).map(memberAt))];
    helpers.push({ name: invitee.name, supports });
    return { ...invitation, supportsFamilyMemberIds: supports };
  });

  const leftOff = new Set(familyMembers.filter((_, i) => shapes[i]?.leftOff === true).map((m) => m.id));
  const recipients = [...leftOff].map((memberId, i) => ({
    id: id(9, i),
    recipient: { kind: 'family-member' as const, familyMemberId: memberId },
    name: '',
    isFamily: true,
    documents: ['decision-letter' as const],
    sent: [],
  }));

  const source: DocumentSource = {
    ...base,
    conference: { ...base.conference, familyMembers, invitations },
    capture: { ...capture, contributions, childVoices },
    decisionRecord: {
      ...base.decisionRecord,
      statements,
      decisions,
      outcomes,
      actions,
      plan: {
        ...base.decisionRecord.plan,
        contingency: sentence('contingency', 0),
        contingencyRestriction,
        visits,
        broughtForwardReason: sentence('broughtforward', 0),
        broughtForwardReasonRestriction,
      },
      distribution: { ...base.decisionRecord.distribution, recipients },
    },
  };
  return { source, marked, contacts, leftOff, helpers };
}

/** Whose eyes read a copy, worked out here from the family as the rule describes it, not by the code under test. */
function readersOf(source: DocumentSource, recipient: FamilyRecipient, leftOff: ReadonlySet<string>, document: 'family-version' | 'decision-letter'): Readers {
  const { familyMembers, children } = source.conference;
  switch (recipient.kind) {
    case 'parent-or-carer':
      return { familyMemberIds: new Set([recipient.id]), childIds: new Set() };
    case 'family-network': {
      // A member the chair listed without this document is left off; the shape lists them with the letter only.
      const off = document === 'family-version' ? leftOff : new Set<string>();
      return { familyMemberIds: new Set(familyMembers.filter((m) => m.kind !== 'parent-or-carer' && !off.has(m.id)).map((m) => m.id)), childIds: new Set() };
    }
    case 'child':
      return { familyMemberIds: new Set(), childIds: new Set([recipient.id]) };
    case 'everyone':
      return { familyMemberIds: new Set(familyMembers.map((m) => m.id)), childIds: new Set(children.map((c) => c.id)) };
  }
}

/** The children a copy covers: those its readers are related to (everyone's: all of them). */
function coveredBy(source: DocumentSource, readers: Readers, recipient: FamilyRecipient): ReadonlySet<string> {
  if (recipient.kind === 'everyone') return new Set(source.conference.children.map((c) => c.id));
  return new Set(source.conference.familyMembers.filter((m) => readers.familyMemberIds.has(m.id)).flatMap((m) => m.relationships.map((r) => r.childId)));
}

const householdOf = (source: DocumentSource): Household => ({ familyMemberIds: new Set(source.conference.familyMembers.filter((m) => m.livesInHousehold).map((m) => m.id)) });

interface Output {
  readonly recipient: FamilyRecipient;
  readonly readers: Readers;
  readonly covered: ReadonlySet<string>;
  /** What the recipient gets, as text: the family's plan model or the letter's content. */
  readonly text: string;
  readonly plan: FamilyPlanModel | null;
}

/** Every family-facing output of the source, for every recipient that has a child to cover. */
function outputsOf(built: Built): Output[] {
  const { source, leftOff } = built;
  const outputs: Output[] = [];
  for (const recipient of familyPlanRecipients(source)) {
    const readers = readersOf(source, recipient, leftOff, 'family-version');
    const covered = coveredBy(source, readers, recipient);
    if (covered.size === 0) {
      expect(() => buildFamilyPlan(source, recipient.id)).toThrow(NoChildInCopyError);
      continue;
    }
    const plan = buildFamilyPlan(source, recipient.id);
    outputs.push({ recipient, readers, covered, text: JSON.stringify(plan), plan });
  }
  for (const recipient of letterRecipients(source)) {
    const readers = readersOf(source, recipient, leftOff, 'decision-letter');
    const covered = coveredBy(source, readers, recipient);
    if (covered.size === 0) {
      expect(() => letterFor(source, recipient.id)).toThrow(NoChildInCopyError);
      continue;
    }
    outputs.push({ recipient, readers, covered, text: JSON.stringify(letterFor(source, recipient.id).source.letter), plan: null });
  }
  return outputs;
}

const RUNS = { numRuns: 120 };

describe('every family-facing output, over random conferences', () => {
  it('the generated sources are real document sources', () => {
    fc.assert(fc.property(shape, (s) => DocumentSourceSchema.safeParse(build(s).source).success), { numRuns: 30 });
  });

  it('for every recipient, a text whose audience excludes them is absent from their plan and letter, and so is its distinctive word', () => {
    let kept = 0;
    fc.assert(
      fc.property(shape, (s) => {
        const built = build(s);
        const household = householdOf(built.source);
        for (const output of outputsOf(built)) {
          for (const text of built.marked) {
            const about = text.childIds.length === 0 || text.childIds.some((c) => output.covered.has(c));
            if (reachesAll(text.markings, output.readers, household) && about) continue;
            kept += 1;
            expect(output.text, `${output.recipient.kind} ${output.recipient.id}`).not.toContain(text.text);
            expect(output.text, `${output.recipient.kind} ${output.recipient.id}`).not.toContain(text.word);
          }
        }
      }),
      RUNS,
    );
    // The property said something: plenty of texts were kept from someone.
    expect(kept).toBeGreaterThan(500);
  });

  it('text shared only with a child appears in no parent’s, network’s or everyone’s output', () => {
    fc.assert(
      fc.property(shape, (s) => {
        const built = build(s);
        const onlyChildren = built.marked.filter((t) => t.markings.some((m) => m.level === 'shared-only-with' && m.familyMemberIds.length === 0));
        for (const output of outputsOf(built)) for (const text of onlyChildren) expect(output.text).not.toContain(text.word);
      }),
      RUNS,
    );
  });

  it('keeps in the family’s plan what reaches its recipient about their children', () => {
    fc.assert(
      fc.property(shape, (s) => {
        const built = build(s);
        const household = householdOf(built.source);
        for (const output of outputsOf(built)) {
          if (output.plan === null) continue;
          for (const text of built.marked) {
            const about = text.childIds.length === 0 || text.childIds.some((c) => output.covered.has(c));
            if (text.inPlan && about && reachesAll(text.markings, output.readers, household)) expect(output.text).toContain(text.word);
          }
        }
      }),
      RUNS,
    );
  });

  it('names a helper only in the copies of those they support, or when they support the whole family', () => {
    fc.assert(
      fc.property(shape, (s) => {
        const built = build(s);
        for (const output of outputsOf(built)) {
          const readers = [...output.readers.familyMemberIds];
          for (const helper of built.helpers) {
            const named = helper.supports.length === 0 || (output.readers.childIds.size === 0 && readers.length > 0 && readers.every((r) => helper.supports.includes(r)));
            if (!named) expect(output.text).not.toContain(helper.name);
          }
        }
      }),
      RUNS,
    );
  });

  it('never holds anyone’s contact details but the recipient’s own, and never confidential ones', () => {
    fc.assert(
      fc.property(shape, (s) => {
        const built = build(s);
        for (const output of outputsOf(built)) {
          for (const [memberId, contact] of built.contacts) {
            const own = output.plan !== null && memberId === output.recipient.id && !contact.confidential;
            expect(output.text.includes(JSON.stringify(contact.text).slice(1, -1))).toBe(own);
            if (own) expect(output.plan?.recipient.contactDetails).toBe(contact.text);
          }
        }
      }),
      RUNS,
    );
  });

  it('is made for a named recipient, never says “subject child”, and puts what is going well before the worries', () => {
    fc.assert(
      fc.property(shape, (s) => {
        const built = build(s);
        for (const output of outputsOf(built)) {
          expect(built.leftOff.has(output.recipient.id) && output.plan !== null).toBe(false);
          expect(output.text).not.toMatch(/subject child/i);
          if (output.plan === null) continue;
          const names = output.recipient.kind === 'family-network' ? output.recipient.memberNames : [output.recipient.name];
          for (const name of names) expect(output.plan.madeFor).toContain(name);
          const keys = output.plan.sections.map((section) => section.key);
          expect(keys.indexOf('going-well')).toBeGreaterThanOrEqual(0);
          expect(keys.indexOf('going-well')).toBeLessThan(keys.indexOf('worries'));
        }
        for (const memberId of built.leftOff) expect(() => buildFamilyPlan(built.source, memberId)).toThrow(FamilyPlanRecipientError);
      }),
      RUNS,
    );
  });

  it('shows at most 8 actions per child, says so exactly when there are more, and lists the rest later', () => {
    let longPlans = 0;
    fc.assert(
      fc.property(shape, (s) => {
        const built = build(s);
        const household = householdOf(built.source);
        for (const output of outputsOf(built)) {
          if (output.plan === null) continue;
          const inCopy = (r: Restriction) => reachesAll([r], output.readers, household) || (r.level !== 'none' && r.sharedSummary !== '');
          const actions = output.plan.sections.find((section) => section.key === 'actions');
          const later = output.plan.sections.find((section) => section.key === 'later-actions');
          const parts = actions?.key === 'actions' ? actions.children : [];
          const laterParts = later?.key === 'later-actions' ? later.children : [];
          const { decisions, outcomes, actions: all } = built.source.decisionRecord;
          const covered = decisions.filter((d) => output.covered.has(d.childId));
          for (const childId of output.covered) {
            // The plan's own rule, in this copy: an outcome with no children is for every child with a plan.
            const anyPlan = covered.some((d) => hasPlan(d.outcome));
            const childHasPlan = covered.some((d) => d.childId === childId && hasPlan(d.outcome));
            const mine = new Set(outcomes.filter((o) => anyPlan && inCopy(o.restriction) && (o.childIds.length === 0 ? childHasPlan : o.childIds.includes(childId))).map((o) => o.id));
            const expected = all.filter((a) => mine.has(a.outcomeId) && inCopy(a.restriction) && a.progress !== 'done' && a.progress !== 'stopped').length;
            if (expected > MAX_PROMINENT_ACTIONS) longPlans += 1;
            const part = parts.filter((p) => p.childIds.includes(childId));
            expect(part.length).toBeLessThanOrEqual(1);
            const shown = part[0]?.actions.length ?? 0;
            const rest = laterParts.find((p) => p.childIds.includes(childId))?.actions.length ?? 0;
            expect(shown).toBe(Math.min(expected, MAX_PROMINENT_ACTIONS));
            expect(shown + rest).toBe(expected);
            expect(part[0]?.moreActionsThanShown ?? false).toBe(expected > MAX_PROMINENT_ACTIONS);
            expect(part[0]?.moreActionsNote != null).toBe(expected > MAX_PROMINENT_ACTIONS);
          }
        }
      }),
      RUNS,
    );
    // The property said something about long plans, not only short ones.
    expect(longPlans).toBeGreaterThan(10);
  });
});
