import type { ConferenceSummary } from '../../shared/conference/schema';
import { localIsoDate } from '../../shared/dates/local-date';
import { searchTerms, toFtsQuery } from '../../shared/search/query';
import type { DueFilter, SearchCaseload, SearchMatch, SearchResults } from '../../shared/search/schema';
import { caseloadRowsByIds, listCaseloadKeys, type CaseloadKey, type CaseloadRow } from '../../db/search/caseload';
import { conferencesWithClosedParts, contributionsSpoken, matchContributions, matchNames, matchTexts, type ContributionHit } from '../../db/search/queries';
import { listExclusions, listRestrictedParts, parseSpeaker } from '../../db/capture/queries';
import { contributionShownToFamily } from '../../shared/audience/family-screen';
import { RestrictionSchema } from '../../shared/audience/restriction';
import type { ContributionKind } from '../../shared/capture/schema';
import type { Db } from '../../db/open';
import type { HandlerContext } from './context';
import { refreshNextDeadlines } from './next-deadline';
import { attentionCalculator, caseloadRules, dueSoonBefore, summarise } from './summaries';

/** How many contributions a search reads at most; past this it says there may be more. */
export const CONTRIBUTION_SCAN_CAP = 2_000;
const NAME_SCAN_CAP = 2_000;
const MATCHES_PER_RESULT = 3;

interface Found {
  readonly kind: SearchMatch['kind'];
  readonly entityId: string;
  readonly restrictionLevel: SearchMatch['restrictionLevel'];
}

/**
 * The caseload search: conferences that pass the filters and, when words are given, whose
 * children, family, venue or contributions contain them, a page at a time. Each result says what
 * matched; a contribution keeps its restriction marking, and with `familySafe` no restricted
 * contribution is read at all.
 */
export function searchCaseload(context: HandlerContext, input: SearchCaseload): SearchResults {
  const { db } = context;
  const today = localIsoDate(context.now());
  // The deadline filters compare each conference's stored next open deadline with today, in SQL.
  if (input.due !== 'any') refreshNextDeadlines(db);
  const filter = {
    status: input.status ?? undefined,
    type: input.type ?? undefined,
    chairId: input.chairId ?? undefined,
    nextDue: input.due === 'any' ? undefined : nextDueRange(input.due, today, dueSoonBefore(caseloadRules(db), today)),
  };
  const match = toFtsQuery(input.text);

  const byConference = new Map<string, Found[]>();
  const byFamily = new Map<string, Found[]>();
  const add = (map: Map<string, Found[]>, key: string, found: Found) => {
    const list = map.get(key);
    if (list) list.push(found);
    else map.set(key, [found]);
  };
  let more = false;
  let keys: CaseloadKey[];
  if (match === null) {
    keys = listCaseloadKeys(db, today, filter);
  } else {
    for (const hit of matchNames(db, match, NAME_SCAN_CAP)) {
      const found = { kind: hit.kind, entityId: hit.entity_id, restrictionLevel: 'none' } as const;
      if (hit.kind === 'conference') add(byConference, hit.entity_id, found);
      else add(byFamily, hit.family_id, found);
    }
    const found = matchContributions(db, match, { cap: CONTRIBUTION_SCAN_CAP, familySafe: input.familySafe });
    more = found.length === CONTRIBUTION_SCAN_CAP;
    const contributions = input.familySafe ? shownToFamily(db, found) : found;
    for (const hit of contributions) add(byConference, hit.conference_id, { kind: 'contribution', entityId: hit.entity_id, restrictionLevel: hit.restriction_level });
    keys = byConference.size + byFamily.size === 0 ? [] : listCaseloadKeys(db, today, filter, { conferenceIds: [...byConference.keys()], familyIds: [...byFamily.keys()] });
  }

  const attention = attentionCalculator(context, today);
  const page = keys.slice(input.offset, input.offset + input.limit);
  const rowsById = new Map(caseloadRowsByIds(db, page.map((key) => key.id)).map((row) => [row.id, row]));
  const total = keys.length;

  const rows = page.flatMap((key) => rowsById.get(key.id) ?? []);
  const summaries = summarise(context, rows, attention);
  const foundOn = (row: CaseloadRow) =>
    [...(byFamily.get(row.family_id) ?? []), ...(byConference.get(row.id) ?? [])].slice(0, MATCHES_PER_RESULT);
  const shown = rows.flatMap(foundOn);
  const texts = matchTexts(db, {
    familyMembers: shown.filter((f) => f.kind === 'family-member').map((f) => f.entityId),
    conferences: shown.filter((f) => f.kind === 'conference').map((f) => f.entityId),
    contributions: shown.filter((f) => f.kind === 'contribution').map((f) => f.entityId),
  });
  const terms = searchTerms(input.text);
  return {
    results: summaries.map((conference, index) => {
      const row = rows[index] as CaseloadRow;
      return {
        conference,
        matches: foundOn(row).map((found) => ({ ...found, text: matchText(found, conference, texts, terms) })),
      };
    }),
    total,
    more,
    offset: input.offset,
  };
}

/**
 * The contributions found that may be on a screen the family can see. SQL has already left out
 * every one marked restricted; this leaves out what was said in a closed part of the meeting or
 * while someone was out, by the same rule as the family's screens and documents.
 */
function shownToFamily(db: Db, hits: readonly ContributionHit[]): ContributionHit[] {
  if (hits.length === 0) return [];
  // Where no one left the room and no one was excluded, a contribution for everyone is shown.
  const closed = conferencesWithClosedParts(db, [...new Set(hits.map((hit) => hit.conference_id))]);
  const toJudge = hits.filter((hit) => closed.has(hit.conference_id));
  if (toJudge.length === 0) return [...hits];
  const spoken = new Map(contributionsSpoken(db, toJudge.map((hit) => hit.entity_id)).map((row) => [row.id, row]));
  const rooms = new Map<string, { restrictedParts: ReturnType<typeof listRestrictedParts>; exclusions: ReturnType<typeof listExclusions> }>();
  const roomOf = (conferenceId: string) => {
    let room = rooms.get(conferenceId);
    if (room === undefined) {
      room = { restrictedParts: listRestrictedParts(db, conferenceId), exclusions: listExclusions(db, conferenceId) };
      rooms.set(conferenceId, room);
    }
    return room;
  };
  return hits.filter((hit) => {
    if (!closed.has(hit.conference_id)) return true;
    const row = spoken.get(hit.entity_id);
    if (row === undefined) return false;
    const contribution = { restriction: RestrictionSchema.parse(JSON.parse(row.restriction)), spokenAt: row.spoken_at, kind: row.kind as ContributionKind, speaker: parseSpeaker(row.speaker) };
    return contributionShownToFamily(contribution, roomOf(row.conference_id));
  });
}

/**
 * A deadline filter as a range of next due dates. A conference's most pressing deadline is its
 * open deadline due first (see nextOpenDeadline in summaries.ts): overdue when that is before
 * today, due soon from today until the warning period ends.
 */
export function nextDueRange(
  due: Exclude<DueFilter, 'any'>,
  today: string,
  dueSoonBefore: string,
): { from?: string; before: string; windowsFrom?: string } {
  // A dissent window still open is due soon, never overdue (see migration 0018).
  switch (due) {
    case 'due-soon':
      return { from: today, before: dueSoonBefore, windowsFrom: today };
    case 'overdue':
      return { before: today };
    case 'due-soon-or-overdue':
      return { before: dueSoonBefore, windowsFrom: today };
    default: {
      const unexpected: never = due;
      throw new Error(`Unknown deadline filter ${String(unexpected)}`);
    }
  }
}

function matchText(found: Found, conference: ConferenceSummary, texts: ReadonlyMap<string, string>, terms: readonly string[]): string {
  if (found.kind === 'child') return conference.children.find((child) => child.id === found.entityId)?.displayName ?? '';
  const text = texts.get(found.entityId) ?? '';
  return found.kind === 'contribution' ? excerpt(text, terms) : text;
}

const EXCERPT_LENGTH = 160;

/** The part of a long contribution around the first word searched for. */
export function excerpt(text: string, terms: readonly string[]): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT_LENGTH) return flat;
  const lower = flat.toLocaleLowerCase('en-GB');
  const at = terms.map((term) => lower.indexOf(term.toLocaleLowerCase('en-GB'))).filter((index) => index >= 0).sort((a, b) => a - b)[0] ?? 0;
  const start = Math.max(0, Math.min(at - 40, flat.length - EXCERPT_LENGTH));
  const end = start + EXCERPT_LENGTH;
  return `${start > 0 ? '…' : ''}${flat.slice(start, end).trim()}${end < flat.length ? '…' : ''}`;
}
