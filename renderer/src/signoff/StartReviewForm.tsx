import { useRef, useState, type FormEvent } from 'react';
import type { ConferenceDetail } from '../../../shared/conference/details';
import type { DecisionRecord } from '../../../shared/decision/record';
import { StartReviewSchema } from '../../../shared/decision/signoff';
import { formatIsoDate } from '../../../shared/dates/format';
import { api } from '../api/client';
import { DateInput } from '../app/DateInput';
import { Field, fieldId } from '../app/fields';
import { ErrorSummary } from '../app/ErrorSummary';
import { navigate } from '../app/router';
import { submitForm, type FieldErrors } from '../app/submit';
import { useAnnounce } from '../family/Announcer';
import { Radios } from '../decision/parts';

type When = 'booked' | 'other';

/** On another date, the chair says why: the application then checks it against the due date. */
const StartOnAnotherDateSchema = StartReviewSchema.superRefine((input, context) => {
  if (input.scheduledDate !== undefined && input.broughtForwardReason === '') {
    context.addIssue({ code: 'custom', path: ['broughtForwardReason'], message: 'Say why the review is on another date.' });
  }
});

/**
 * Starts the review that follows this conference: on the date the plan booked, or on another
 * date with the reason (a review brought forward after a change in the family's circumstances).
 */
export function StartReviewForm({ conference, record }: { readonly conference: ConferenceDetail; readonly record: DecisionRecord }) {
  const booked = record.plan.nextReviewDate ?? record.plan.proposedNextReviewDate;
  const [whenChoice, setWhen] = useState<When>(booked ? 'booked' : 'other');
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const announce = useAnnounce();
  const fid = (path: string) => fieldId(`review.${path}`);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (starting) return;
    setStarting(true);
    const input = whenChoice === 'booked' ? { previousConferenceId: conference.id } : { previousConferenceId: conference.id, scheduledDate: date, broughtForwardReason: reason };
    const outcome = await submitForm(StartOnAnotherDateSchema, input, (parsed) => api.startReview(parsed));
    setStarting(false);
    if (outcome.ok) {
      announce('Review conference started.');
      return navigate({ screen: 'conference', conferenceId: outcome.value.id, section: 'overview' });
    }
    setErrors(outcome.fields);
    setMessage(outcome.message);
    requestAnimationFrame(() => summary.current?.querySelector<HTMLElement>('[role="alert"]')?.focus());
  };
  const summaryItems = [...(message ? [{ fieldId: fid('when'), message }] : []), ...Object.entries(errors).map(([path, text]) => ({ fieldId: fid(path), message: text }))];
  return (
    <form className="signoff-review" onSubmit={submit} noValidate aria-labelledby="start-review-heading">
      <h4 id="start-review-heading">Start the review conference</h4>
      <p>Starting the review carries forward the family, the invitations and the plan.</p>
      <div ref={summary}>
        <ErrorSummary errors={summaryItems} />
      </div>
      <Radios
        legend="When is the review?"
        id={fid('when')}
        options={booked ? (['booked', 'other'] as const) : (['other'] as const)}
        labels={{ booked: booked ? `On the date booked in the plan: ${formatIsoDate(booked)}` : '', other: 'On another date' }}
        value={whenChoice}
        onChange={setWhen}
      />
      {whenChoice === 'other' && (
        <div className="signoff-review__other">
          <DateInput id={fid('scheduledDate')} legend="Date of the review" error={errors['scheduledDate']} value={date} onChange={setDate} />
          <Field id={fid('broughtForwardReason')} label="Why the review is on this date" hint="For example brought forward because Jordan has moved back home." error={errors['broughtForwardReason']}>
            {({ id, describedBy, invalid }) => <textarea id={id} value={reason} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setReason(e.target.value)} />}
          </Field>
        </div>
      )}
      <button type="submit" className="button button--primary" aria-disabled={starting}>
        Start the review conference
      </button>
    </form>
  );
}
