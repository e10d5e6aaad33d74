import { useState } from 'react';
import { SaveRestrictedPartSchema, type RestrictedPart } from '../../../shared/capture/schema';
import type { ConferenceDetail } from '../../../shared/conference/details';
import { api } from '../api/client';
import { submitForm, type FieldErrors } from '../app/submit';
import { AudienceField } from '../audience/AudienceField';
import { restrictionDraftOf, restrictionInput, type RestrictionDraft } from '../audience/draft';
import { timeNow } from './draft';
import { announce, changeCapture } from './store';
import { TimeField } from './TimeField';
import { ErrorSummary, summaryOf } from '../app/ErrorSummary';

const END_FIELDS = new Map<string, string>([['endedAt', 'part-end'], ['sharedSummary', 'part-summary']]);
const endFieldId = (path: string) => END_FIELDS.get(path) ?? `part-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;

/** The family come back: when, and a summary they may be told (and who may read it). */
export function EndRestrictedPart({ conference, part, onEnded }: { readonly conference: ConferenceDetail; readonly part: RestrictedPart; readonly onEnded: (endedAt: string) => void }) {
  const [endedAt, setEndedAt] = useState(timeNow());
  const [sharedSummary, setSharedSummary] = useState(part.sharedSummary);
  const [summaryRestriction, setSummaryRestriction] = useState<RestrictionDraft>(restrictionDraftOf(part.summaryRestriction));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [refusal, setRefusal] = useState<{ readonly message: string | null; readonly attempt: number }>({ message: null, attempt: 0 });

  const end = async () => {
    const saved = { id: part.id, reason: part.reason, startedAt: part.startedAt, whoLeftIds: part.whoLeftIds };
    const input = { ...saved, conferenceId: conference.id, endedAt, sharedSummary, summaryRestriction: restrictionInput(summaryRestriction) };
    const outcome = await submitForm(SaveRestrictedPartSchema, input, (parsed) => changeCapture(api.saveRestrictedPart(parsed)));
    if (outcome.ok) {
      announce(`Restricted part ended at ${endedAt}.`);
      onEnded(endedAt);
    } else {
      setErrors(outcome.fields);
      setRefusal((last) => ({ message: outcome.message, attempt: last.attempt + 1 }));
    }
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
      <ErrorSummary errors={summaryOf(errors, refusal.message, endFieldId)} attempt={refusal.attempt} level={3} />
      <TimeField id="part-end" label="Ended at" value={endedAt} error={errors['endedAt']} onChange={setEndedAt} />
      <div className={`field${errors['sharedSummary'] ? ' field--error' : ''}`}>
        <label className="field__label" htmlFor="part-summary">
          Summary that may be shared with the family (optional)
        </label>
        <p className="field__hint" id="part-summary-hint">
          In plain words, what the family may be told about this part.
        </p>
        {errors['sharedSummary'] && (
          <p className="field__error" id="part-summary-error">
            <span className="visually-hidden">Error: </span>
            {errors['sharedSummary']}
          </p>
        )}
        <textarea id="part-summary" rows={3} aria-describedby={errors['sharedSummary'] ? 'part-summary-hint part-summary-error' : 'part-summary-hint'} aria-invalid={Boolean(errors['sharedSummary'])} value={sharedSummary} onChange={(event) => setSharedSummary(event.target.value)} />
      </div>
      <AudienceField
        path="summaryRestriction"
        idOf={endFieldId}
        subject="the summary"
        value={summaryRestriction}
        people={conference}
        errors={errors}
        onChange={setSummaryRestriction}
        withSummary={false}
      />
      <button type="submit" className="button button--primary">
        End the restricted part
      </button>
    </form>
  );
}
