import { useState, type FormEvent } from 'react';
import { LeaveFamilyModeSchema } from '../../../shared/feedback/schema';
import { api } from '../api/client';
import { ErrorSummary } from '../app/ErrorSummary';
import { Field, fieldId } from '../app/fields';
import { navigate } from '../app/router';
import { submitForm, type FieldErrors } from '../app/submit';
import { useScreenHeading } from '../app/usePageTitle';
import { FeedbackForm } from './FeedbackForm';
import { useFamilyMode } from './familyMode';

/**
 * Family mode (issue 17): the laptop shows only the feedback form, for the family to answer one
 * after another at the end of the meeting. Leaving needs the app's passphrase.
 */
export function FamilyModeScreen({ conferenceId }: { readonly conferenceId: string }) {
  const heading = useScreenHeading('Your views on the meeting');
  return (
    <>
      <a className="skip-link" href="#main" onClick={(event) => { event.preventDefault(); document.getElementById('main')?.focus(); }}>
        Skip to main content
      </a>
      <header className="app-header">
        <span className="app-header__name">Confer</span>
        <span className="app-header__tagline">Your views on the meeting</span>
      </header>
      <main id="main" className="app-main family-mode" tabIndex={-1}>
        <h1 ref={heading} tabIndex={-1}>
          Your views on the meeting
        </h1>
        <FeedbackForm conferenceId={conferenceId} mode="family" />
        <LeaveFamilyMode conferenceId={conferenceId} />
      </main>
    </>
  );
}

function LeaveFamilyMode({ conferenceId }: { readonly conferenceId: string }) {
  const show = useFamilyMode((state) => state.show);
  const [open, setOpen] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const id = fieldId('leave.passphrase');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const outcome = await submitForm(LeaveFamilyModeSchema, { passphrase }, (input) => api.leaveFamilyMode(input));
    setBusy(false);
    setPassphrase('');
    if (outcome.ok) {
      navigate({ screen: 'conference', conferenceId, section: 'feedback' });
      show(outcome.value);
      return;
    }
    setErrors(outcome.fields);
    setMessage(outcome.message);
    setAttempt((count) => count + 1);
  };
  const items = [...(message ? [{ fieldId: id, message }] : []), ...Object.entries(errors).map(([, text]) => ({ fieldId: id, message: text }))];
  return (
    <section className="family-mode__leave" aria-labelledby="leave-family-mode-heading">
      <h2 id="leave-family-mode-heading">For the chair</h2>
      <button type="button" className="button button--secondary" aria-expanded={open} aria-controls="leave-family-mode-form" onClick={() => setOpen(!open)}>
        Leave family mode
      </button>
      {open && (
        <form id="leave-family-mode-form" className="panel" onSubmit={(event) => void submit(event)} noValidate>
          <ErrorSummary errors={items} attempt={attempt} level={3} />
          <Field id={id} label="Confer’s passphrase" hint="Only the chair can leave family mode." error={errors['passphrase']}>
            {({ id: inputId, describedBy, invalid }) => (
              <input id={inputId} type="password" autoComplete="current-password" className="width-wide" value={passphrase} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setPassphrase(e.target.value)} />
            )}
          </Field>
          <div className="form__actions">
            <button type="submit" className="button" aria-disabled={busy || undefined}>
              Leave family mode
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
