import fc from 'fast-check';
import { FOR_EVERYONE } from '../../shared/audience/restriction';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHILD_VOICE_METHODS, CONTRIBUTION_KINDS, type ChildVoice, type Contribution, type Restriction, type RestrictedPart } from '../../shared/capture/schema';
import { STATEMENT_KINDS, type Statement } from '../../shared/decision/analysis';
import { CATEGORIES, DECISION_OUTCOMES, hasPlan, type Decision } from '../../shared/decision/schema';
import { buildFamilyPlan, familyPlanRecipients, FamilyPlanRecipientError, MAX_PROMINENT_ACTIONS, type FamilyPlanModel } from '../../shared/documents/family-plan';
import { DocumentSourceSchema, type DocumentSource } from '../../shared/documents/source';
import type { FamilyMember } from '../../shared/family/schema';
import { FAMILY_MEMBER_KINDS } from '../../shared/family/schema';
import { ACTION_PROGRESS, type Action, type Outcome } from '../../shared/plan/schema';
import { startTestApplication } from '../support/app';
import { exampleSource, recordFullExample } from './family-plan-example';

/**
 * Random conferences built on the real example's source: random markings on what was said, random
 * restricted parts, confidential and open contact details, extra family members, decisions, and
 * plans with many actions. Every text carries a distinctive marker, so a leak is a substring.
 */

let base: DocumentSource;
beforeAll(async () => {
  const app = startTestApplication();
  try {
    base = await exampleSource(app, (await recordFullExample(app)).id);
  } finally {
    app.dispose();
  }
});

/** A valid v4 UUID made from a number, so generated ids are stable while shrinking. */
const id = (group: number, n: number) => `00000000-0000-4000-8${group.toString(16).padStart(3, '0')}-${n.toString(16).padStart(12, '0')}`;
/** "[[hidden 1]]" is never inside "[[hidden 10]]". */
const mark = (tag: string, n: number) => `[[${tag} ${n}]]`;
const time = fc.integer({ min: 9 * 60, max: 13 * 60 }).map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
const isoDay = fc.integer({ min: 0, max: 200 }).map((d) => new Date(Date.UTC(2026, 2, 1 + d)).toISOString().slice(0, 10));

interface Shape {
  readonly members: readonly { readonly kind: (typeof FAMILY_MEMBER_KINDS)[number]; readonly contact: boolean; readonly confidential: boolean; readonly leftOff: boolean }[];
  readonly contributions: readonly { readonly restriction: RestrictionShape; readonly kind: (typeof CONTRIBUTION_KINDS)[number]; readonly spokenAt: string; readonly byChild: boolean }[];
  readonly parts: readonly { readonly startedAt: string; readonly minutes: number | null; readonly summary: boolean }[];
  readonly voices: readonly { readonly child: number; readonly restriction: RestrictionShape; readonly words: boolean }[];
  readonly statements: readonly (typeof STATEMENT_KINDS)[number][];
  readonly decisions: readonly { readonly outcome: (typeof DECISION_OUTCOMES)[number]; readonly categories: readonly (typeof CATEGORIES)[number][]; readonly deferredTo: string }[];
  readonly outcomes: readonly { readonly children: readonly number[] }[];
  readonly actions: readonly { readonly outcome: number; readonly progress: (typeof ACTION_PROGRESS)[number]; readonly owners: readonly number[]; readonly dueDate: string | null }[];
}
type RestrictionShape = { readonly level: 'none' } | { readonly level: 'not-for-family' } | { readonly level: 'not-for-named'; readonly who: readonly number[] };

const restriction: fc.Arbitrary<RestrictionShape> = fc.oneof(
  fc.constant({ level: 'none' as const }),
  fc.constant({ level: 'not-for-family' as const }),
  fc.record({ level: fc.constant('not-for-named' as const), who: fc.uniqueArray(fc.nat({ max: 7 }), { minLength: 1, maxLength: 3 }) }),
);

const shape: fc.Arbitrary<Shape> = fc.record({
  members: fc.array(fc.record({ kind: fc.constantFrom(...FAMILY_MEMBER_KINDS), contact: fc.boolean(), confidential: fc.boolean(), leftOff: fc.boolean() }), { minLength: 0, maxLength: 3 }),
  contributions: fc.array(fc.record({ restriction, kind: fc.constantFrom(...CONTRIBUTION_KINDS), spokenAt: time, byChild: fc.boolean() }), { maxLength: 12 }),
  parts: fc.array(fc.record({ startedAt: time, minutes: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }), summary: fc.boolean() }), { maxLength: 3 }),
  voices: fc.array(fc.record({ child: fc.nat({ max: 2 }), restriction, words: fc.boolean() }), { maxLength: 5 }),
  statements: fc.array(fc.constantFrom(...STATEMENT_KINDS), { maxLength: 10 }),
  decisions: fc.array(
    fc.record({ outcome: fc.constantFrom(...DECISION_OUTCOMES), categories: fc.subarray([...CATEGORIES]), deferredTo: isoDay }),
    { minLength: 3, maxLength: 3 },
  ),
  outcomes: fc.array(fc.record({ children: fc.subarray([0, 1, 2]) }), { maxLength: 4 }),
  actions: fc.array(
    fc.record({ outcome: fc.nat({ max: 3 }), progress: fc.constantFrom(...ACTION_PROGRESS), owners: fc.uniqueArray(fc.nat({ max: 7 }), { maxLength: 3 }), dueDate: fc.option(isoDay, { nil: null }) }),
    // Long plans as often as short ones, so more than 8 actions for a child is common.
    { maxLength: 30, size: 'max' },
  ),
});

/** What the generated source holds that must never reach a family copy, and what must. */
interface Built {
  readonly source: DocumentSource;
  readonly hidden: readonly string[];
  readonly open: readonly string[];
  readonly contacts: ReadonlyMap<string, { readonly text: string; readonly confidential: boolean }>;
  readonly leftOff: ReadonlySet<string>;
}

function build(s: Shape): Built {
  const baseMember = base.conference.familyMembers[0] as FamilyMember;
  const extra: FamilyMember[] = s.members.map((m, i) => ({
    ...baseMember,
    id: id(1, i),
    kind: m.kind,
    givenName: `Extra${i}`,
    familyName: 'Person',
    displayName: `Extra${i} Person`,
    relationships: [],
  }));
  const shapes = [...base.conference.familyMembers.map(() => undefined), ...s.members];
  const contacts = new Map<string, { text: string; confidential: boolean }>();
  const familyMembers = [...base.conference.familyMembers, ...extra].map((member, i) => {
    const m = shapes[i];
    // The example's own members keep their details (an address, "lives 10 minutes away"); marked confidential on odd runs.
    const text = m ? (m.contact ? mark('contact', i) : '') : member.contactDetails;
    const confidential = m ? m.confidential : member.contactDetailsConfidential;
    if (text !== '') contacts.set(member.id, { text, confidential });
    return { ...member, contactDetails: text, contactDetailsConfidential: confidential };
  });
  const memberIds = familyMembers.map((m) => m.id);
  const toRestriction = (r: RestrictionShape): Restriction => {
    if (r.level === 'none') return { level: 'none' };
    if (r.level === 'not-for-family') return { level: 'not-for-family', reason: 'third-party', sharedSummary: '' };
    return { level: 'not-for-named', reason: 'risk', familyMemberIds: r.who.map((w) => memberIds[w % memberIds.length] ?? ''), childIds: [], sharedSummary: '' };
  };

  const hidden: string[] = [];
  const open: string[] = [];
  const children = base.conference.children;
  const restrictedParts: RestrictedPart[] = s.parts.map((p, i) => {
    const [h, m] = p.startedAt.split(':').map(Number) as [number, number];
    const end = p.minutes === null ? null : h * 60 + m + p.minutes;
    const sharedSummary = p.summary ? mark('summary', i) : '';
    if (sharedSummary !== '') open.push(sharedSummary);
    return {
      id: id(2, i),
      reason: 'police-investigation',
      startedAt: p.startedAt,
      endedAt: end === null ? null : `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`,
      whoLeftIds: memberIds.slice(0, 1),
      whoLeft: [],
      sharedSummary,
      summaryRestriction: FOR_EVERYONE,
    };
  });
  const inPart = (at: string) => restrictedParts.some((p) => at >= p.startedAt && (p.endedAt === null || at <= p.endedAt));
  const agendaItemId = base.conference.agenda[0]?.id ?? id(3, 0);
  const contributions: Contribution[] = s.contributions.map((c, i) => {
    const r = toRestriction(c.restriction);
    const text = r.level === 'none' && !inPart(c.spokenAt) ? mark('said', i) : mark('hidden', i);
    if (text.startsWith('[[hidden')) hidden.push(text);
    else if (c.kind === 'child-view') open.push(text);
    const child = children[i % children.length];
    return {
      id: id(4, i),
      agendaItemId,
      speaker: c.byChild && child ? { kind: 'child', childId: child.id } : { kind: 'chair' },
      speakerName: c.byChild && child ? child.displayName : 'Priya Anand',
      speakerRole: 'Chair',
      kind: c.kind,
      text,
      spokenAt: c.spokenAt,
      restriction: r,
      reportId: null,
      version: 1,
      updatedAt: '2026-03-19T10:00:00.000Z',
    };
  });
  const childVoices: ChildVoice[] = s.voices.map((v, i) => {
    const r = toRestriction(v.restriction);
    const words = !v.words ? '' : r.level === 'none' ? mark('voice', i) : mark('hidden-voice', i);
    if (r.level !== 'none' && words !== '') hidden.push(words);
    if (r.level === 'none' && words !== '') open.push(words);
    return { id: id(5, i), childId: children[v.child % children.length]?.id ?? '', method: CHILD_VOICE_METHODS[0], gatheredBy: '', gatheredOn: null, words, restriction: r };
  });
  const statements: Statement[] = s.statements.map((kind, i) => ({ id: id(6, i), kind, text: mark(`statement ${kind}`, i), pairedDangerId: null, inFamilysWords: false, whoseWords: '', restriction: FOR_EVERYONE }));
  const decisions: Decision[] = base.decisionRecord.decisions.map((d, i) => {
    const g = s.decisions[i % s.decisions.length];
    return g ? { ...d, outcome: g.outcome, categories: [...g.categories], deferredTo: g.outcome === 'deferred' ? g.deferredTo : null } : d;
  });
  const outcomes: Outcome[] = s.outcomes.map((o, i) => ({
    id: id(7, i),
    text: mark('outcome', i),
    measure: '',
    childIds: o.children.map((c) => children[c]?.id ?? '').filter((c) => c !== ''),
    dangerStatementId: null,
    progress: 'not-reviewed',
    progressNote: '',
    restriction: FOR_EVERYONE,
    carriedForward: false,
  }));
  const actions: Action[] = s.outcomes.length === 0
    ? []
    : s.actions.map((a, i) => {
        const owners = a.owners.map((o) => ({ kind: 'family-member' as const, familyMemberId: memberIds[o % memberIds.length] ?? '' }));
        return {
          id: id(8, i),
          outcomeId: outcomes[a.outcome % outcomes.length]?.id ?? '',
          what: mark('action', i),
          owners,
          ownerNames: owners.map((o) => familyMembers.find((m) => m.id === o.familyMemberId)?.displayName ?? ''),
          dueDate: a.dueDate,
          frequency: '',
          reportsTo: '',
          progress: a.progress,
          progressNote: '',
          restriction: FOR_EVERYONE,
          carriedForward: false,
        };
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
    conference: { ...base.conference, familyMembers },
    capture: { ...base.capture, contributions, childVoices, restrictedParts },
    decisionRecord: {
      ...base.decisionRecord,
      statements,
      decisions,
      outcomes,
      actions,
      distribution: { ...base.decisionRecord.distribution, recipients },
    },
  };
  return { source, hidden, open, contacts, leftOff };
}

/** The actions each child should have, by the plan's own rule: an outcome with no children is for every child with a plan. */
function expectedActionCount(source: DocumentSource, childId: string): number {
  const { decisions, outcomes, actions } = source.decisionRecord;
  if (!decisions.some((d) => hasPlan(d.outcome))) return 0;
  const childHasPlan = decisions.some((d) => d.childId === childId && hasPlan(d.outcome));
  const mine = new Set(outcomes.filter((o) => (o.childIds.length === 0 ? childHasPlan : o.childIds.includes(childId))).map((o) => o.id));
  return actions.filter((a) => mine.has(a.outcomeId) && a.progress !== 'done' && a.progress !== 'stopped').length;
}

const plansOf = (source: DocumentSource): [string, FamilyPlanModel][] => familyPlanRecipients(source).map((r) => [r.id, buildFamilyPlan(source, r.id)]);
const RUNS = { numRuns: 150 };

describe('the family’s plan, over random conferences', () => {
  it('the generated sources are real document sources', () => {
    fc.assert(fc.property(shape, (s) => DocumentSourceSchema.safeParse(build(s).source).success), { numRuns: 30 });
  });

  it('never holds restricted text, for any recipient, and keeps what is open to the family', () => {
    fc.assert(
      fc.property(shape, (s) => {
        const { source, hidden, open } = build(s);
        for (const [, model] of plansOf(source)) {
          const serialised = JSON.stringify(model);
          for (const secret of hidden) expect(serialised).not.toContain(secret);
          for (const shared of open) expect(serialised).toContain(shared);
        }
      }),
      RUNS,
    );
  });

  it('never holds anyone’s contact details but the recipient’s own, and never confidential ones', () => {
    fc.assert(
      fc.property(shape, (s) => {
        const { source, contacts } = build(s);
        for (const [recipientId, model] of plansOf(source)) {
          const serialised = JSON.stringify(model);
          for (const [memberId, contact] of contacts) {
            const own = memberId === recipientId && !contact.confidential;
            expect(serialised.includes(JSON.stringify(contact.text).slice(1, -1))).toBe(own);
            if (own) expect(model.recipient.contactDetails).toBe(contact.text);
          }
        }
      }),
      RUNS,
    );
  });

  it('is made for a named recipient, never says “subject child”, and puts what is going well before the worries', () => {
    fc.assert(
      fc.property(shape, (s) => {
        const { source, leftOff } = build(s);
        const recipients = familyPlanRecipients(source);
        for (const recipient of recipients) {
          expect(leftOff.has(recipient.id)).toBe(false);
          const model = buildFamilyPlan(source, recipient.id);
          const names = recipient.kind === 'family-network' ? recipient.memberNames : [recipient.name];
          for (const name of names) expect(model.madeFor).toContain(name);
          expect(JSON.stringify(model)).not.toMatch(/subject child/i);
          const keys = model.sections.map((section) => section.key);
          expect(keys.indexOf('going-well')).toBeGreaterThanOrEqual(0);
          expect(keys.indexOf('going-well')).toBeLessThan(keys.indexOf('worries'));
        }
        for (const memberId of leftOff) expect(() => buildFamilyPlan(source, memberId)).toThrow(FamilyPlanRecipientError);
      }),
      RUNS,
    );
  });

  it('shows at most 8 actions per child, says so exactly when there are more, and lists the rest later', () => {
    let longPlans = 0;
    fc.assert(
      fc.property(shape, (s) => {
        const { source } = build(s);
        const recipient = familyPlanRecipients(source)[0];
        if (recipient === undefined) return;
        const model = buildFamilyPlan(source, recipient.id);
        const actions = model.sections.find((section) => section.key === 'actions');
        const later = model.sections.find((section) => section.key === 'later-actions');
        const parts = actions?.key === 'actions' ? actions.children : [];
        const laterParts = later?.key === 'later-actions' ? later.children : [];
        for (const child of source.conference.children) {
          const expected = expectedActionCount(source, child.id);
          if (expected > MAX_PROMINENT_ACTIONS) longPlans += 1;
          const part = parts.filter((p) => p.childIds.includes(child.id));
          expect(part.length).toBeLessThanOrEqual(1);
          const shown = part[0]?.actions.length ?? 0;
          const rest = laterParts.find((p) => p.childIds.includes(child.id))?.actions.length ?? 0;
          expect(shown).toBe(Math.min(expected, MAX_PROMINENT_ACTIONS));
          expect(shown + rest).toBe(expected);
          expect(part[0]?.moreActionsThanShown ?? false).toBe(expected > MAX_PROMINENT_ACTIONS);
          expect(part[0]?.moreActionsNote != null).toBe(expected > MAX_PROMINENT_ACTIONS);
        }
      }),
      RUNS,
    );
    // The property said something about long plans, not only short ones.
    expect(longPlans).toBeGreaterThan(10);
  });
});
