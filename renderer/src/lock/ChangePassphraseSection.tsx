import { useRef, useState, type FormEvent } from 'react';
import { z } from 'zod';
import { ChangePassphraseSchema, MIN_LOCK_PASSPHRASE_LENGTH } from '../../../shared/lock/schema';
import { api } from '../api/client';
import { fieldId } from '../app/fields';
import { ErrorSummary } from '../app/ErrorSummary';
import { submitForm, type FieldErrors } from '../app/submit';
import { PassphraseField } from '../safety/PassphraseField';
import { focusSummary, problemsInOrder } from '../safety/problems';
import { ShowPassphrase } from '../safety/ShowPassphrase';
import { StatusLine } from '../safety/StatusLine';
import { useStatus } from '../safety/useStatus';
import { useLock } from './store';

const ChangeFormSchema = ChangePassphraseSchema.extend({ passphraseAgain: z.string() }).refine((answers) => answers.passphrase === answers.passphraseAgain, {
  path: ['passphraseAgain'],
  message: 'The two new passphrases are not the same. Enter the same passphrase in both.',
});

const FIELDS = ['currentPassphrase', 'passphrase', 'passphraseAgain'] as const;
const idOf = (path: string) => fieldId(`change-passphrase.${path}`);
const SUBMIT_ID = 'change-passphrase-submit';

/**
 * Changing the passphrase that unlocks Confer. The current one is asked for (and checked by the
 * application, a wrong one counting towards the pause), so nobody who finds Confer unlocked can
 * take the lock over.
 */
export function ChangePassphraseSection() {
  const gate = useLock((state) => state.gate);
  const show = useLock((state) => state.show);
  const [currentPassphrase, setCurrentPassphrase] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [passphraseAgain, setPassphraseAgain] = useState('');
  const [shown, setShown] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [changing, setChanging] = useState(false);
  const [status, say] = useStatus();
  const summary = useRef<HTMLDivElement>(null);
  if (gate.state !== 'ready' || !gate.lock.hasPassphrase) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (changing) return;
    setChanging(true);
    const outcome = await submitForm(ChangeFormSchema, { currentPassphrase, passphrase, passphraseAgain }, (answers) =>
      api.changePassphrase({ currentPassphrase: answers.currentPassphrase, passphrase: answers.passphrase }),
    );
    setChanging(false);
    if (!outcome.ok) {
      setErrors(outcome.fields);
      setRefusal(outcome.message);
      if (outcome.fields['currentPassphrase'] || outcome.message) setCurrentPassphrase('');
      focusSummary(summary.current);
      return;
    }
    setErrors({});
    setRefusal(null);
    setCurrentPassphrase('');
    setPassphrase('');
    setPassphraseAgain('');
    show(outcome.value);
    say('Passphrase changed. Use the new one the next time Confer locks.');
  };

  const problems = [...(refusal ? [{ fieldId: SUBMIT_ID, message: refusal }] : []), ...problemsInOrder(errors, FIELDS, idOf)];

  return (
    <section className="panel safety-part" aria-labelledby="change-passphrase-heading">
      <h2 id="change-passphrase-heading">The passphrase that unlocks Confer</h2>
      <div ref={summary}>
        <ErrorSummary errors={problems} />
      </div>
      <p>
        Confer locks itself after {gate.lock.idleMinutes} minutes without use, and this passphrase unlocks it. To change it,
        give the current one first.
      </p>
      <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="change-passphrase-heading">
        <PassphraseField
          id={idOf('currentPassphrase')}
          label="Current passphrase"
          error={errors['currentPassphrase']}
          value={currentPassphrase}
          shown={shown}
          autoComplete="current-password"
          onChange={setCurrentPassphrase}
        />
        <PassphraseField
          id={idOf('passphrase')}
          label="New passphrase"
          hint={`At least ${MIN_LOCK_PASSPHRASE_LENGTH} characters. Three or more unrelated words are easy to remember and hard to guess.`}
          error={errors['passphrase']}
          value={passphrase}
          shown={shown}
          autoComplete="new-password"
          onChange={setPassphrase}
        />
        <PassphraseField
          id={idOf('passphraseAgain')}
          label="New passphrase again"
          error={errors['passphraseAgain']}
          value={passphraseAgain}
          shown={shown}
          autoComplete="new-password"
          onChange={setPassphraseAgain}
        />
        <ShowPassphrase shown={shown} onChange={setShown} />
        <button type="submit" id={SUBMIT_ID} className="button button--primary" disabled={changing}>
          {changing ? 'Changing…' : 'Change the passphrase'}
        </button>
        <StatusLine message={status} />
      </form>
    </section>
  );
}
