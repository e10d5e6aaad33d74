import { useEffect, useRef, type ReactNode } from 'react';
import { ErrorMessage } from '../app/ErrorMessage';
import { useProfessionals } from '../conference/useProfessionals';
import { ResultsTable } from './ResultsTable';
import { SearchFilters } from './SearchFilters';
import { isEmptyQuery, useCaseloadSearch, type SearchState } from './store';
import { useSearchShortcut } from './useSearchShortcut';

const TYPING_PAUSE_MS = 250;
const count = (n: number) => n.toLocaleString('en-GB');

/**
 * The caseload on the home screen: a search box and filters above the list of conferences. With
 * no words the list is the caseload itself, upcoming first then the most recent, a page at a time
 * ("Show more"), so the screen stays quick with thousands of conferences. How many were found is
 * announced politely after each search.
 */
export function CaseloadSearch({ emptyState }: { readonly emptyState: ReactNode }) {
  const { query, found, setQuery, search, open, showMore } = useCaseloadSearch();
  const chairs = useProfessionals();
  const input = useRef<HTMLInputElement>(null);
  useSearchShortcut(input);

  // Filters search at once; words after a short pause in typing.
  const filters = `${query.status}|${query.type}|${query.chairId}|${query.due}`;
  const firstFilters = useRef(true);
  useEffect(() => {
    if (firstFilters.current) {
      firstFilters.current = false;
      void open();
      return;
    }
    void search();
  }, [filters, search, open]);
  const text = query.text;
  const firstText = useRef(true);
  useEffect(() => {
    if (firstText.current) {
      firstText.current = false;
      return;
    }
    const timer = setTimeout(() => void search(), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text, search]);

  const onShowMore = async () => {
    const first = await showMore();
    if (first !== null) document.querySelector<HTMLAnchorElement>(`[data-result-index="${first}"] a`)?.focus();
  };

  const nothingAtAll = found.state === 'loaded' && found.total === 0 && isEmptyQuery(found.query);
  return (
    <>
      <form
        role="search"
        aria-label="Conferences"
        className="search"
        onSubmit={(event) => {
          event.preventDefault();
          void search();
        }}
      >
        <div className="field search__words">
          <label className="field__label" htmlFor="search-text">
            Search conferences
          </label>
          <p className="field__hint" id="search-text-hint">
            Children’s and family names, venues and words said in conferences. Press / to come back here.
          </p>
          <input
            ref={input}
            id="search-text"
            type="search"
            autoComplete="off"
            spellCheck={false}
            aria-describedby="search-text-hint"
            maxLength={200}
            value={query.text}
            onChange={(event) => setQuery({ text: event.target.value })}
          />
        </div>
        <SearchFilters query={query} chairs={chairs} onChange={setQuery} />
      </form>
      <p role="status" className="search__count">
        {announcement(found)}
      </p>
      {found.state === 'failed' && <ErrorMessage error={found.error} />}
      {nothingAtAll && emptyState}
      {found.state === 'loaded' && found.results.length > 0 && (
        <>
          <ResultsTable
            results={found.results}
            showMatches={found.query.text.trim() !== ''}
            caption={isEmptyQuery(found.query) ? 'Conferences: upcoming soonest first, then the most recent' : 'Conferences found'}
          />
          {found.results.length < found.total && (
            <button type="button" className="button button--secondary" onClick={() => void onShowMore()} disabled={found.loadingMore}>
              {found.loadingMore ? 'Loading more…' : 'Show more conferences'}
            </button>
          )}
        </>
      )}
    </>
  );
}

function announcement(found: SearchState): string {
  if (found.state === 'loading') return 'Loading conferences…';
  if (found.state === 'failed') return '';
  const { total, results, more } = found;
  if (total === 0) return isEmptyQuery(found.query) ? '' : 'No conferences match.';
  const noun = total === 1 ? 'conference' : 'conferences';
  const shown = results.length < total ? ` Showing ${count(results.length)}.` : '';
  if (more) return `At least ${count(total)} ${noun} found; the most recent matches are shown first.${shown}`;
  if (isEmptyQuery(found.query)) return `${count(total)} ${noun}.${shown}`;
  return `${count(total)} ${total === 1 ? 'result' : 'results'}.${shown}`;
}
