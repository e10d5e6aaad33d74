import { useState, type FormEvent } from 'react';
import type { ConferenceDetail } from '../../../shared/conference/details';
import type { DecisionRecord } from '../../../shared/decision/record';
import { formatIsoDate } from '../../../shared/dates/format';
import { DOCUMENT_LABELS, DOCUMENTS, RecordSentSchema, type DocumentKind } from '../../../shared/letter/distribution';
import { api } from '../api/client';
import { DateInput } from '../app/DateInput';
import { Field, fieldId } from '../app/fields';
import { useSave } from '../decision/parts';
import { RecipientForm } from './RecipientForm';
import { RecipientRow } from './RecipientRow';

/** Who receives what, and when it was sent, against the authority's deadlines. */
export function DistributionPanel({ conference, record }: { readonly conference: ConferenceDetail; readonly record: DecisionRecord }) {
  const { distribution } = record;
  const editable = record.status !== 'finalised';
  return (
    <section className="panel" aria-labelledby="distribution-heading">
      <h3 id="distribution-heading" tabIndex={-1}>
        Distribution
      </h3>
      <p>
        Decision letter due by {distribution.decisionLetterDue ? formatIsoDate(distribution.decisionLetterDue) : '—'}; the record and the plan by{' '}
        {distribution.recordDue ? formatIsoDate(distribution.recordDue) : '—'}.
      </p>
      {distribution.recipients.length === 0 ? (
        <p className="empty-state">No one on the distribution list yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">Who receives what</caption>
            <thead>
              <tr>
                <th scope="col">Who</th>
                <th scope="col">Receives</th>
                <th scope="col">Sent</th>
                {editable && (
                  <th scope="col">
                    <span className="visually-hidden">Change or remove</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {distribution.recipients.map((r) => (
                <RecipientRow key={r.id} conference={conference} recipient={r} editable={editable} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editable && <RecipientForm conference={conference} />}
      {distribution.recipients.length > 0 && <SentForm conference={conference} record={record} />}
    </section>
  );
}

function SentForm({ conference, record }: { readonly conference: ConferenceDetail; readonly record: DecisionRecord }) {
  const [recipientId, setRecipientId] = useState('');
  const [document, setDocument] = useState<DocumentKind>('decision-letter');
  const [sentOn, setSentOn] = useState('');
  const { save, errors, summary } = useSave(RecordSentSchema, (input) => api.recordSent(input));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await save({ conferenceId: conference.id, recipientId, document, sentOn }, 'Recorded as sent.');
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="sent-heading">
      <h4 id="sent-heading">Record that a document was sent</h4>
      {summary}
      <Field id={fieldId('recipientId')} label="To" error={errors['recipientId']}>
        {({ id, describedBy, invalid }) => (
          <select id={id} value={recipientId} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setRecipientId(e.target.value)}>
            <option value="">Choose a person</option>
            {record.distribution.recipients.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={fieldId('document')} label="Document" error={errors['document']}>
        {({ id, describedBy, invalid }) => (
          <select id={id} value={document} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setDocument(e.target.value as DocumentKind)}>
            {DOCUMENTS.map((d) => (
              <option key={d} value={d}>
                {DOCUMENT_LABELS[d]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <DateInput id={fieldId('sentOn')} legend="Date sent" error={errors['sentOn']} value={sentOn} onChange={setSentOn} />
      <button type="submit" className="button button--secondary">
        Record as sent
      </button>
    </form>
  );
}
