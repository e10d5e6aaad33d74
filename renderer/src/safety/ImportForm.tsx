import { useRef, useState, type FormEvent } from 'react';
import type { ApiError } from '../../../shared/contract/result';
import { ImportHandoverSchema } from '../../../shared/handover/schema';
import { api } from '../api/client';
import { Field, fieldId } from '../app/fields';
import { ErrorSummary } from '../app/ErrorSummary';
import { submitForm, type FieldErrors } from '../app/submit';
import { useConferences } from '../conference/store';
import { readAsBase64 } from './files';
import { ImportResult, type Imported } from './ImportResult';
import { PassphraseField } from './PassphraseField';
import { focusSummary, problemsInOrder } from './problems';
import { ShowPassphrase } from './ShowPassphrase';

const FIELDS = ['content', 'passphrase'] as const;
const idOf = (path: string) => fieldId(`import.${path}`);
const SUBMIT_ID = 'import-submit';
// The application takes at most 12,000,000 characters of base64: about 9 MB of file.
const MAX_FILE_BYTES = 9_000_000;

/** Opens a package from the other laptop and adds what this one does not have yet. */
export function ImportForm() {
  const loadList = useConferences((state) => state.loadList);
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [shown, setShown] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const [imported, setImported] = useState<{ readonly result: Imported; readonly count: number } | null>(null);
  const summary = useRef<HTMLDivElement>(null);

  const fail = (fields: FieldErrors, message: string | null = null) => {
    setErrors(fields);
    setRefusal(message);
    setImported(null);
    focusSummary(summary.current);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (importing) return;
    if (file && file.size === 0) return fail({ content: 'The chosen file is empty, so it is not a Confer handover package.' });
    if (file && file.size > MAX_FILE_BYTES) return fail({ content: 'This file is too large to be a Confer handover package.' });
    setImporting(true);
    let content: string | undefined;
    try {
      content = file ? await readAsBase64(file) : undefined;
    } catch {
      setImporting(false);
      return fail({ content: 'The chosen file could not be read. Choose it again, or copy it to this computer first.' });
    }
    const answer: { error: ApiError | null } = { error: null };
    const outcome = await submitForm(ImportHandoverSchema, { content, passphrase }, async (input) => {
      const result = await api.importHandover(input);
      if (!result.ok) answer.error = result.error;
      return result;
    });
    if (!outcome.ok) {
      setImporting(false);
      return fail(...placeRefusal(outcome.fields, outcome.message, answer.error));
    }
    await loadList();
    setImporting(false);
    setErrors({});
    setRefusal(null);
    setPassphrase('');
    const list = useConferences.getState().list;
    const conference = list.state === 'loaded' ? list.value.find((candidate) => candidate.id === outcome.value.conferenceId) : undefined;
    setImported((previous) => ({
      result: { ...outcome.value, children: conference ? conference.children.map((child) => child.displayName).join(', ') : null },
      count: (previous?.count ?? 0) + 1,
    }));
  };

  const problems = [...(refusal ? [{ fieldId: SUBMIT_ID, message: refusal }] : []), ...problemsInOrder(errors, FIELDS, idOf)];

  return (
    <section className="safety-handover__part" aria-labelledby="import-heading">
      <h3 id="import-heading">Import a package</h3>
      <div ref={summary}>
        <ErrorSummary errors={problems} />
      </div>
      <p>Only records this computer does not have yet are added; nothing already here is changed. Importing the same package twice adds nothing the second time.</p>
      <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="import-heading">
        <Field id={idOf('content')} label="Handover package" hint="The file from the other laptop. Its name ends in .confer." error={errors['content']}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              type="file"
              accept=".confer"
              className="safety-file"
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          )}
        </Field>
        <PassphraseField
          id={idOf('passphrase')}
          label="Passphrase"
          hint="The passphrase the other person told you."
          error={errors['passphrase']}
          value={passphrase}
          shown={shown}
          autoComplete="off"
          onChange={setPassphrase}
        />
        <ShowPassphrase shown={shown} onChange={setShown} />
        <button type="submit" id={SUBMIT_ID} className="button button--primary" disabled={importing}>
          {importing ? 'Importing…' : 'Import the package'}
        </button>
        <div role="status" className="safety-import-status">
          {imported && <ImportResult key={imported.count} imported={imported.result} />}
        </div>
      </form>
    </section>
  );
}

/**
 * Where the application's refusal belongs: a package that will not open (wrong passphrase, or
 * damaged) beside the passphrase, since that is what the person can change; one that opens but
 * does not fit this copy beside the file; anything else at the top.
 */
function placeRefusal(fields: FieldErrors, message: string | null, error: ApiError | null): [FieldErrors, string | null] {
  if (!error) return [fields, message];
  if (error.kind === 'validation' && fields['content']) {
    const { content, ...rest } = fields;
    return [{ ...rest, passphrase: content }, null];
  }
  if (error.kind === 'conflict') return [{ ...fields, content: error.message }, null];
  return [fields, message];
}
