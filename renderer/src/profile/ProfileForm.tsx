import { useState, type FormEvent } from 'react';
import { PROFILE_ROLE_LABELS, PROFILE_ROLES, SaveProfileSchema, type Profile, type ProfileRole } from '../../../shared/profile/schema';
import { api } from '../api/client';
import { ErrorSummary } from '../app/ErrorSummary';
import { Field, fieldId } from '../app/fields';
import { submitForm, type FieldErrors } from '../app/submit';
import { useProfile } from './store';

/** The person's name and role: what every record and document will show as who did what. */
export function ProfileForm({
  profile,
  submitLabel,
  onSaved,
  summaryLevel = 2,
}: {
  readonly profile: Profile | null;
  readonly submitLabel: string;
  readonly onSaved?: (profile: Profile) => void;
  /** One below the heading the form sits under. */
  readonly summaryLevel?: 2 | 3;
}) {
  const saved = useProfile((state) => state.saved);
  const [name, setName] = useState(profile?.name ?? '');
  const [role, setRole] = useState<ProfileRole | ''>(profile?.role ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);
  const [attempt, setAttempt] = useState(0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const outcome = await submitForm(SaveProfileSchema, { profile: { name, role } }, (input) => api.saveProfile(input), 'profile');
    setSaving(false);
    if (outcome.ok) {
      setErrors({});
      setStatus('Saved.');
      saved(outcome.value);
      onSaved?.(outcome.value);
      return;
    }
    setErrors(Object.keys(outcome.fields).length > 0 ? outcome.fields : { name: outcome.message ?? 'The profile could not be saved.' });
    setStatus('');
    // The summary takes focus and comes into view itself (ErrorSummary).
    setAttempt((count) => count + 1);
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Your profile">
      <ErrorSummary errors={Object.entries(errors).map(([path, message]) => ({ fieldId: path === 'role' ? 'profile-role-chair' : fieldId(`profile.${path}`), message }))} attempt={attempt} level={summaryLevel} />
      <Field id={fieldId('profile.name')} label="Your name" hint="As it should appear in records and documents, for example Sam Okafor." error={errors['name']}>
        {({ id, describedBy, invalid }) => (
          <input id={id} type="text" className="width-wide" autoComplete="name" value={name} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setName(e.target.value)} />
        )}
      </Field>
      <fieldset className={`radios${errors['role'] ? ' field--error' : ''}`} aria-describedby={errors['role'] ? 'profile-role-error' : undefined}>
        <legend className="field__label">Your role</legend>
        {errors['role'] && (
          <p className="field__error" id="profile-role-error">
            <span className="visually-hidden">Error: </span>
            {errors['role']}
          </p>
        )}
        {PROFILE_ROLES.map((value) => (
          <div className="radio" key={value}>
            <input type="radio" id={`profile-role-${value}`} name="profile-role" value={value} checked={role === value} onChange={() => setRole(value)} />
            <label htmlFor={`profile-role-${value}`}>{PROFILE_ROLE_LABELS[value]}</label>
          </div>
        ))}
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button" disabled={saving}>
          {submitLabel}
        </button>
      </div>
      {status !== '' && (
        <p className="visually-hidden" role="status">
          {status}
        </p>
      )}
    </form>
  );
}
