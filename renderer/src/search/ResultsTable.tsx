import { CONFERENCE_STATUS_LABELS, CONFERENCE_TYPE_LABELS, type ConferenceSummary } from '../../../shared/conference/schema';
import { formatDateAndTime, formatIsoDate } from '../../../shared/dates/format';
import { SEARCH_MATCH_LABELS, type SearchMatch, type SearchResult } from '../../../shared/search/schema';
import { hrefFor } from '../app/router';

interface ResultsTableProps {
  readonly results: readonly SearchResult[];
  readonly caption: string;
  /** Whether to show what matched (when words were searched for). */
  readonly showMatches: boolean;
}

/** Conferences, one a row; each says what needs attention and, for a search, why it was found. */
export function ResultsTable({ results, caption, showMatches }: ResultsTableProps) {
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Children</th>
            <th scope="col">Type</th>
            <th scope="col">Date and time</th>
            <th scope="col">Status</th>
            <th scope="col">Needs attention</th>
            {showMatches && <th scope="col">Found</th>}
          </tr>
        </thead>
        <tbody>
          {results.map(({ conference, matches }, index) => (
            <tr key={conference.id} data-result-index={index}>
              <th scope="row">
                <a href={hrefFor({ screen: 'conference', conferenceId: conference.id, section: 'overview' })}>
                  {conference.children.map((child) => child.displayName).join(', ') || 'No children recorded'}
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
              {showMatches && (
                <td>
                  <Matches matches={matches} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
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

const RESTRICTION_TEXT = { 'not-for-family': 'Not for the family', 'not-for-named': 'Kept from named family members', 'shared-only-with': 'Shared only with named people' } as const;

/** Why the conference was found; a restricted contribution says so before its words. */
function Matches({ matches }: { readonly matches: readonly SearchMatch[] }) {
  if (matches.length === 0) return null;
  return (
    <ul className="search-matches">
      {matches.map((match) => (
        <li key={match.entityId}>
          <span className="search-matches__kind">{SEARCH_MATCH_LABELS[match.kind]}:</span>{' '}
          {match.restrictionLevel !== 'none' && <span className="tag tag--confidential">{RESTRICTION_TEXT[match.restrictionLevel]}</span>}{' '}
          {match.text}
        </li>
      ))}
    </ul>
  );
}
