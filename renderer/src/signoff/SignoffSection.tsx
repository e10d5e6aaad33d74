import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ConferenceDetail } from '../../../shared/conference/details';
import type { DecisionRecord } from '../../../shared/decision/record';
import { AMENDMENT_SECTION_LABELS, AMENDMENT_SECTIONS, AmendSchema, type AmendmentSection, type AuditEvent } from '../../../shared/decision/signoff';
import type { ApiError } from '../../../shared/contract/result';
import { formatIsoDate } from '../../../shared/dates/format';
import { api } from '../api/client';
import { ErrorMessage } from '../app/ErrorMessage';
import { Field, fieldId } from '../app/fields';
import { hrefFor, navigate } from '../app/router';
import { useConferences } from '../conference/store';
import { Announcer, useAnnounce } from '../family/Announcer';
import { useSave } from '../decision/parts';
import { useDecisionRecord, useRecordFor } from '../decision/store';
import { DistributionPanel } from './DistributionPanel';
import { LetterPanel } from './LetterPanel';

const when = (iso: string) => `${formatIsoDate(iso.slice(0, 10))}, ${iso.slice(11, 16)} UTC`;

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
        {value.status === 'finalised' && <AmendForm conference={conference} />}
        <Amendments record={value} />
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
                <a href={hrefFor({ screen: 'conference', conferenceId: conference.id, section: problem.path.startsWith('plan') ? 'plan' : problem.path.startsWith('decisions') ? 'decision' : 'overview' })}>{problem.message}</a>
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

function Finalised({ conference, record }: { readonly conference: ConferenceDetail; readonly record: DecisionRecord }) {
  const [reviewError, setReviewError] = useState<ApiError | null>(null);
  const [starting, setStarting] = useState(false);
  const announce = useAnnounce();
  const startReview = async () => {
    if (starting) return;
    setStarting(true);
    const result = await api.startReview({ previousConferenceId: conference.id });
    setStarting(false);
    if (!result.ok) return setReviewError(result.error);
    announce('Review conference started.');
    navigate({ screen: 'conference', conferenceId: result.value.id, section: 'overview' });
  };
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
        <>
          <p>
            {record.plan.nextReviewDate ? `The next review is booked for ${formatIsoDate(record.plan.nextReviewDate)}.` : ''} Starting the review carries forward the family, the invitations and the plan.
          </p>
          {reviewError && (
            <p className="field__error" role="alert">
              {reviewError.message}
            </p>
          )}
          <button type="button" className="button button--primary" onClick={startReview} aria-disabled={starting}>
            Start the review conference
          </button>
        </>
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

function AmendForm({ conference }: { readonly conference: ConferenceDetail }) {
  const [draft, setDraft] = useState({ section: 'plan' as AmendmentSection, original: '', correction: '', reason: '' });
  const [id, setId] = useState(() => crypto.randomUUID());
  const { save, errors, summary } = useSave(AmendSchema, (input) => api.amendConference(input));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await save({ conferenceId: conference.id, id, entityId: null, ...draft }, 'Amendment recorded.')) {
      setDraft({ section: draft.section, original: '', correction: '', reason: '' });
      setId(crypto.randomUUID());
    }
  };
  return (
    <form className="panel form-panel" onSubmit={submit} noValidate aria-labelledby="amend-heading">
      <h3 id="amend-heading">Record a correction (amendment)</h3>
      {summary}
      <Field id={fieldId('section')} label="Part of the record" error={errors['section']}>
        {({ id: inputId, describedBy, invalid }) => (
          <select id={inputId} value={draft.section} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setDraft({ ...draft, section: e.target.value as AmendmentSection })}>
            {AMENDMENT_SECTIONS.map((s) => (
              <option key={s} value={s}>
                {AMENDMENT_SECTION_LABELS[s]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={fieldId('original')} label="What the record says now" error={errors['original']}>
        {({ id: inputId, describedBy, invalid }) => <textarea id={inputId} value={draft.original} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setDraft({ ...draft, original: e.target.value })} />}
      </Field>
      <Field id={fieldId('correction')} label="The correction" error={errors['correction']}>
        {({ id: inputId, describedBy, invalid }) => <textarea id={inputId} value={draft.correction} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setDraft({ ...draft, correction: e.target.value })} />}
      </Field>
      <Field id={fieldId('reason')} label="Reason for the correction" error={errors['reason']}>
        {({ id: inputId, describedBy, invalid }) => <textarea id={inputId} value={draft.reason} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setDraft({ ...draft, reason: e.target.value })} />}
      </Field>
      <div className="button-row">
        <button type="submit" className="button button--primary">
          Record the amendment
        </button>
      </div>
    </form>
  );
}

function Amendments({ record }: { readonly record: DecisionRecord }) {
  if (record.amendments.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="amendments-heading">
      <h3 id="amendments-heading">Amendments</h3>
      <ul className="family-plain-list signoff-amendments">
        {record.amendments.map((a) => (
          <li key={a.id}>
            <p>
              <strong>{AMENDMENT_SECTION_LABELS[a.section]}</strong>, {when(a.amendedAt)} by {a.amendedBy}
            </p>
            {a.original && <p>Original: {a.original}</p>}
            <p>Correction: {a.correction}</p>
            <p>Reason: {a.reason}</p>
          </li>
        ))}
      </ul>
    </section>
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
