import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Restriction } from '../../shared/audience/restriction';
import type { ChildVoice, Contribution, RestrictedPart } from '../../shared/capture/schema';
import type { Statement } from '../../shared/decision/analysis';
import { childPlanFor } from '../../shared/documents/child-plan';
import { buildFamilyPlan, familyPlanRecipients } from '../../shared/documents/family-plan';
import { DocumentSourceSchema, type DocumentSource } from '../../shared/documents/source';
import { documentFor } from '../../electron/pdf/documents/index';
import { renderTaggedPdf } from '../../electron/pdf/render';
import { registerDocumentFonts } from '../../electron/pdf/typeface';
import { aContribution, aFamilySource, IDS } from '../audience/family-source';
import { pdfStructText, pdfText } from '../support/pdf-checks';
import { makeTempDir } from '../support/temp-dir';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Random conferences over the in-memory family (Amara at home with Tegan, 11, and Kai, 6; Dele
 * and Rose living away): random markings on the children's views, what was said, and the
 * analysis, some said in a part of the meeting some of the family left. Every text is a
 * distinctive marker, so a leak is a substring. What must stay out and what must go in are
 * decided here from the markings' plain meaning, not by the rule under test.
 */

const CHILDREN = [IDS.tegan, IDS.kai] as const;
const MEMBERS = [IDS.amara, IDS.dele, IDS.rose] as const;
const AT_HOME: ReadonlySet<string> = new Set([IDS.amara]);
const NAMES: Readonly<Record<string, string>> = { [IDS.tegan]: 'Tegan', [IDS.kai]: 'Kai' };
const mark = (tag: string, n: number) => `[[${tag} ${n}]]`;
const id = (group: number, n: number) => `00000000-0000-4000-8${group.toString(16).padStart(3, '0')}-${n.toString(16).padStart(12, '0')}`;

type Marking =
  | { readonly level: 'none' }
  | { readonly level: 'not-for-family' }
  | { readonly level: 'not-for-named' | 'shared-only-with'; readonly members: readonly number[]; readonly children: readonly number[] };

const named = fc
  .record({ members: fc.subarray([0, 1, 2]), children: fc.subarray([0, 1]) })
  .filter((n) => n.members.length + n.children.length > 0);
const marking: fc.Arbitrary<Marking> = fc.oneof(
  fc.constant({ level: 'none' as const }),
  fc.constant({ level: 'not-for-family' as const }),
  named.map((n) => ({ level: 'not-for-named' as const, ...n })),
  named.map((n) => ({ level: 'shared-only-with' as const, ...n })),
  // A child's own disclosure, shared with them alone: common enough to be tested every run.
  fc.nat({ max: 1 }).map((c) => ({ level: 'shared-only-with' as const, members: [], children: [c] })),
);
const minute = fc.integer({ min: 0, max: 59 });
const at = (m: number) => `10:${String(m).padStart(2, '0')}`;

const shape = fc.record({
  voices: fc.array(fc.record({ child: fc.nat({ max: 1 }), marking, ownWords: fc.boolean() }), { maxLength: 5 }),
  said: fc.array(
    fc.record({ by: fc.constantFrom('chair', 'tegan', 'kai'), kind: fc.constantFrom('child-view', 'information'), about: fc.nat({ max: 1 }), marking, minute }),
    { maxLength: 10 },
  ),
  statements: fc.array(fc.record({ kind: fc.constantFrom('strength', 'danger', 'harm'), marking }), { maxLength: 6 }),
  parts: fc.array(fc.record({ from: minute, minutes: fc.integer({ min: 1, max: 10 }), whoLeft: fc.subarray([0, 1, 2]) }), { maxLength: 2 }),
});
type Shape = typeof shape extends fc.Arbitrary<infer T> ? T : never;

function restrictionOf(m: Marking): Restriction {
  switch (m.level) {
    case 'none':
      return { level: 'none' };
    case 'not-for-family':
      return { level: 'not-for-family', reason: 'third-party', sharedSummary: '' };
    default:
      return { level: m.level, reason: 'child-asked', familyMemberIds: m.members.map((i) => MEMBERS[i]!), childIds: m.children.map((i) => CHILDREN[i]!), sharedSummary: '' };
  }
}

/** Whether a child's own copy may hold a text with this marking, by what the marking says. */
function mayRead(m: Marking, childId: string): boolean {
  const names = (n: { members: readonly number[]; children: readonly number[] }) => ({ members: n.members.map((i) => MEMBERS[i]!), children: n.children.map((i) => CHILDREN[i]!) });
  switch (m.level) {
    case 'none':
      return true;
    case 'not-for-family':
      return false;
    case 'not-for-named': {
      // Kept from the child, from any child (children live at home), or from someone at home, where the copy is read.
      const { members, children } = names(m);
      return children.length === 0 && !members.some((member) => AT_HOME.has(member));
    }
    case 'shared-only-with':
      return names(m).children.includes(childId);
  }
}

/** Shared with this one child and nobody else in the family. */
const onlyFor = (m: Marking, childId: string) => m.level === 'shared-only-with' && m.members.length === 0 && m.children.length === 1 && CHILDREN[m.children[0]!] === childId;

interface Built {
  readonly source: DocumentSource;
  /** Per child: texts their copy must never hold. */
  readonly keptFrom: ReadonlyMap<string, readonly string[]>;
  /** Per child: texts their copy must hold. */
  readonly mustHold: ReadonlyMap<string, readonly string[]>;
  /** Texts shared only with one child: in no other output. */
  readonly onlyForOneChild: ReadonlyMap<string, readonly string[]>;
}

function build(s: Shape): Built {
  const base = aFamilySource();
  const keptFrom = new Map<string, string[]>(CHILDREN.map((c) => [c, []]));
  const mustHold = new Map<string, string[]>(CHILDREN.map((c) => [c, []]));
  const onlyForOneChild = new Map<string, string[]>(CHILDREN.map((c) => [c, []]));
  const judge = (text: string, m: Marking, shownTo: readonly string[]) => {
    for (const child of CHILDREN) {
      if (!mayRead(m, child)) keptFrom.get(child)!.push(text);
      else if (shownTo.includes(child)) mustHold.get(child)!.push(text);
      if (onlyFor(m, child)) onlyForOneChild.get(child)!.push(text);
    }
  };

  const restrictedParts: RestrictedPart[] = s.parts.map((p, i) => ({
    id: id(0xa, i),
    reason: 'police-investigation',
    startedAt: at(p.from),
    endedAt: at(Math.min(59, p.from + p.minutes)),
    whoLeftIds: p.whoLeft.map((w) => MEMBERS[w]!),
    whoLeft: [],
    sharedSummary: '',
    summaryRestriction: { level: 'none' },
  }));
  /** A part the whole family left, or someone at home left: nothing said in it reaches a child's copy. */
  const inClosedPart = (minuteSpoken: number) =>
    s.parts.some((p) => minuteSpoken >= p.from && minuteSpoken <= Math.min(59, p.from + p.minutes) && (p.whoLeft.length === 0 || p.whoLeft.some((w) => AT_HOME.has(MEMBERS[w]!))));
  const inAnyPart = (minuteSpoken: number) => s.parts.some((p) => minuteSpoken >= p.from && minuteSpoken <= Math.min(59, p.from + p.minutes));

  const childVoices: ChildVoice[] = s.voices.map((v, i) => {
    const childId = CHILDREN[v.child]!;
    const words = mark('voice', i);
    judge(words, v.marking, [childId]);
    return { id: id(0xb, i), childId, method: v.ownWords ? 'three-houses' : 'via-practitioner', gatheredBy: 'Sol Worker', gatheredOn: null, words, restriction: restrictionOf(v.marking) };
  });

  const contributions: Contribution[] = s.said.map((c, i) => {
    const speaker = c.by === 'chair' ? ({ kind: 'chair' } as const) : ({ kind: 'child', childId: c.by === 'tegan' ? IDS.tegan : IDS.kai } as const);
    const about = speaker.kind === 'child' ? speaker.childId : CHILDREN[c.about]!;
    // A view passed on names the child it is about; what a child said is theirs.
    const text = `${mark('said', i)}${speaker.kind === 'chair' && c.kind === 'child-view' ? ` about ${NAMES[about]}` : ''}`;
    const shownTo =
      inAnyPart(c.minute) ? [] : c.kind === 'child-view' ? [about] : CHILDREN.filter((child) => c.marking.level === 'shared-only-with' && mayRead(c.marking, child) && (speaker.kind !== 'child' || speaker.childId === child));
    if (inClosedPart(c.minute)) for (const child of CHILDREN) keptFrom.get(child)!.push(text);
    else judge(text, c.marking, shownTo);
    // Words a child said are only ever in their own copy, or a parent's.
    if (speaker.kind === 'child') keptFrom.get(CHILDREN.find((child) => child !== speaker.childId)!)!.push(text);
    return aContribution(100 + i, text, at(c.minute), restrictionOf(c.marking), {
      id: id(0xc, i),
      speaker,
      speakerName: speaker.kind === 'chair' ? 'The chair' : `${NAMES[speaker.childId]}`,
      kind: c.kind as Contribution['kind'],
    });
  });

  const statements: Statement[] = s.statements.map((st, i) => {
    const text = mark(`statement ${st.kind}`, i);
    judge(text, st.marking, [...CHILDREN]);
    return { id: id(0xd, i), kind: st.kind as Statement['kind'], text, pairedDangerId: null, inFamilysWords: false, whoseWords: '', restriction: restrictionOf(st.marking) };
  });

  const source: DocumentSource = {
    ...base,
    capture: { ...base.capture, childVoices, contributions, restrictedParts },
    decisionRecord: { ...base.decisionRecord, statements },
  };
  return { source, keptFrom, mustHold, onlyForOneChild };
}

/** Every family-facing output but this child's own copy. */
function otherOutputs(source: DocumentSource, childId: string): string[] {
  const others = CHILDREN.filter((c) => c !== childId).map((c) => JSON.stringify(childPlanFor(source, c).model));
  return [...others, ...familyPlanRecipients(source).map((r) => JSON.stringify(buildFamilyPlan(source, r.id)))];
}

describe('the child’s own copy, over random conferences', () => {
  it('the generated sources are real document sources', () => {
    fc.assert(fc.property(shape, (s) => DocumentSourceSchema.safeParse(build(s).source).success), { numRuns: 30 });
  });

  it('holds the child’s own words and what is shared only with them, never what is kept from them; what is shared only with them is in no other output', () => {
    let sharedOnlyChecked = 0;
    fc.assert(
      fc.property(shape, (s) => {
        const { source, keptFrom, mustHold, onlyForOneChild } = build(s);
        for (const child of CHILDREN) {
          const copy = JSON.stringify(childPlanFor(source, child).model);
          for (const kept of keptFrom.get(child)!) expect(copy, 'kept from the child').not.toContain(kept);
          for (const held of mustHold.get(child)!) expect(copy, 'the child’s to read').toContain(held);
          const elsewhere = otherOutputs(source, child).join('\n');
          for (const only of onlyForOneChild.get(child)!) {
            expect(elsewhere, 'shared only with another child').not.toContain(only);
            sharedOnlyChecked += 1;
          }
        }
      }),
      { numRuns: 200 },
    );
    // The property said something about text shared only with a child, not only about the rest.
    expect(sharedOnlyChecked).toBeGreaterThan(50);
  });
});

describe('the child’s own copy as a PDF, over random conferences', () => {
  const folder = makeTempDir();
  beforeAll(() => registerDocumentFonts());
  afterAll(() => folder.remove());

  it('in both print sizes, the page text and the tags hold what the child may read and nothing kept from them', async () => {
    const flat = (text: string) => text.replace(/\s+/g, ' ');
    let file = 0;
    await fc.assert(
      fc.asyncProperty(shape, async (s) => {
        const { source, keptFrom, mustHold } = build(s);
        for (const child of CHILDREN) {
          for (const printSize of ['standard', 'large'] as const) {
            const made = documentFor({ kind: 'child-plan', printSize, recipientId: child }, source);
            const pdf = await renderTaggedPdf(made.element);
            expect(pdf.pdfUaIdentifier).toBe(true);
            const path = join(folder.path, `${(file += 1)}.pdf`);
            writeFileSync(path, pdf.bytes);
            const text = flat(pdfText(path));
            const tree = flat(pdfStructText(path));
            for (const kept of keptFrom.get(child)!) {
              expect(text).not.toContain(kept);
              expect(tree).not.toContain(kept);
            }
            for (const held of mustHold.get(child)!) expect(text).toContain(held);
          }
        }
      }),
      { numRuns: 3 },
    );
  }, 300_000);
});
