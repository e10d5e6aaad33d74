import { useState } from 'react';
import type { ApiError } from '../../../shared/contract/result';
import { hrefFor, navigate } from '../app/router';
import { useScreenHeading } from '../app/usePageTitle';
import { ErrorMessage } from '../app/ErrorMessage';
import { useConferences } from './store';
// Search
import { CaseloadSearch } from '../search/CaseloadSearch';

export function HomeScreen() {
  const heading = useScreenHeading('Conferences');

  return (
    <>
      <div className="screen-header">
        <h1 ref={heading} tabIndex={-1}>
          Conferences
        </h1>
        <a className="button button--primary" href={hrefFor({ screen: 'new-conference' })}>
          New conference
        </a>
      </div>
      {/* Search: the caseload a page at a time, with search and filters (renderer/src/search). */}
      <CaseloadSearch emptyState={<EmptyState />} />
    </>
  );
}

function EmptyState() {
  const loadExample = useConferences((state) => state.loadExample);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const open = async () => {
    setLoading(true);
    const result = await loadExample();
    setLoading(false);
    if (result.ok) navigate({ screen: 'conference', conferenceId: result.value.id, section: 'overview' });
    else setError(result.error);
  };
  return (
    <section className="empty-state" aria-labelledby="empty-heading">
      <h2 id="empty-heading">No conferences yet</h2>
      <p>
        Set up your first conference with <strong>New conference</strong>: add the children, choose the type of
        conference and when it will be held.
      </p>
      <p>
        Or look around first with an example: a fictional family, the Prices and the Mills, with their initial
        conference already set up.
      </p>
      {error && <ErrorMessage error={error} />}
      <button type="button" className="button button--secondary" onClick={() => void open()} disabled={loading}>
        {loading ? 'Opening the example…' : 'Open the example conference'}
      </button>
    </section>
  );
}
