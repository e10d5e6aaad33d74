import { create } from 'zustand';
import type { ApiError } from '../../../shared/contract/result';
import type { ConferenceStatus, ConferenceType } from '../../../shared/conference/schema';
import { SEARCH_PAGE_SIZE, type DueFilter, type SearchResult } from '../../../shared/search/schema';
import { api } from '../api/client';
import { useFamilySafe } from '../app/familySafe';

/** What the chair has asked for: words and filters. Empty words list the caseload by the filters. */
export interface SearchQuery {
  readonly text: string;
  readonly status: ConferenceStatus | null;
  readonly type: ConferenceType | null;
  readonly chairId: string | null;
  readonly due: DueFilter;
}

export const NO_QUERY: SearchQuery = { text: '', status: null, type: null, chairId: null, due: 'any' };

export function isEmptyQuery(query: SearchQuery): boolean {
  return query.text.trim() === '' && query.status === null && query.type === null && query.chairId === null && query.due === 'any';
}

export type SearchState =
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly error: ApiError }
  | {
      readonly state: 'loaded';
      readonly query: SearchQuery;
      readonly results: readonly SearchResult[];
      readonly total: number;
      readonly more: boolean;
      readonly loadingMore: boolean;
    };

interface CaseloadSearchStore {
  readonly query: SearchQuery;
  readonly found: SearchState;
  readonly setQuery: (change: Partial<SearchQuery>) => void;
  readonly search: () => Promise<void>;
  /** On arriving at the screen: nothing stale is shown while the first answer comes. */
  readonly open: () => Promise<void>;
  /** The next page, added below what is shown. Resolves with the index of the first new result. */
  readonly showMore: () => Promise<number | null>;
}

// Answers can arrive out of order while someone types: only the latest request's answer is shown.
let latest = 0;

export const useCaseloadSearch = create<CaseloadSearchStore>((set, get) => ({
  query: NO_QUERY,
  found: { state: 'loading' },
  setQuery(change) {
    set({ query: { ...get().query, ...change } });
  },
  async search() {
    const request = ++latest;
    const query = get().query;
    const result = await api.searchCaseload({ ...query, familySafe: useFamilySafe.getState().on, offset: 0, limit: SEARCH_PAGE_SIZE });
    if (request !== latest) return;
    set({
      found: result.ok
        ? { state: 'loaded', query, results: result.value.results, total: result.value.total, more: result.value.more, loadingMore: false }
        : { state: 'failed', error: result.error },
    });
  },
  async open() {
    set({ found: { state: 'loading' } });
    await get().search();
  },
  async showMore() {
    const found = get().found;
    if (found.state !== 'loaded') return null;
    const request = ++latest;
    set({ found: { ...found, loadingMore: true } });
    const result = await api.searchCaseload({ ...found.query, familySafe: useFamilySafe.getState().on, offset: found.results.length, limit: SEARCH_PAGE_SIZE });
    if (request !== latest) return null;
    if (!result.ok) {
      set({ found: { state: 'failed', error: result.error } });
      return null;
    }
    set({
      found: { ...found, results: [...found.results, ...result.value.results], total: result.value.total, more: result.value.more, loadingMore: false },
    });
    return found.results.length;
  },
}));

// Turning the family-safe screen on or off searches again at once: nothing found before stays on
// screen meanwhile, and an answer to a request sent before is dropped (see `latest`).
useFamilySafe.subscribe(() => void useCaseloadSearch.getState().open());
