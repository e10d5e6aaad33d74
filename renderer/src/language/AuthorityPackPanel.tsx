import { useEffect, useMemo, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { api } from '../api/client';
import { ErrorMessage } from '../app/ErrorMessage';
import { AcronymRows, packFieldId, RuleRows, TermRows } from './PackFields';
import { PackPreview } from './PackPreview';
import { checkPack, draftOf, packOf, type PackDraft } from './packDraft';
import { loadAuthorityPack, setAuthorityPack, useLanguage } from './store';
import { setAuthorityIdentity } from '../settings/identityStore';
import type { SaveAuthorityIdentity } from '../../../shared/authority/identity';

/** The letterhead a pack file carries (see exportFile), as the save call takes it; null when it has none. */
function letterheadIn(file: unknown): SaveAuthorityIdentity | null {
  const letterhead = (file as { letterhead?: unknown } | null)?.letterhead;
  if (letterhead === null || typeof letterhead !== 'object') return null;
  const { name, address, phone, logo } = letterhead as Record<string, unknown>;
  if (typeof name !== 'string') return null;
  const kept = logo !== null && typeof logo === 'object' ? (logo as Record<string, unknown>) : null;
  return {
    name,
    address: typeof address === 'string' ? address : '',
    phone: typeof phone === 'string' ? phone : '',
    logo: kept && typeof kept.data === 'string' ? { data: kept.data, alt: typeof kept.alt === 'string' ? kept.alt : '', decorative: kept.decorative === true } : null,
  };
}

/**
 * For an administrator: the authority's layer over the national language pack (local acronyms,
 * preferred terms, checks switched off or re-graded), checked as it is edited, tried on a sample
 * text, and shared with other authorities as a file.
 */
export function AuthorityPackPanel() {
  const saved = useLanguage((state) => state.pack);
  const loadError = useLanguage((state) => state.packError);
  const [draft, setDraft] = useState<PackDraft | null>(null);
  const [showErrors, setShowErrors] = useState(false);
  const [serverErrors, setServerErrors] = useState<Readonly<Record<string, string>>>({});
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);
  /** A letterhead found in an imported pack file, offered until it is used or another file is read. */
  const [importedLetterhead, setImportedLetterhead] = useState<SaveAuthorityIdentity | null>(null);
  const problems = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void loadAuthorityPack();
  }, []);
  useEffect(() => {
    if (saved && draft === null) setDraft(draftOf(saved.pack));
  }, [saved, draft]);

  const checked = useMemo(() => (draft ? checkPack(packOf(draft)) : null), [draft]);
  // The preview keeps the last pack that passed, so it does not flicker while a row is half typed.
  // The name, id and version do not change what is flagged, so a blank one does not stop the preview.
  const lastGood = useRef(saved?.pack ?? null);
  const forPreview = useMemo(() => (draft ? checkPack({ ...packOf(draft), id: 'preview', name: 'Preview', version: '1' }) : null), [draft]);
  if (forPreview?.ok) lastGood.current = forPreview.pack;

  if (loadError) return <ErrorMessage error={loadError} />;
  if (!draft || !checked) return <p>Loading the language pack…</p>;

  const errors = { ...(showErrors && !checked.ok ? checked.errors : {}), ...serverErrors };
  const change = (next: Partial<PackDraft>) => {
    setDraft({ ...draft, ...next });
    setServerErrors({});
    setStatus('');
  };
  const focusProblems = () => requestAnimationFrame(() => problems.current?.focus());

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    if (!checked.ok) {
      setShowErrors(true);
      focusProblems();
      return;
    }
    setSaving(true);
    const result = await api.saveAuthorityPack({ pack: checked.pack });
    setSaving(false);
    if (!result.ok) {
      setServerErrors(Object.fromEntries(Object.entries(result.error.fields ?? { pack: result.error.message }).map(([path, message]) => [path.replace(/^pack\./u, ''), message])));
      focusProblems();
      return;
    }
    setAuthorityPack(result.value);
    setShowErrors(false);
    setStatus('The language pack is saved. Every text box now checks with it.');
  };

  const keepNationalOnly = async () => {
    const result = await api.saveAuthorityPack({ pack: null });
    if (!result.ok) {
      setStatus(result.error.message);
      return;
    }
    setAuthorityPack(result.value);
    setDraft(draftOf(null));
    setStatus('Your authority’s pack is removed: only the national pack applies.');
  };

  const exportFile = async () => {
    if (!checked.ok) {
      setShowErrors(true);
      focusProblems();
      return;
    }
    // The authority's letterhead travels with its pack, so another laptop can take both at once.
    const identity = await api.getAuthorityIdentity({});
    const letterhead = identity.ok && identity.value.identity ? { letterhead: identity.value.identity } : {};
    const blob = new Blob([`${JSON.stringify({ ...checked.pack, ...letterhead }, null, 2)}\n`], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `${checked.pack.id}-language-pack-${checked.pack.version}.json`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setStatus(`Exported as ${link.download}${letterhead.letterhead ? ', with your authority’s letterhead' : ''}.`);
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      setStatus(`${file.name} is not a language pack file (it is not JSON).`);
      return;
    }
    const result = checkPack(parsed);
    if (!result.ok) {
      const first = Object.entries(result.errors).slice(0, 3).map(([path, message]) => `${path}: ${message}`);
      setStatus(`${file.name} is not a language pack this version can use. ${first.join(' ')}`);
      return;
    }
    setDraft(draftOf(result.pack));
    setShowErrors(false);
    setServerErrors({});
    const letterhead = letterheadIn(parsed);
    setImportedLetterhead(letterhead);
    setStatus(`Imported “${result.pack.name}” from ${file.name}. Check it, then save it to use it.${letterhead ? ` The file also carries the letterhead of ${letterhead.name}.` : ''}`);
  };

  const saveImportedLetterhead = async () => {
    if (!importedLetterhead) return;
    // The application checks the logo's bytes again, as for one chosen on this screen.
    const result = await api.saveAuthorityIdentity(importedLetterhead);
    if (!result.ok) {
      setStatus(`The letterhead in the file cannot be used. ${Object.values(result.error.fields ?? {})[0] ?? result.error.message}`);
      return;
    }
    setAuthorityIdentity(result.value, true);
    setImportedLetterhead(null);
    setStatus(`The letterhead of ${result.value.identity?.name ?? 'your authority'} is saved from the file.`);
    requestAnimationFrame(() => document.getElementById('identity-heading')?.focus());
  };

  const problemList = Object.entries(errors);
  return (
    <section className="panel" aria-labelledby="language-pack-heading">
      <h2 id="language-pack-heading">Language pack</h2>
      <p>The national pack ships with Confer. Your authority’s pack adds its own acronyms and preferred words, and can switch a check off or change how strongly it asks for a change.</p>
      {problemList.length > 0 && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={problems} aria-labelledby="language-pack-problems">
          <h3 id="language-pack-problems">The pack cannot be saved yet</h3>
          <ul>
            {problemList.map(([path, message]) => (
              <li key={path}>
                <a
                  href={`#${packFieldId(path)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(packFieldId(path))?.focus();
                  }}
                >
                  {message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="pack-layout">
        <form className="form" onSubmit={(event) => void save(event)} noValidate aria-labelledby="language-pack-heading">
          <div className="field-row">
            <PackText path="name" label="Pack name" value={draft.name} errors={errors} onChange={(name) => change({ name })} />
            <PackText path="id" label="Pack id (letters, digits, hyphens)" value={draft.id} errors={errors} onChange={(id) => change({ id })} />
            <PackText path="version" label="Version" value={draft.version} errors={errors} onChange={(version) => change({ version })} />
          </div>
          <AcronymRows draft={draft} errors={errors} change={change} />
          <TermRows draft={draft} errors={errors} change={change} />
          <RuleRows draft={draft} errors={errors} change={change} />
          <div className="field">
            <label className="field__label" htmlFor={packFieldId('properNouns')}>
              Local services and places whose names contain flagged words
            </label>
            <p className="field__hint" id="pack-proper-nouns-hint">
              One per line, for example “Caring Dads” or “Northmere Contact Centre”.
            </p>
            <textarea id={packFieldId('properNouns')} aria-describedby="pack-proper-nouns-hint" value={draft.properNouns} onChange={(event) => change({ properNouns: event.target.value })} />
          </div>
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={saving}>
              {saving ? 'Saving…' : 'Save the language pack'}
            </button>
            <button type="button" className="button button--secondary" onClick={() => void exportFile()}>
              Export as a file
            </button>
            <span className="pack-import">
              <label htmlFor="pack-import" className="field__label">
                Import a pack file
              </label>
              <input id="pack-import" type="file" accept="application/json,.json" onChange={(event) => void importFile(event)} />
            </span>
            {importedLetterhead && (
              <button type="button" className="button button--secondary" onClick={() => void saveImportedLetterhead()}>
                Use the letterhead from the file
              </button>
            )}
            {saved?.pack && (
              <button type="button" className="button button--link" onClick={() => void keepNationalOnly()}>
                Use only the national pack
              </button>
            )}
          </div>
          <p className="save-status" role="status" aria-live="polite">
            {status}
          </p>
        </form>
        <PackPreview pack={lastGood.current} />
      </div>
    </section>
  );
}

function PackText({ path, label, value, errors, onChange }: { readonly path: string; readonly label: string; readonly value: string; readonly errors: Readonly<Record<string, string>>; readonly onChange: (value: string) => void }) {
  const id = packFieldId(path);
  const error = errors[path];
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {error && (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <input id={id} type="text" autoComplete="off" value={value} aria-invalid={Boolean(error)} aria-describedby={error ? `${id}-error` : undefined} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}
