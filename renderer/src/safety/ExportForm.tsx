import { useRef, useState, type FormEvent } from 'react';
import { z } from 'zod';
import { ExportHandoverSchema } from '../../../shared/handover/schema';
import { api } from '../api/client';
import { Field, fieldId } from '../app/fields';
import { ErrorSummary } from '../app/ErrorSummary';
import { submitForm, type FieldErrors } from '../app/submit';
import { useConferences } from '../conference/store';
import { downloadPackage } from './files';
import { describeConference } from './format';
import { PassphraseField } from './PassphraseField';
import { focusSummary, problemsInOrder } from './problems';
import { ShowPassphrase } from './ShowPassphrase';
import { StatusLine } from './StatusLine';
import { useStatus } from './useStatus';

const ExportFormSchema = z
  .object({
    conferenceId: z.string().min(1, { message: 'Choose the conference to export.' }),
    passphrase: ExportHandoverSchema.shape.passphrase,
    passphraseAgain: z.string(),
  })
  .refine((answers) => answers.passphrase === answers.passphraseAgain, {
    path: ['passphraseAgain'],
    message: 'The two passphrases are not the same. Enter the same passphrase in both.',
  });

const FIELDS = ['conferenceId', 'passphrase', 'passphraseAgain'] as const;
const idOf = (path: string) => fieldId(`export.${path}`);
const SUBMIT_ID = 'export-submit';

const PASSPHRASE_HINT =
  'At least 12 characters. Three or more unrelated words are easy to say and hard to guess. Tell it to the other person in person or by phone, never in the same email as the file.';

/** Seals one conference's family in a file for the other laptop, under a passphrase. */
export function ExportForm() {
  const list = useConferences((state) => state.list);
  const [conferenceId, setConferenceId] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [passphraseAgain, setPassphraseAgain] = useState('');
  const [shown, setShown] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const [status, say] = useStatus();
  const summary = useRef<HTMLDivElement>(null);
  const conferences = list.state === 'loaded' ? list.value : [];
  // A restore or an import can change the list under the form: a conference no longer here is not chosen.
  const chosen = conferences.some((conference) => conference.id === conferenceId) ? conferenceId : '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (exporting) return;
    setExporting(true);
    const outcome = await submitForm(ExportFormSchema, { conferenceId: chosen, passphrase, passphraseAgain }, (answers) =>
      api.exportHandover({ conferenceId: answers.conferenceId, passphrase: answers.passphrase }),
    );
    setExporting(false);
    if (!outcome.ok) {
      setErrors(outcome.fields);
      setRefusal(outcome.message);
      focusSummary(summary.current);
      return;
    }
    setErrors({});
    setRefusal(null);
    downloadPackage(outcome.value.fileName, outcome.value.content);
    setPassphrase('');
    setPassphraseAgain('');
    say(`Exported as ${outcome.value.fileName}: find it in your downloads folder. Send the file, then tell the other person the passphrase separately.`);
  };

  const problems = [...(refusal ? [{ fieldId: SUBMIT_ID, message: refusal }] : []), ...problemsInOrder(errors, FIELDS, idOf)];

  return (
    <section className="safety-handover__part" aria-labelledby="export-heading">
      <h3 id="export-heading">Export a conference</h3>
      <div ref={summary}>
        <ErrorSummary errors={problems} />
      </div>
      <p>The file holds the conference and everything about the family: the children, their network, the other conferences about them and the professionals involved.</p>
      {list.state === 'loaded' && conferences.length === 0 ? (
        <p>There are no conferences on this computer to export yet.</p>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="export-heading">
          <Field id={idOf('conferenceId')} label="Conference" hint="Listed by the children’s names, then the kind of conference and its date." error={errors['conferenceId']}>
            {({ id, describedBy, invalid }) => (
              <select id={id} value={chosen} aria-describedby={describedBy} aria-invalid={invalid} onChange={(event) => setConferenceId(event.target.value)}>
                <option value="">{list.state === 'loading' ? 'Loading the conferences…' : 'Choose a conference'}</option>
                {conferences.map((conference) => (
                  <option key={conference.id} value={conference.id}>
                    {describeConference(conference)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <PassphraseField
            id={idOf('passphrase')}
            label="Passphrase"
            hint={PASSPHRASE_HINT}
            error={errors['passphrase']}
            value={passphrase}
            shown={shown}
            autoComplete="new-password"
            onChange={setPassphrase}
          />
          <PassphraseField
            id={idOf('passphraseAgain')}
            label="Passphrase again"
            error={errors['passphraseAgain']}
            value={passphraseAgain}
            shown={shown}
            autoComplete="new-password"
            onChange={setPassphraseAgain}
          />
          <ShowPassphrase shown={shown} onChange={setShown} />
          <button type="submit" id={SUBMIT_ID} className="button button--primary" disabled={exporting}>
            {exporting ? 'Exporting…' : 'Export the conference'}
          </button>
          <StatusLine message={status} />
        </form>
      )}
    </section>
  );
}
