import { useState } from 'react';
import { defaultRestriction } from '../../../shared/audience/room';
import { CHILD_VOICE_METHOD_LABELS, CHILD_VOICE_METHODS, SaveChildVoiceSchema, type ChildVoice, type ChildVoiceMethod, type RestrictedPart } from '../../../shared/capture/schema';
import type { ConferenceDetail } from '../../../shared/conference/details';
import type { Child } from '../../../shared/family/schema';
import { api } from '../api/client';
import { DateInput } from '../app/DateInput';
import { Field } from '../app/fields';
import { submitForm, type FieldErrors } from '../app/submit';
import { AudienceField } from '../audience/AudienceField';
import { restrictionDraftOf, restrictionInput, type RestrictionDraft } from '../audience/draft';
import { restrictionLabel } from '../audience/words';
import { announce, changeCapture } from './store';
import { focusWhenDrawn } from '../app/focus';
import { ErrorSummary, summaryOf } from '../app/ErrorSummary';

/** Each answer's path and the end of its field's id. */
const VOICE_FIELDS = new Map<string, string>([['method', 'method'], ['gatheredBy', 'by'], ['gatheredOn', 'on'], ['words', 'words']]);

interface ChildVoiceFormProps {
  readonly conference: ConferenceDetail;
  readonly child: Child;
  readonly voice: ChildVoice | undefined;
  /** The meeting's restricted parts: a new entry takes the room's audience until someone chooses. */
  readonly parts: readonly RestrictedPart[];
}

/** One child's wishes and feelings: how they were gathered, by whom, when, and in the child's own words. */
export function ChildVoiceForm({ conference, child, voice, parts }: ChildVoiceFormProps) {
  const [method, setMethod] = useState<ChildVoiceMethod | ''>(voice?.method ?? '');
  const [gatheredBy, setGatheredBy] = useState(voice?.gatheredBy ?? '');
  const [gatheredOn, setGatheredOn] = useState(voice?.gatheredOn ?? '');
  const [words, setWords] = useState(voice?.words ?? '');
  const [chosen, setRestriction] = useState<RestrictionDraft | null>(voice ? restrictionDraftOf(voice.restriction) : null);
  const restriction = chosen ?? restrictionDraftOf(defaultRestriction(parts));
  const [id] = useState(voice?.id ?? crypto.randomUUID());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [refusal, setRefusal] = useState<{ readonly message: string | null; readonly attempt: number }>({ message: null, attempt: 0 });
  const prefix = `voice-${child.id}`;
  const label = restrictionLabel(restriction, conference);
  const idOf = (path: string) => `${prefix}-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;

  const save = async () => {
    const outcome = await submitForm(
      SaveChildVoiceSchema,
      { id, conferenceId: conference.id, childId: child.id, method: method || undefined, gatheredBy, gatheredOn, words, restriction: restrictionInput(restriction) },
      (input) => changeCapture(api.saveChildVoice(input)),
    );
    setErrors(outcome.ok ? {} : outcome.fields);
    setRefusal((last) => (outcome.ok ? { message: null, attempt: last.attempt } : { message: outcome.message, attempt: last.attempt + 1 }));
    announce(outcome.ok ? `${child.displayName}’s views saved.` : `Not saved: ${Object.values(outcome.fields)[0] ?? outcome.message ?? ''}`);
    // A first save draws the form afresh (it now holds a saved entry): focus goes to the child's name, not the page.
    if (outcome.ok) focusWhenDrawn(`${prefix}-title`);
  };

  return (
    <form
      className={`capture-part-form${label ? ' capture-editor--restricted' : ''}`}
      aria-labelledby={`${prefix}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3 id={`${prefix}-title`} tabIndex={-1}>
        {child.displayName}
      </h3>
      <ErrorSummary errors={summaryOf(errors, refusal.message, (path) => VOICE_FIELDS.get(path) ? `${prefix}-${VOICE_FIELDS.get(path)}` : idOf(path))} attempt={refusal.attempt} level={4} />
      {label && <p className="capture-restricted-label">{label}</p>}
      <Field id={`${prefix}-method`} label="How the child’s views were gathered" error={errors['method']}>
        {({ id: fieldId, describedBy, invalid }) => (
          <select id={fieldId} aria-describedby={describedBy} aria-invalid={invalid} value={method} onChange={(e) => setMethod(e.target.value as ChildVoiceMethod | '')}>
            <option value="">Choose how</option>
            {CHILD_VOICE_METHODS.map((m) => (
              <option key={m} value={m}>
                {CHILD_VOICE_METHOD_LABELS[m]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={`${prefix}-by`} label="By whom" error={errors['gatheredBy']}>
        {({ id: fieldId, describedBy, invalid }) => <input id={fieldId} type="text" className="width-wide" aria-describedby={describedBy} aria-invalid={invalid} value={gatheredBy} onChange={(e) => setGatheredBy(e.target.value)} />}
      </Field>
      <DateInput id={`${prefix}-on`} legend="When (optional)" error={errors['gatheredOn']} value={gatheredOn} onChange={setGatheredOn} />
      <Field id={`${prefix}-words`} label="The child’s own words" error={errors['words']}>
        {({ id: fieldId, describedBy, invalid }) => <textarea id={fieldId} rows={4} aria-describedby={describedBy} aria-invalid={invalid} value={words} onChange={(e) => setWords(e.target.value)} />}
      </Field>
      <AudienceField path="restriction" idOf={idOf} subject={`${child.displayName}’s words`} value={restriction} people={conference} errors={errors} onChange={setRestriction} />
      <button type="submit" className="button button--primary">
        Save {child.displayName}’s views
      </button>
    </form>
  );
}
