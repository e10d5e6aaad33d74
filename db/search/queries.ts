import type { RestrictionLevel } from '../../shared/audience/restriction';
import type { Db } from '../open';

/**
 * Full-text search over the index that migration 0009 keeps in step. `match` must come from
 * shared/search/query.ts (toFtsQuery), which never passes FTS5 syntax through.
 */

export interface NameHit {
  readonly kind: 'child' | 'family-member' | 'conference';
  readonly entity_id: string;
  readonly family_id: string;
  readonly conference_id: string | null;
}

/** Children, family members and conferences (by venue) whose words match. */
export function matchNames(db: Db, match: string, cap: number): NameHit[] {
  return db
    .prepare(
      `SELECT e.kind, e.entity_id, e.family_id, e.conference_id
       FROM search_name JOIN search_entry e ON e.doc = search_name.rowid
       WHERE search_name MATCH ? LIMIT ?`,
    )
    .all(match, cap) as NameHit[];
}

export interface ContributionHit {
  readonly entity_id: string;
  readonly conference_id: string;
  readonly restriction_level: RestrictionLevel;
}

/**
 * Contributions whose words match, newest first, at most `cap` (so a very common word costs no
 * more than a rare one). With `familySafe`, restricted contributions are left out here, in SQL:
 * anything that feeds what the family sees must ask for this. Only a marking for everyone is
 * open to the family: "shared only with" a named child is restricted like the rest.
 */
export function matchContributions(db: Db, match: string, options: { readonly cap: number; readonly familySafe: boolean }): ContributionHit[] {
  return db
    .prepare(
      `SELECT e.entity_id, e.conference_id, e.restriction_level
       FROM search_text JOIN search_entry e ON e.doc = search_text.rowid
       WHERE search_text MATCH ? ${options.familySafe ? "AND e.restriction_level = 'none'" : ''}
       ORDER BY search_text.rowid DESC LIMIT ?`,
    )
    .all(match, options.cap) as ContributionHit[];
}

/** The words to show for each match on the page: names, venues and contribution texts. */
export function matchTexts(db: Db, ids: { readonly familyMembers: readonly string[]; readonly conferences: readonly string[]; readonly contributions: readonly string[] }): Map<string, string> {
  const texts = new Map<string, string>();
  const read = (sql: string, list: readonly string[]) => {
    if (list.length === 0) return;
    for (const row of db.prepare(sql).all(JSON.stringify(list)) as { id: string; text: string }[]) texts.set(row.id, row.text);
  };
  read(`SELECT id, given_name || ' ' || family_name AS text FROM family_member WHERE id IN (SELECT value FROM json_each(?))`, ids.familyMembers);
  read('SELECT id, venue AS text FROM conference WHERE id IN (SELECT value FROM json_each(?))', ids.conferences);
  read('SELECT id, text FROM contribution WHERE id IN (SELECT value FROM json_each(?))', ids.contributions);
  return texts;
}

/**
 * Of these conferences, the ones with a restricted part or an exclusion: only there can a
 * contribution marked for everyone still be kept from the family by when it was said.
 */
export function conferencesWithClosedParts(db: Db, conferenceIds: readonly string[]): Set<string> {
  if (conferenceIds.length === 0) return new Set();
  const ids = JSON.stringify(conferenceIds);
  return new Set(
    db
      .prepare(
        `SELECT conference_id FROM restricted_part WHERE conference_id IN (SELECT value FROM json_each(@ids))
         UNION SELECT conference_id FROM exclusion WHERE conference_id IN (SELECT value FROM json_each(@ids))`,
      )
      .pluck()
      .all({ ids }) as string[],
  );
}

export interface ContributionSpoken {
  readonly id: string;
  readonly conference_id: string;
  readonly spoken_at: string;
  readonly kind: string;
  readonly speaker: string;
  readonly restriction: string;
}

/** What the family-safe search needs to know of each contribution found: when it was said, and its marking. */
export function contributionsSpoken(db: Db, ids: readonly string[]): ContributionSpoken[] {
  if (ids.length === 0) return [];
  return db
    .prepare('SELECT id, conference_id, spoken_at, kind, speaker, restriction FROM contribution WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(ids)) as ContributionSpoken[];
}
