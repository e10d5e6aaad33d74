import { useState } from 'react';
import { defaultRestriction } from '../../../shared/audience/room';
import { SaveRestrictedPartSchema, type RestrictionReason } from '../../../shared/capture/schema';
import type { ConferenceDetail } from '../../../shared/conference/details';
import { api } from '../api/client';
import { submitForm, type FieldErrors } from '../app/submit';
import { audienceInWords } from '../audience/words';
import { focusSoon } from './activeEditor';
import { timeNow } from './draft';
import { ReasonSelect } from './ReasonSelect';
import { announce, changeCapture } from './store';
import { TimeField } from './TimeField';
import { ErrorSummary, summaryOf } from '../app/ErrorSummary';

const PART_FIELDS = new Map<string, string>([['reason', 'part-reason'], ['startedAt', 'part-start']]);

/** The chair asks some of the family to leave the room: when, why and who left. */
export function StartRestrictedPart({ conference, onDone }: { readonly conference: ConferenceDetail; readonly onDone: () => void }) {
  const [reason, setReason] = useState<RestrictionReason | ''>('');
  const [startedAt, setStartedAt] = useState(timeNow());
  const [whoLeftIds, setWhoLeftIds] = useState<readonly string[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  const start = async () => {
    const outcome = await submitForm(
      SaveRestrictedPartSchema,
      { id: crypto.randomUUID(), conferenceId: conference.id, reason: reason || undefined, startedAt, endedAt: null, whoLeftIds, sharedSummary: '' },
      (input) => changeCapture(api.saveRestrictedPart(input)),
    );
    if (outcome.ok) {
      announce(`Restricted part started. New contributions are marked ${audienceInWords(defaultRestriction(outcome.value.restrictedParts), conference)}.`);
      onDone();
      focusSoon('restricted-part-title');
    } else {
      setErrors(outcome.fields);
      setMessage(outcome.message);
      setAttempt((count) => count + 1);
    }
  };

  return (
    <form
      className="capture-part-form"
      aria-labelledby="start-part-title"
      onSubmit={(event) => {
        event.preventDefault();
        void start();
      }}
    >
      <h3 id="start-part-title">Start a restricted part</h3>
      <ErrorSummary errors={summaryOf(errors, message, (path) => PART_FIELDS.get(path) ?? `part-${path.replace(/[^A-Za-z0-9]+/g, '-')}`)} attempt={attempt} level={4} />
      <ReasonSelect id="part-reason" label="Why this part is restricted" value={reason} error={errors['reason']} onChange={setReason} />
      <fieldset className="capture-checkboxes">
        <legend className="field__label">Who left the room</legend>
        {conference.familyMembers.map((member) => (
          <div className="checkbox" key={member.id}>
            <input
              type="checkbox"
              id={`part-left-${member.id}`}
              checked={whoLeftIds.includes(member.id)}
              onChange={(event) => setWhoLeftIds(event.target.checked ? [...whoLeftIds, member.id] : whoLeftIds.filter((id) => id !== member.id))}
            />
            <label htmlFor={`part-left-${member.id}`}>{member.displayName}</label>
          </div>
        ))}
      </fieldset>
      <TimeField id="part-start" label="Started at" value={startedAt} error={errors['startedAt']} onChange={setStartedAt} />
      <div className="button-row">
        <button type="submit" className="button button--primary">
          Start the restricted part
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
