import { useEffect, useState, type ChangeEvent, type FormEvent } from 'react';
import { SaveAuthorityIdentitySchema, type AuthorityIdentity } from '../../../shared/authority/identity';
import { base64OfBytes, checkLogo } from '../../../shared/authority/logo-check';
import { api } from '../api/client';
import { ErrorMessage } from '../app/ErrorMessage';
import { Field, fieldId } from '../app/fields';
import { submitForm, type FieldErrors } from '../app/submit';
import { loadAuthorityIdentity, setAuthorityIdentity, useAuthorityIdentity } from './identityStore';
import type { ReportProblems } from './problems';

interface LogoDraft {
  /** The file as chosen (base64); the application checks it again when it is saved. */
  readonly data: string;
  /** What the screen shows: the PNG, or the SVG as Confer rebuilt it. */
  readonly preview: string;
  readonly fileName: string;
}

interface Draft {
  readonly name: string;
  readonly address: string;
  readonly phone: string;
  readonly logo: LogoDraft | null;
  readonly alt: string;
  readonly decorative: boolean;
}

const previewOf = (format: 'png' | 'svg', data: string) => `data:${format === 'png' ? 'image/png' : 'image/svg+xml'};base64,${data}`;

function draftOf(identity: AuthorityIdentity | null): Draft {
  const logo = identity?.logo ?? null;
  return {
    name: identity?.name ?? '',
    address: identity?.address ?? '',
    phone: identity?.phone ?? '',
    logo: logo ? { data: logo.data, preview: previewOf(logo.format, logo.data), fileName: '' } : null,
    alt: logo?.alt ?? '',
    decorative: logo?.decorative ?? false,
  };
}

/**
 * The authority's name, address, telephone and logo, printed as the letterhead of every document.
 * The logo is checked as soon as it is chosen (and again when it is saved): a PNG or an SVG of
 * plain shapes, described for people who cannot see it unless it only decorates.
 */
export function AuthorityIdentityForm({ reportProblems }: { readonly reportProblems: ReportProblems }) {
  const saved = useAuthorityIdentity((state) => state.state);
  const loadError = useAuthorityIdentity((state) => state.error);
  const revision = useAuthorityIdentity((state) => state.revision);
  useEffect(() => {
    void loadAuthorityIdentity();
  }, []);
  if (loadError) return <ErrorMessage error={loadError} />;
  if (!saved) return <p aria-live="polite">Loading the letterhead…</p>;
  // A new form when a language pack's import saved a letterhead; this form's own saves keep it (and its focus).
  return <IdentityForm key={revision} identity={saved.identity} reportProblems={reportProblems} />;
}

function IdentityForm({ identity, reportProblems }: { readonly identity: AuthorityIdentity | null; readonly reportProblems: ReportProblems }) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(identity));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState('');

  const change = (next: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...next }));
    setStatus('');
  };
  const showProblems = (fields: FieldErrors, message: string | null) => {
    setErrors(fields);
    reportProblems('identity', [...(message ? [{ fieldId: 'identity-save', message }] : []), ...Object.entries(fields).map(([path, text]) => ({ fieldId: fieldId(`identity.${path}`), message: text }))]);
  };

  const chooseLogo = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const checked = checkLogo(bytes);
    if (!checked.ok) {
      showProblems({ 'logo.data': `${file.name}: ${checked.message}` }, null);
      return;
    }
    showProblems({}, null);
    change({ logo: { data: base64OfBytes(bytes), preview: previewOf(checked.format, base64OfBytes(checked.bytes)), fileName: file.name } });
    setStatus(`${file.name} is ready to use. Describe it, then save the letterhead.`);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const input = { name: draft.name, address: draft.address, phone: draft.phone, logo: draft.logo ? { data: draft.logo.data, alt: draft.decorative ? '' : draft.alt, decorative: draft.decorative } : null };
    const outcome = await submitForm(SaveAuthorityIdentitySchema, input, (parsed) => api.saveAuthorityIdentity(parsed));
    setSaving(false);
    if (!outcome.ok) {
      showProblems(outcome.fields, outcome.message);
      return;
    }
    showProblems({}, null);
    setAuthorityIdentity(outcome.value);
    setStatus('The letterhead is saved. Every document made from now on carries it.');
  };

  const id = (path: string) => fieldId(`identity.${path}`);
  return (
    <section aria-labelledby="identity-heading">
      <h2 id="identity-heading">Your authority’s letterhead</h2>
      <p>Printed at the top of every document Confer makes: the record, the plan, the decision letter, the family’s plan and the child’s own copy.</p>
      <form className="form" onSubmit={(event) => void save(event)} noValidate aria-labelledby="identity-heading">
        <Field id={id('name')} label="Authority’s name" error={errors['name']}>
          {({ id: inputId, describedBy, invalid }) => (
            <input id={inputId} type="text" autoComplete="organization" value={draft.name} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => change({ name: e.target.value })} />
          )}
        </Field>
        <Field id={id('address')} label="Address" hint="One line of the address on each line." error={errors['address']}>
          {({ id: inputId, describedBy, invalid }) => (
            <textarea id={inputId} rows={4} autoComplete="street-address" value={draft.address} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => change({ address: e.target.value })} />
          )}
        </Field>
        <Field id={id('phone')} label="Telephone" error={errors['phone']}>
          {({ id: inputId, describedBy, invalid }) => (
            <input id={inputId} type="tel" autoComplete="tel" value={draft.phone} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => change({ phone: e.target.value })} />
          )}
        </Field>
        <fieldset className="fieldset">
          <legend className="field__label">Logo (optional)</legend>
          {draft.logo && (
            <div className="letterhead-logo">
              <img src={draft.logo.preview} alt={draft.decorative ? 'The logo, marked as decoration only' : `The logo: ${draft.alt || 'not described yet'}`} />
              <button type="button" className="button button--link" onClick={() => change({ logo: null, alt: '', decorative: false })}>
                Remove the logo
              </button>
            </div>
          )}
          <Field id={id('logo.data')} label={draft.logo ? 'Choose a different logo' : 'Choose a logo'} hint="A PNG or SVG file of at most 512 KB. An SVG may hold only plain shapes: no text, scripts, links or images." error={errors['logo.data']}>
            {({ id: inputId, describedBy, invalid }) => <input id={inputId} type="file" accept="image/png,image/svg+xml,.png,.svg" aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => void chooseLogo(e)} />}
          </Field>
          {draft.logo && (
            <>
              <div className="checkbox">
                <input type="checkbox" id={id('logo.decorative')} checked={draft.decorative} onChange={(e) => change({ decorative: e.target.checked })} />
                <label htmlFor={id('logo.decorative')}>The logo is decoration only: the name beside it says everything it says</label>
              </div>
              {!draft.decorative && (
                <Field id={id('logo.alt')} label="Describe the logo for people who cannot see it" hint="For example “Hartwell Borough Council crest”. Screen readers read this out." error={errors['logo.alt']}>
                  {({ id: inputId, describedBy, invalid }) => (
                    <input id={inputId} type="text" autoComplete="off" value={draft.alt} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => change({ alt: e.target.value })} />
                  )}
                </Field>
              )}
            </>
          )}
        </fieldset>
        <div className="button-row">
          {/* Not disabled while saving: a disabled button drops the keyboard's focus to the page. */}
          <button type="submit" id="identity-save" className="button button--primary" aria-disabled={saving}>
            {saving ? 'Saving…' : 'Save the letterhead'}
          </button>
        </div>
        <p className="save-status" role="status" aria-live="polite">
          {status}
        </p>
      </form>
    </section>
  );
}
