import { useState } from 'react';
import { defaultRestriction } from '../../../shared/audience/room';
import { EXCLUSION_GROUND_LABELS, EXCLUSION_GROUNDS, SaveExclusionSchema, type Exclusion, type ExclusionGround, type RestrictedPart } from '../../../shared/capture/schema';
import type { ConferenceDetail } from '../../../shared/conference/details';
import { api } from '../api/client';
import { Field } from '../app/fields';
import { submitForm, type FieldErrors } from '../app/submit';
import { AudienceField } from '../audience/AudienceField';
import { restrictionDraftOf, restrictionInput, type RestrictionDraft } from '../audience/draft';
import { timeNow } from './draft';
import { announce, changeCapture } from './store';
import { TimeField } from './TimeField';
import { ErrorSummary, summaryOf } from '../app/ErrorSummary';

const EXCLUSION_FIELDS = new Map<string, string>([['familyMemberId', 'member'], ['grounds', 'grounds'], ['startedAt', 'start'], ['endedAt', 'end'], ['viewsPresentedBy', 'views']]);
const exclusionFieldId = (path: string) => `exclusion-${EXCLUSION_FIELDS.get(path) ?? path.replace(/[^A-Za-z0-9]+/g, '-')}`;

interface ExclusionFormProps {
  readonly conference: ConferenceDetail;
  readonly exclusion: Exclusion | null;
  /** The meeting's restricted parts: a new exclusion's words take the room's audience until someone chooses. */
  readonly parts: readonly RestrictedPart[];
  readonly onDone: () => void;
}

/** A family member kept out of all or part of the meeting: who, on what grounds, when, and how their views were heard. */
export function ExclusionForm({ conference, exclusion, parts, onDone }: ExclusionFormProps) {
  const [familyMemberId, setFamilyMemberId] = useState(exclusion?.familyMemberId ?? '');
  const [grounds, setGrounds] = useState<ExclusionGround | ''>(exclusion?.grounds ?? '');
  const [startedAt, setStartedAt] = useState(exclusion?.startedAt ?? timeNow());
  const [endedAt, setEndedAt] = useState(exclusion?.endedAt ?? '');
  const [viewsPresentedBy, setViews] = useState(exclusion?.viewsPresentedBy ?? '');
  const [chosen, setRestriction] = useState<RestrictionDraft | null>(exclusion ? restrictionDraftOf(exclusion.restriction) : null);
  const restriction = chosen ?? restrictionDraftOf(defaultRestriction(parts));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [refusal, setRefusal] = useState<{ readonly message: string | null; readonly attempt: number }>({ message: null, attempt: 0 });

  const save = async () => {
    const outcome = await submitForm(
      SaveExclusionSchema,
      { id: exclusion?.id ?? crypto.randomUUID(), conferenceId: conference.id, familyMemberId: familyMemberId || undefined, grounds: grounds || undefined, startedAt, endedAt: endedAt || null, viewsPresentedBy, restriction: restrictionInput(restriction) },
      (input) => changeCapture(api.saveExclusion(input)),
    );
    if (outcome.ok) {
      announce('Exclusion saved.');
      onDone();
    } else {
      setErrors(outcome.fields);
      setRefusal((last) => ({ message: outcome.message, attempt: last.attempt + 1 }));
    }
  };

  return (
    <form
      className="capture-part-form"
      aria-labelledby="exclusion-form-title"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3 id="exclusion-form-title">{exclusion ? 'Change the exclusion' : 'Record an exclusion'}</h3>
      <ErrorSummary errors={summaryOf(errors, refusal.message, exclusionFieldId)} attempt={refusal.attempt} level={4} />
      <Field id="exclusion-member" label="Family member" error={errors['familyMemberId']}>
        {({ id, describedBy, invalid }) => (
          <select id={id} aria-describedby={describedBy} aria-invalid={invalid} value={familyMemberId} onChange={(e) => setFamilyMemberId(e.target.value)}>
            <option value="">Choose who</option>
            {conference.familyMembers.map((m) => (
              <option key={m.id} value={m.id}>
                {m.displayName}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="exclusion-grounds" label="Grounds" error={errors['grounds']}>
        {({ id, describedBy, invalid }) => (
          <select id={id} className="width-wide" aria-describedby={describedBy} aria-invalid={invalid} value={grounds} onChange={(e) => setGrounds(e.target.value as ExclusionGround | '')}>
            <option value="">Choose the grounds</option>
            {EXCLUSION_GROUNDS.map((g) => (
              <option key={g} value={g}>
                {EXCLUSION_GROUND_LABELS[g]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="capture-editor__row">
        <TimeField id="exclusion-start" label="From" value={startedAt} error={errors['startedAt']} onChange={setStartedAt} />
        <TimeField id="exclusion-end" label="Until (optional)" value={endedAt} error={errors['endedAt']} onChange={setEndedAt} />
      </div>
      <Field id="exclusion-views" label="How their views were presented" hint="For example: by their advocate, in writing." error={errors['viewsPresentedBy']}>
        {({ id, describedBy, invalid }) => <textarea id={id} rows={3} aria-describedby={describedBy} aria-invalid={invalid} value={viewsPresentedBy} onChange={(e) => setViews(e.target.value)} />}
      </Field>
      <AudienceField path="restriction" idOf={exclusionFieldId} subject="how their views were presented" value={restriction} people={conference} errors={errors} onChange={setRestriction} />
      <div className="button-row">
        <button type="submit" className="button button--primary">
          Save the exclusion
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
