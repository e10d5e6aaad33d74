import { FOR_EVERYONE, RestrictionSchema, type Restriction } from '../../shared/audience/restriction';
import type { Db } from '../open';

/**
 * The markings of who may read each text (shared/audience), as stored: JSON beside the text.
 * Every marking written goes through the save schemas, so one that does not read back is damage,
 * never something to guess at: reading it fails loudly rather than letting the text reach anyone.
 */
export class StoredMarkingError extends Error {
  constructor() {
    super('A stored marking of who may read a text could not be read.');
    this.name = 'StoredMarkingError';
  }
}

/**
 * A stored marking, with what later versions added filled in (a marking stored before children
 * could be named has no `childIds` or `sharedSummary`); absent (a view stored before views had
 * markings) is for everyone, as it was then.
 */
export function readMarking(stored: unknown): Restriction {
  if (stored === undefined || stored === null) return FOR_EVERYONE;
  let value: unknown = stored;
  if (typeof stored === 'string') {
    try {
      value = JSON.parse(stored);
    } catch {
      throw new StoredMarkingError();
    }
  }
  const parsed = RestrictionSchema.safeParse(value);
  if (!parsed.success) throw new StoredMarkingError();
  return parsed.data;
}

export function markingText(restriction: Restriction): string {
  return JSON.stringify(restriction);
}

/** Reads the marking of each element of a stored JSON array of views. */
export function withMarkings<T extends object>(stored: string): (T & { restriction: Restriction })[] {
  return (JSON.parse(stored) as (T & { restriction?: unknown })[]).map((view) => ({ ...view, restriction: readMarking(view.restriction) }));
}

/** Someone a marking can name: a family member or a child. */
export type NamedPerson = { readonly kind: 'family-member'; readonly id: string } | { readonly kind: 'child'; readonly id: string };

/** The kinds of text a marking is on, for saying where someone is named. */
export const MARKED_TEXTS = [
  'contribution',
  'child-voice',
  'exclusion',
  'restricted-part-summary',
  'statement',
  'scale',
  'decision-reasons',
  'agency-view',
  'family-view',
  'dissent',
  'outcome',
  'action',
  'contingency',
  'family-network-plan',
  'brought-forward-reason',
  'visit',
  'amendment',
  'conference-reason',
] as const;
export type MarkedText = (typeof MARKED_TEXTS)[number];

/** Where one person is named: how many of each kind of text, and how many restricted parts they left. */
export interface WhereNamed {
  readonly markings: Readonly<Partial<Record<MarkedText, number>>>;
  /** Restricted parts of the meeting they left the room for: what was said is kept from them. */
  readonly leftRoom: number;
}

const names = (marking: string, list: 'familyMemberIds' | 'childIds') => `EXISTS (SELECT 1 FROM json_each(${marking}, '$.${list}') WHERE value = @person)`;

/** Markings stored in a column of a table with a conference_id: [kind, table, column]. */
const COLUMN_MARKINGS: readonly (readonly [MarkedText, string, string])[] = [
  ['contribution', 'contribution', 'restriction'],
  ['child-voice', 'child_voice', 'restriction'],
  ['exclusion', 'exclusion', 'restriction'],
  ['restricted-part-summary', 'restricted_part', 'summary_restriction'],
  ['statement', 'safety_statement', 'restriction'],
  ['scale', 'safety_scale', 'restriction'],
  ['decision-reasons', 'decision', 'chair_reasons_restriction'],
  ['dissent', 'dissent', 'restriction'],
  ['outcome', 'plan_outcome', 'restriction'],
  ['action', 'plan_action', 'restriction'],
  ['contingency', 'plan', 'contingency_restriction'],
  ['family-network-plan', 'plan', 'family_plan_restriction'],
  ['brought-forward-reason', 'plan', 'brought_forward_reason_restriction'],
  ['amendment', 'amendment', 'restriction'],
  ['conference-reason', 'conference_family_reason', 'restriction'],
];

/** Markings inside a JSON array column, one per element: [kind, table, column]. */
const ARRAY_MARKINGS: readonly (readonly [MarkedText, string, string])[] = [
  ['agency-view', 'decision', 'agency_views'],
  ['family-view', 'decision', 'family_views'],
  ['visit', 'plan', 'visits'],
];

/**
 * Every text of any of the family's conferences whose marking names this person, counted by kind,
 * and the restricted parts they left the room for. Earlier versions of a contribution are history,
 * not markings anyone can change, so they are not counted.
 */
export function whereNamed(db: Db, familyId: string, person: NamedPerson): WhereNamed {
  const list = person.kind === 'family-member' ? 'familyMemberIds' : 'childIds';
  const ofFamily = 'conference_id IN (SELECT id FROM conference WHERE family_id = @familyId)';
  const counts = [
    ...COLUMN_MARKINGS.map(([kind, table, column]) => `SELECT '${kind}' AS kind, COUNT(*) AS n FROM ${table} WHERE ${ofFamily} AND ${names(column, list)}`),
    ...ARRAY_MARKINGS.map(
      ([kind, table, column]) =>
        `SELECT '${kind}' AS kind, COUNT(*) AS n FROM ${table}, json_each(${table}.${column}) AS view WHERE ${ofFamily} AND ${names("json_extract(view.value, '$.restriction')", list)}`,
    ),
  ].join(' UNION ALL ');
  const rows = db.prepare(counts).all({ familyId, person: person.id }) as { kind: MarkedText; n: number }[];
  const markings = Object.fromEntries(rows.filter((row) => row.n > 0).map((row) => [row.kind, row.n])) as Partial<Record<MarkedText, number>>;
  const leftRoom =
    person.kind === 'family-member'
      ? (db.prepare(`SELECT COUNT(*) FROM restricted_part WHERE ${ofFamily} AND EXISTS (SELECT 1 FROM json_each(who_left) WHERE value = @person)`).pluck().get({ familyId, person: person.id }) as number)
      : 0;
  return { markings, leftRoom };
}
