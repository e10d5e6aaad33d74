import { JSON_COLUMNS } from './row-schemas';
import type { TableRows } from './rows';

/**
 * The people a record names inside its JSON (a marking's "not for" list, an action's owner, who
 * left the room), as opposed to its foreign keys. A package is only as trustworthy as these: a
 * marking that names someone of another family keeps the text from nobody here.
 */
export type NamedKind = 'family-member' | 'child' | 'professional';
export interface NamedId {
  readonly kind: NamedKind;
  readonly id: string;
}

/** The table that holds each kind of person. */
export const TABLE_OF: Readonly<Record<NamedKind, string>> = { 'family-member': 'family_member', child: 'child', professional: 'professional' };

/** Columns that are themselves a list of one kind of person. */
const WHOLE_COLUMN: Readonly<Record<string, Readonly<Record<string, NamedKind>>>> = {
  restricted_part: { who_left: 'family-member' },
  plan_outcome: { child_ids: 'child' },
  invitation: { supports_family_member_ids: 'family-member' },
  document_export: { added_child_ids: 'child' },
};

/** Keys inside a JSON value that name one person, or a list of them. */
const KEY_KIND: Readonly<Record<string, NamedKind>> = {
  familyMemberId: 'family-member',
  familyMemberIds: 'family-member',
  childId: 'child',
  childIds: 'child',
  professionalId: 'professional',
};

/** Every person a JSON column's value names. The value has already passed its schema. */
export function namedIds(table: string, column: string, value: unknown): NamedId[] {
  const found: NamedId[] = [];
  const whole = WHOLE_COLUMN[table]?.[column];
  if (whole) {
    if (Array.isArray(value)) for (const id of value) if (typeof id === 'string') found.push({ kind: whole, id });
    return found;
  }
  walk(value, found, 0);
  return found;
}

function walk(value: unknown, found: NamedId[], depth: number): void {
  if (depth > 8 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) walk(item, found, depth + 1);
    return;
  }
  for (const [key, inner] of Object.entries(value)) {
    const kind = KEY_KIND[key];
    if (kind && typeof inner === 'string') found.push({ kind, id: inner });
    else if (kind && Array.isArray(inner)) for (const id of inner) if (typeof id === 'string') found.push({ kind, id });
    else walk(inner, found, depth + 1);
  }
}

/** Every person the package's JSON names (markings, owners, who left the room, whom a helper supports). */
export function peopleNamed(tables: TableRows): NamedId[] {
  const found: NamedId[] = [];
  for (const [table, rows] of Object.entries(tables)) {
    const columns = Object.keys(JSON_COLUMNS[table] ?? {});
    for (const row of rows) {
      for (const column of columns) {
        const value = row[column];
        if (typeof value === 'string') found.push(...namedIds(table, column, JSON.parse(value)));
      }
    }
  }
  return found;
}
