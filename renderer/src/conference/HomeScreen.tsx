import { useEffect, useState } from 'react';
import type { ApiError } from '../../../shared/contract/result';
import { CONFERENCE_STATUS_LABELS, CONFERENCE_TYPE_LABELS, type ConferenceSummary } from '../../../shared/conference/schema';
import { formatDateAndTime, formatIsoDate } from '../../../shared/dates/format';
import { hrefFor, navigate } from '../app/router';
import { useScreenHeading } from '../app/usePageTitle';
import { ErrorMessage } from '../app/ErrorMessage';
import { useConferences } from './store';

export function HomeScreen() {
  const heading = useScreenHeading('Conferences');
  const { list, loadList } = useConferences();
  useEffect(() => {
    void loadList();
  }, [loadList]);

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
      {list.state === 'loading' && <p aria-live="polite">Loading conferences…</p>}
      {list.state === 'failed' && <ErrorMessage error={list.error} />}
      {list.state === 'loaded' &&
        (list.value.length === 0 ? <EmptyState /> : <ConferenceTable conferences={list.value} />)}
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

function ConferenceTable({ conferences }: { readonly conferences: readonly ConferenceSummary[] }) {
  return (
    <table className="table">
      <caption className="visually-hidden">All conferences, soonest first</caption>
      <thead>
        <tr>
          <th scope="col">Children</th>
          <th scope="col">Type</th>
          <th scope="col">Date and time</th>
          <th scope="col">Status</th>
          <th scope="col">Needs attention</th>
        </tr>
      </thead>
      <tbody>
        {conferences.map((conference) => (
          <tr key={conference.id}>
            <th scope="row">
              <a href={hrefFor({ screen: 'conference', conferenceId: conference.id, section: 'overview' })}>
                {conference.children.map((child) => child.displayName).join(', ')}
              </a>
            </th>
            <td>{CONFERENCE_TYPE_LABELS[conference.type]}</td>
            <td>{formatDateAndTime(conference.scheduledDate, conference.scheduledTime)}</td>
            <td>
              <span className={`status status--${conference.status}`}>{CONFERENCE_STATUS_LABELS[conference.status]}</span>
            </td>
            <td>
              <Attention attention={conference.attention} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const ATTENTION_TEXT = { overdue: 'Overdue', 'due-soon': 'Due soon', upcoming: 'Due' } as const;

/** The most pressing deadline: what, by when, and whether it is overdue or due soon. */
function Attention({ attention }: { readonly attention: ConferenceSummary['attention'] }) {
  if (!attention) return <span className="visually-hidden">Nothing due</span>;
  return (
    <>
      <span className={`tag tag--${attention.status}`}>{ATTENTION_TEXT[attention.status]}</span> {attention.label}, by{' '}
      {formatIsoDate(attention.due)}
    </>
  );
}
