import { useState } from 'react';
import { SaveRestrictedPartSchema, type RestrictedPart } from '../../../shared/capture/schema';
import { api } from '../api/client';
import { submitForm, type FieldErrors } from '../app/submit';
import { timeNow } from './draft';
import { announce, changeCapture } from './store';
import { TimeField } from './TimeField';

/** The family come back: when, and a summary they may be told. */
export function EndRestrictedPart({ conferenceId, part }: { readonly conferenceId: string; readonly part: RestrictedPart }) {
  const [endedAt, setEndedAt] = useState(timeNow());
  const [sharedSummary, setSharedSummary] = useState(part.sharedSummary);
  const [errors, setErrors] = useState<FieldErrors>({});

  const end = async () => {
    const saved = { id: part.id, reason: part.reason, startedAt: part.startedAt, whoLeftIds: part.whoLeftIds };
    const outcome = await submitForm(SaveRestrictedPartSchema, { ...saved, conferenceId, endedAt, sharedSummary }, (input) => changeCapture(api.saveRestrictedPart(input)));
    if (outcome.ok) announce(`Restricted part ended at ${endedAt}.`);
    else setErrors(outcome.fields);
  };

  return (
    <form
      className="capture-part-form"
      aria-label="End the restricted part"
      onSubmit={(event) => {
        event.preventDefault();
        void end();
      }}
    >
      <TimeField id="part-end" label="Ended at" value={endedAt} error={errors['endedAt']} onChange={setEndedAt} />
      <div className={`field${errors['sharedSummary'] ? ' field--error' : ''}`}>
        <label className="field__label" htmlFor="part-summary">
          Summary that may be shared with the family (optional)
        </label>
        <p className="field__hint" id="part-summary-hint">
          In plain words, what the family may be told about this part.
        </p>
        {errors['sharedSummary'] && <p className="field__error">{errors['sharedSummary']}</p>}
        <textarea id="part-summary" rows={3} aria-describedby="part-summary-hint" value={sharedSummary} onChange={(event) => setSharedSummary(event.target.value)} />
      </div>
      <button type="submit" className="button button--primary">
        End the restricted part
      </button>
    </form>
  );
}
