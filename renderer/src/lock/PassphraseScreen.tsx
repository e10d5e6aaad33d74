import { useRef, useState, type FormEvent } from 'react';
import { SetPassphraseSchema, UnlockSchema } from '../../../shared/lock/schema';
import { api } from '../api/client';
import { Field, fieldId } from '../app/fields';
import { ErrorSummary } from '../app/ErrorSummary';
import { submitForm, type FieldErrors } from '../app/submit';
import { useScreenHeading } from '../app/usePageTitle';
import { useLock } from './store';

/**
 * Two screens that stand in front of the record: setting the passphrase on first run, and
 * unlocking after Confer has locked itself. Nothing of the record is on the page behind them.
 */
export function PassphraseScreen({ mode }: { readonly mode: 'first-run' | 'locked' }) {
  const title = mode === 'first-run' ? 'Set a passphrase for Confer' : 'Confer is locked';
  const heading = useScreenHeading(title);
  const show = useLock((state) => state.show);
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (mode === 'first-run' && passphrase !== confirmation) {
      setErrors({ confirmation: 'The two passphrases are not the same.' });
      focusSummary();
      return;
    }
    setBusy(true);
    const outcome =
      mode === 'first-run'
        ? await submitForm(SetPassphraseSchema, { passphrase }, (input) => api.setPassphrase(input))
        : await submitForm(UnlockSchema, { passphrase }, (input) => api.unlock(input));
    setBusy(false);
    if (outcome.ok) {
      show(outcome.value);
      return;
    }
    setErrors(outcome.fields);
    setMessage(outcome.message);
    setPassphrase('');
    focusSummary();
  };
  const focusSummary = () => requestAnimationFrame(() => (summary.current?.querySelector('[role="alert"]') as HTMLElement | null)?.focus());

  const items = [
    ...(message ? [{ fieldId: fieldId('passphrase'), message }] : []),
    ...Object.entries(errors).map(([path, text]) => ({ fieldId: fieldId(path), message: text })),
  ];

  return (
    <main id="main" className="app-main lock-screen" tabIndex={-1}>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <div ref={summary}>
        <ErrorSummary errors={items} />
      </div>
      <form className="panel" onSubmit={submit} noValidate>
        {mode === 'first-run' ? (
          <p>
            Confer keeps records about children and families. It hides them when you have not used it for a while, and
            this passphrase brings them back. Three or more unrelated words are easy to remember and hard to guess.
          </p>
        ) : (
          <p>Confer hid the record because it was not used for a while. Enter your passphrase to carry on where you were.</p>
        )}
        <Field id={fieldId('passphrase')} label="Passphrase" error={errors['passphrase']}>
          {({ id, describedBy, invalid }) => (
            <input id={id} type="password" autoComplete={mode === 'first-run' ? 'new-password' : 'current-password'} className="width-wide" value={passphrase} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setPassphrase(e.target.value)} />
          )}
        </Field>
        {mode === 'first-run' && (
          <Field id={fieldId('confirmation')} label="The same passphrase again" error={errors['confirmation']}>
            {({ id, describedBy, invalid }) => (
              <input id={id} type="password" autoComplete="new-password" className="width-wide" value={confirmation} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setConfirmation(e.target.value)} />
            )}
          </Field>
        )}
        <button type="submit" className="button button--primary" disabled={busy}>
          {mode === 'first-run' ? 'Set the passphrase' : 'Unlock'}
        </button>
      </form>
    </main>
  );
}
