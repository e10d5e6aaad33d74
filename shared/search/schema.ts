import { z } from 'zod';
import { CONFERENCE_STATUSES, CONFERENCE_TYPES, ConferenceSummarySchema } from '../conference/schema';
import { RESTRICTION_LEVELS } from '../audience/restriction';
import { entityId } from '../text/fields';

export const MAX_SEARCH_TEXT = 200;
export const SEARCH_PAGE_SIZE = 50;

/** Deadline filters: the home screen's "what needs attention". */
export const DUE_FILTERS = ['any', 'due-soon', 'overdue', 'due-soon-or-overdue'] as const;
export type DueFilter = (typeof DUE_FILTERS)[number];
export const DUE_FILTER_LABELS: Readonly<Record<DueFilter, string>> = {
  any: 'Any',
  'due-soon': 'Due soon',
  overdue: 'Overdue',
  'due-soon-or-overdue': 'Due soon or overdue',
};

/**
 * A search of the caseload. Empty text lists conferences by the filters alone: upcoming first
 * (soonest first), then past ones (most recent first), a page at a time.
 *
 * `familySafe` is for anything that feeds what the family will see: it leaves out every
 * contribution that is not marked `none`, in SQL, before anything else sees it.
 */
export const SearchCaseloadSchema = z
  .object({
    text: z.string({ error: 'The search must be text.' }).max(MAX_SEARCH_TEXT, { message: `Search for at most ${MAX_SEARCH_TEXT} characters.` }).default(''),
    status: z.enum(CONFERENCE_STATUSES, { error: 'Choose a status from the list.' }).nullable().default(null),
    type: z.enum(CONFERENCE_TYPES, { error: 'Choose a type from the list.' }).nullable().default(null),
    chairId: entityId.nullable().default(null),
    due: z.enum(DUE_FILTERS, { error: 'Choose a deadline filter from the list.' }).default('any'),
    familySafe: z.boolean().default(false),
    offset: z.number().int().min(0).max(100_000).default(0),
    limit: z.number().int().min(1).max(200).default(SEARCH_PAGE_SIZE),
  })
  .strict();
export type SearchCaseload = z.infer<typeof SearchCaseloadSchema>;

export const SEARCH_MATCH_KINDS = ['child', 'family-member', 'conference', 'contribution'] as const;
export type SearchMatchKind = (typeof SEARCH_MATCH_KINDS)[number];
export const SEARCH_MATCH_LABELS: Readonly<Record<SearchMatchKind, string>> = {
  child: 'Child',
  'family-member': 'Family and network',
  conference: 'Conference',
  contribution: 'Contribution',
};

/** Why a conference was found. A contribution carries its restriction marking with it. */
export const SearchMatchSchema = z.object({
  kind: z.enum(SEARCH_MATCH_KINDS),
  entityId: entityId,
  text: z.string(),
  restrictionLevel: z.enum(RESTRICTION_LEVELS),
});
export type SearchMatch = z.infer<typeof SearchMatchSchema>;

export const SearchResultSchema = z.object({
  conference: ConferenceSummarySchema,
  matches: z.array(SearchMatchSchema),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;

export const SearchResultsSchema = z.object({
  results: z.array(SearchResultSchema),
  /** How many conferences match in all; a lower bound when `more` says the search stopped early. */
  total: z.number().int().min(0),
  /** A very common word matches more than the search reads: there may be more than `total`. */
  more: z.boolean(),
  offset: z.number().int().min(0),
});
export type SearchResults = z.infer<typeof SearchResultsSchema>;
