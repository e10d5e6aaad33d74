import { useEffect } from 'react';
import { CONFERENCE_STATUS_LABELS, CONFERENCE_TYPE_LABELS, type ConferenceSummary } from '../../../shared/conference/schema';
import { formatDateAndTime } from '../../../shared/dates/format';
import { hrefFor } from '../app/router';
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
  return (
    <section className="empty-state" aria-labelledby="empty-heading">
      <h2 id="empty-heading">No conferences yet</h2>
      <p>
        Set up your first conference with <strong>New conference</strong>: add the children, choose the type of
        conference and when it will be held.
      </p>
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
          </tr>
        ))}
      </tbody>
    </table>
  );
}
