import { useEffect, useRef, useState } from 'react';
import type { ConferenceDetail } from '../../../shared/conference/details';
import type { DecisionRecord } from '../../../shared/decision/record';
import type { AuditEvent } from '../../../shared/decision/signoff';
import type { ApiError } from '../../../shared/contract/result';
import { formatIsoDate } from '../../../shared/dates/format';
import { api } from '../api/client';
import { ErrorMessage } from '../app/ErrorMessage';
import { hrefFor, type Route } from '../app/router';
import { useConferences } from '../conference/store';
import { Announcer } from '../family/Announcer';
import { useDecisionRecord, useRecordFor } from '../decision/store';
import { Amending } from './Amending';
import { Amendments } from './Amendments';
import { DistributionPanel } from './DistributionPanel';
import { LetterPanel } from './LetterPanel';
import { StartReviewForm } from './StartReviewForm';
import { when } from './when';

/** Sign-off: what is left to do, finalising, amendments, the letter, distribution, the review and the history. */
export function SignoffSection({ conference }: { readonly conference: ConferenceDetail }) {
  const record = useRecordFor(conference.id, conference.updatedAt);
  if (record.state === 'failed') return <ErrorMessage error={record.error} />;
  if (record.state === 'loading') return <p aria-live="polite">Loading sign-off…</p>;
  const value = record.value;
  return (
    <Announcer>
      <section aria-labelledby="signoff-heading">
        <h2 id="signoff-heading">Sign-off and history</h2>
        {value.status === 'finalised' ? <Finalised conference={conference} record={value} /> : <Finalise conference={conference} record={value} />}
        {value.status === 'finalised' && <Amending conference={conference} record={value} />}
        <Amendments conference={conference} record={value} />
        <LetterPanel conference={conference} record={value} />
        <DistributionPanel conference={conference} record={value} />
        <History conference={conference} record={value} />
      </section>
    </Announcer>
  );
}

function Finalise({ conference, record }: { readonly conference: ConferenceDetail; readonly record: DecisionRecord }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const apply = useDecisionRecord((state) => state.apply);
  const loadConference = useConferences((state) => state.loadConference);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirm.current?.focus();
  }, [confirming]);
  const finalise = async () => {
    const result = await apply(api.finaliseConference({ conferenceId: conference.id }));
    setConfirming(false);
    if (!result.ok) return setError(result.error);
    await loadConference(conference.id);
  };
  return (
    <div className="panel">
      <h3>Finalise the conference</h3>
      {record.readiness.length > 0 ? (
        <>
          <p>Before the chair can finalise the conference:</p>
          <ul className="signoff-readiness">
            {record.readiness.map((problem) => (
              <li key={problem.path}>
                <a href={hrefFor(problemRoute(conference.id, problem.path))}>{problem.message}</a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>Everything needed is recorded. Once finalised, the record cannot be changed; corrections are recorded as amendments beside the original.</p>
      )}
      {error && (
        <p className="field__error" role="alert">
          {error.message}
        </p>
      )}
      {!confirming && record.readiness.length === 0 && (
        <button type="button" className="button button--primary" onClick={() => setConfirming(true)}>
          Finalise the conference
        </button>
      )}
      {confirming && (
        <div className="notice notice--warning">
          <p id="finalise-question">
            <strong>Finalise this conference?</strong> Nothing in it can be changed afterwards.
          </p>
          <div className="button-row">
            <button ref={confirm} type="button" className="button button--primary" aria-describedby="finalise-question" onClick={finalise}>
              Yes, finalise it
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

/** Where each thing left to do is put right. */
function problemRoute(conferenceId: string, path: string): Route {
  if (path.startsWith('minutes')) return { screen: 'capture', conferenceId };
  return { screen: 'conference', conferenceId, section: path.startsWith('plan') ? 'plan' : path.startsWith('decisions') ? 'decision' : 'overview' };
}

function Finalised({ conference, record }: { readonly conference: ConferenceDetail; readonly record: DecisionRecord }) {
  return (
    <div className="panel">
      <h3>Finalised</h3>
      <p>
        <span className="status status--finalised">Finalised</span> on {record.finalisedAt ? when(record.finalisedAt) : ''} by {record.finalisedBy}. The database refuses any change to this conference; corrections are amendments.
      </p>
      {record.nextReview ? (
        <p>
          The review is on {formatIsoDate(record.nextReview.scheduledDate)}:{' '}
          <a href={hrefFor({ screen: 'conference', conferenceId: record.nextReview.conferenceId, section: 'overview' })}>open the review conference</a>.
        </p>
      ) : (
        <StartReviewForm conference={conference} record={record} />
      )}
      {record.previous && (
        <p>
          This review follows the conference of {formatIsoDate(record.previous.scheduledDate)}:{' '}
          <a href={hrefFor({ screen: 'conference', conferenceId: record.previous.conferenceId, section: 'signoff' })}>open it</a>.
        </p>
      )}
    </div>
  );
}

const ACTION_WORDS: Readonly<Record<string, string>> = { create: 'Added', update: 'Changed', delete: 'Removed', export: 'Sent', import: 'Imported' };

function History({ conference, record }: { readonly conference: ConferenceDetail; readonly record: DecisionRecord }) {
  const [events, setEvents] = useState<readonly AuditEvent[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    let live = true;
    void api.getConferenceHistory({ conferenceId: conference.id }).then((result) => {
      if (!live) return;
      if (result.ok) setEvents(result.value);
      else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [conference.id, record]);
  return (
    <section className="panel" aria-labelledby="history-heading">
      <h3 id="history-heading">History of every change</h3>
      {error && <ErrorMessage error={error} />}
      {events === null && !error && <p>Loading the history…</p>}
      {events && (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">Every change to this conference, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Record</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.seq}>
                  <td>{when(event.at)}</td>
                  <td>{event.actor}</td>
                  <td>
                    {ACTION_WORDS[event.action] ?? event.action}: {event.what}
                  </td>
                  <td className="signoff-entity">{event.entityId.slice(0, 8)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
