/**
 * One copy being filtered for its readers (./for-recipient.ts): whether each marked text reaches
 * them, its summary instead, or neither, and the list of what was left out and why.
 */
import { familyName } from '../documents/family-plan-names';
import type { DocumentSource } from '../documents/source';
import { markingRule, type LeftOut, type LeftOutKind, type LeftOutRule } from './left-out';
import { reaches, type Household, type Readers } from './reach';
import { shareableSummary, type Restriction } from './restriction';

export interface RoomMarking {
  readonly restriction: Restriction;
  readonly rule: Extract<LeftOutRule, 'restricted-part' | 'exclusion'>;
}

export type Verdict = { readonly kind: 'text' } | { readonly kind: 'summary'; readonly summary: string } | { readonly kind: 'out'; readonly rule: LeftOutRule };

export interface Item {
  readonly kind: LeftOutKind;
  readonly id: string;
  readonly description: string;
}

/** What one copy's filtering needs, and the list it adds to. */
export class Copy {
  readonly leftOut: LeftOut[] = [];
  private readonly childNames: ReadonlyMap<string, string>;

  constructor(
    readonly source: DocumentSource,
    readonly readers: Readers,
    readonly household: Household,
    readonly covered: ReadonlySet<string>,
    /** Professionals who support someone in the family other than this copy's readers. */
    readonly otherPeoplesHelpers: ReadonlySet<string>,
  ) {
    this.childNames = new Map(source.conference.children.map((c) => [c.id, familyName(c)]));
  }

  leave(item: Item, rule: LeftOutRule, summaryInstead = false): void {
    this.leftOut.push({ ...item, rule, summaryInstead });
  }

  /** Whether a marked text reaches this copy, its summary instead, or neither (and if not, why). */
  judge(item: Item, own: Restriction, room: readonly RoomMarking[] = []): Verdict {
    const ownReaches = reaches(own, this.readers, this.household);
    const roomBlock = room.find((marking) => !reaches(marking.restriction, this.readers, this.household));
    if (ownReaches && roomBlock === undefined) return { kind: 'text' };
    if (roomBlock === undefined) {
      const summary = shareableSummary(own);
      const rule = markingRule(own, this.readers);
      this.leave(item, rule, summary !== '');
      return summary === '' ? { kind: 'out', rule } : { kind: 'summary', summary };
    }
    // Its own marking is the more particular reason, when both keep it out.
    const rule = ownReaches ? roomBlock.rule : markingRule(own, this.readers);
    this.leave(item, rule);
    return { kind: 'out', rule };
  }

  covers(childId: string): boolean {
    return this.covered.has(childId);
  }

  name(childId: string): string {
    return this.childNames.get(childId) ?? 'a child';
  }

  /** "Tegan’s", "Tegan and Kai’s", "the baby’s"; "the" for a plan-wide item. */
  whose(childIds: readonly string[]): string {
    if (childIds.length === 0) return 'the';
    const names = childIds.map((id) => this.name(id));
    const joined = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
    return `${joined}’s`;
  }
}

/** The text a verdict leaves: the text itself, its summary, or nothing. */
export function kept(verdict: Verdict, text: string): string {
  return verdict.kind === 'text' ? text : verdict.kind === 'summary' ? verdict.summary : '';
}

