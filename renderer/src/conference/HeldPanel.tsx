import { useRef, useState, type FormEvent } from 'react';
import { MarkHeldSchema, type ConferenceDetail } from '../../../shared/conference/details';
import { formatDateAndTime } from '../../../shared/dates/format';
import { normaliseTimeOfDay } from '../../../shared/dates/local-date';
import { api } from '../api/client';
import { DateInput } from '../app/DateInput';
import { ErrorSummary } from '../app/ErrorSummary';
import { Field, fieldId } from '../app/fields';
import { submitForm, type FieldErrors } from '../app/submit';
import { useConferences } from './store';

/**
 * Held is its own state (issue 15): the chair records when the conference actually took place,
 * in UK local time, before it is written up and finalised. The deadlines after the meeting start
 * from that day. Until it is finalised the time can be corrected or the mark taken away.
 */
export function HeldPanel({ conference }: { readonly conference: ConferenceDetail }) {
  const applyChange = useConferences((state) => state.applyChange);
  const [editing, setEditing] = useState(false);
  const [date, setDate] = useState(conference.held?.date ?? conference.details.scheduledDate);
  const [time, setTime] = useState(conference.held?.time ?? conference.details.scheduledTime);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const finalised = conference.status === 'finalised';

  const save = async (held: { date: string; time: string } | null) => {
    if (saving) return;
    setSaving(true);
    const outcome = await submitForm(MarkHeldSchema, { conferenceId: conference.id, held }, (input) => applyChange(api.markConferenceHeld(input)));
    setSaving(false);
    if (outcome.ok) {
      setErrors({});
      setMessage(null);
      setEditing(false);
      setStatus(held ? `Marked as held on ${formatDateAndTime(held.date, held.time)}.` : 'No longer marked as held.');
      // The form goes: focus stays in the panel, on its heading, with the change announced.
      requestAnimationFrame(() => heading.current?.focus());
      return;
    }
    setErrors(outcome.fields);
    setMessage(outcome.message);
    setStatus('');
    // The summary takes focus and comes into view itself (ErrorSummary).
    setAttempt((count) => count + 1);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save({ date, time: normaliseTimeOfDay(time) });
  };

  const summaryItems = [
    ...(message && Object.keys(errors).length === 0 ? [{ message }] : []),
    ...Object.entries(errors).map(([path, text]) => ({ fieldId: fieldId(path === 'held' ? 'held.date' : path), message: text })),
  ];

  return (
    <section className="panel" aria-labelledby="held-heading">
      <h2 id="held-heading" ref={heading} tabIndex={-1}>
        The meeting
      </h2>
      {conference.held ? (
        <p data-testid="held-when">
          Held on <strong>{formatDateAndTime(conference.held.date, conference.held.time)}</strong> (UK time).
          {finalised ? ' The conference is finalised.' : ' Being written up: finalise it when the record is complete.'}
        </p>
      ) : finalised ? (
        <p>The conference is finalised.</p>
      ) : (
        <p>Not held yet. Once the meeting has taken place, mark it as held: its deadlines after the meeting start from that day.</p>
      )}
      {/* Only while there is something to say: each screen keeps one status line at a time. */}
      {status !== '' && (
        <p className="visually-hidden" role="status">
          {status}
        </p>
      )}
      {!finalised && !editing && (
        <div className="button-row">
          <button type="button" className="button" onClick={() => {
              setStatus('');
              setEditing(true);
            }}>
            {conference.held ? 'Change when it was held' : 'Mark as held'}
          </button>
          {conference.held && (
            <button type="button" className="button button--secondary" onClick={() => void save(null)} disabled={saving}>
              Not held after all
            </button>
          )}
        </div>
      )}
      {!finalised && editing && (
        <form onSubmit={submit} noValidate aria-label="When the conference was held">
          <ErrorSummary errors={summaryItems} attempt={attempt} level={3} />
          <div className="field-row">
            <DateInput id={fieldId('held.date')} legend="Date it was held" error={errors['held.date']} value={date} onChange={setDate} />
            <Field id={fieldId('held.time')} label="Time it started" hint="UK time, 24-hour clock, for example 10:00" error={errors['held.time']}>
              {({ id, describedBy, invalid }) => (
                <input id={id} type="text" inputMode="numeric" autoComplete="off" className="width-5" value={time} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setTime(e.target.value)} />
              )}
            </Field>
          </div>
          <div className="button-row">
            <button type="submit" className="button" disabled={saving}>
              Save: held
            </button>
            <button type="button" className="button button--secondary" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
