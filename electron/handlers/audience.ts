import { namedIn, type Restriction } from '../../shared/audience/restriction';
import { ConflictError } from '../../shared/contract/result';
import { whereNamed, type MarkedText, type NamedPerson, type WhereNamed } from '../../db/audience/markings';
import type { HandlerContext } from './context';

/**
 * The handlers' side of the markings of who may read each text (issue 13): a marking names only
 * people of this conference's family, each once, and someone named in a marking cannot be removed
 * from the family until the markings that name them change.
 */

/** The people of one family a marking may name. */
export interface FamilyPeople {
  readonly members: { has(id: string): boolean };
  readonly children: { has(id: string): boolean };
}

const NOT_A_MEMBER = 'Choose a member of this family.';
const NOT_A_CHILD = 'Choose one of this family’s children.';
const NAMED_TWICE = 'This person is already named here: name each person once.';

function checkNames(ids: readonly string[], known: { has(id: string): boolean }, unknown: string, path: string, fields: Record<string, string>): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (!known.has(id)) fields[`${path}.${index}`] ??= unknown;
    else if (seen.has(id)) fields[`${path}.${index}`] ??= NAMED_TWICE;
    seen.add(id);
  });
}

/**
 * Adds a message beside each name in a marking that is not of this family, or named twice, under
 * the marking's path in the saved input (for example `decision.agencyViews.0.restriction`).
 */
export function checkMarking(restriction: Restriction, family: FamilyPeople, path: string, fields: Record<string, string>): void {
  const named = namedIn(restriction);
  checkNames(named.familyMemberIds, family.members, NOT_A_MEMBER, `${path}.familyMemberIds`, fields);
  checkNames(named.childIds, family.children, NOT_A_CHILD, `${path}.childIds`, fields);
}

const TEXT_WORDS: Readonly<Record<MarkedText, readonly [one: string, many: string]>> = {
  contribution: ['contribution', 'contributions'],
  'child-voice': ['record of a child’s views', 'records of a child’s views'],
  exclusion: ['exclusion', 'exclusions'],
  'restricted-part-summary': ['summary of a restricted part', 'summaries of restricted parts'],
  statement: ['analysis statement', 'analysis statements'],
  scale: ['scale reason', 'scale reasons'],
  'decision-reasons': ['decision’s reasons', 'decisions’ reasons'],
  'agency-view': ['agency view', 'agency views'],
  'family-view': ['family member’s view', 'family members’ views'],
  dissent: ['disagreement', 'disagreements'],
  outcome: ['outcome', 'outcomes'],
  action: ['action', 'actions'],
  contingency: ['contingency plan', 'contingency plans'],
  'family-network-plan': ['family network’s plan', 'family network’s plans'],
  'brought-forward-reason': ['reason a review is brought forward', 'reasons reviews are brought forward'],
  visit: ['plan for how a child is seen', 'plans for how children are seen'],
  amendment: ['amendment', 'amendments'],
  'conference-reason': ['reason for the conference', 'reasons for conferences'],
};

const count = (n: number, [one, many]: readonly [string, string]) => `${n} ${n === 1 ? one : many}`;

function joinWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

/** Where someone is named, in words; empty when they are named nowhere. */
export function whereNamedInWords(name: string, where: WhereNamed): string {
  const texts = (Object.keys(TEXT_WORDS) as MarkedText[]).flatMap((kind) => {
    const n = where.markings[kind] ?? 0;
    return n > 0 ? [count(n, TEXT_WORDS[kind])] : [];
  });
  const leftRoom = where.leftRoom > 0 ? `as having left the room in ${count(where.leftRoom, ['restricted part', 'restricted parts'])}` : '';
  if (texts.length === 0 && leftRoom === '') return '';
  const places = texts.length === 0 ? leftRoom : `in who may see ${joinWords(texts)}${leftRoom ? `, and ${leftRoom}` : ''}`;
  return `${name} is named ${places}. Change those first.`;
}

/** Refuses removing a family member or child while a marking of any of the family's conferences names them. */
export function refuseRemovingNamed(context: HandlerContext, familyId: string, person: NamedPerson, name: string): void {
  const message = whereNamedInWords(name, whereNamed(context.db, familyId, person));
  if (message !== '') throw new ConflictError(message);
}
