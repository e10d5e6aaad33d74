import { useEffect, useState, type ChangeEvent, type FormEvent } from 'react';
import type { ApiError } from '../../../shared/contract/result';
import type { LanguagePackSummary } from '../../../shared/i18n/pack-contract';
import { api } from '../api/client';
import { downloadFile } from '../app/download';
import { ErrorMessage } from '../app/ErrorMessage';
import { Field } from '../app/fields';
import type { ReportProblems } from './problems';

const IMPORT_FIELD = 'language-pack-import';
const REVIEWER_FIELD = 'language-pack-reviewed-by';
const REVIEWED_ON_FIELD = 'language-pack-reviewed-on';
/** Far bigger than any pack file; a bigger file is refused before it is read. */
const MAX_FILE_BYTES = 600_000;

const plural = (count: number, one: string, many: string) => (count === 1 ? `1 ${one}` : `${count} ${many}`);

/** UTF-8 text as base64, for the browser's download. */
const base64Of = (text: string) => btoa(Array.from(new TextEncoder().encode(text), (byte) => String.fromCharCode(byte)).join(''));

/**
 * The language packs of the family documents' fixed words (issue 16): the drafts Confer ships,
 * the authority's own imported in their place, each exported for a translator and marked checked
 * by them (name and date). An import is checked whole; a file that cannot be used changes nothing.
 */
export function LanguagePacksPanel({ reportProblems }: { readonly reportProblems: ReportProblems }) {
  const [packs, setPacks] = useState<readonly LanguagePackSummary[] | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const [reviewing, setReviewing] = useState<string | null>(null);
  const [reviewer, setReviewer] = useState('');
  const [reviewedOn, setReviewedOn] = useState('');
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});

  useEffect(() => {
    let live = true;
    void api.listLanguagePacks({}).then((result) => {
      if (!live) return;
      if (result.ok) setPacks(result.value);
      else setLoadError(result.error);
    });
    return () => {
      live = false;
    };
  }, []);

  const refuse = (fieldId: string, message: string) => {
    setErrors({ [fieldId]: message });
    reportProblems('language-packs', [{ fieldId, message }]);
  };
  const clear = () => {
    setErrors({});
    reportProblems('language-packs', []);
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) return refuse(IMPORT_FIELD, `${file.name} is too big to be a language pack.`);
    const result = await api.importLanguagePack({ fileText: await file.text() });
    if (!result.ok) return refuse(IMPORT_FIELD, result.error.message);
    clear();
    setPacks(result.value.packs);
    const name = result.value.packs.find((pack) => pack.locale === result.value.locale)?.nameEnglish ?? result.value.locale;
    const missing = result.value.missingKeys.length;
    const unknown = result.value.unknownKeys;
    setStatus(
      [
        `Imported the ${name} pack: it is used in place of the one Confer ships.`,
        missing > 0 ? `${plural(missing, 'phrase is', 'phrases are')} missing and will be printed in English.` : 'No phrase is missing.',
        unknown.length > 0 ? `${plural(unknown.length, 'message was', 'messages were')} not known to Confer and left out: ${unknown.slice(0, 5).join(', ')}.` : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
  };

  const exportPack = async (pack: LanguagePackSummary) => {
    const result = await api.exportLanguagePack({ locale: pack.locale });
    if (!result.ok) return setStatus(result.error.message);
    downloadFile(result.value.fileName, base64Of(result.value.text), 'application/json');
    setStatus(`Exported the ${pack.nameEnglish} pack as ${result.value.fileName}.`);
  };

  const markReviewed = async (event: FormEvent, pack: LanguagePackSummary) => {
    event.preventDefault();
    const result = await api.markLanguagePackReviewed({ locale: pack.locale, by: reviewer, on: reviewedOn });
    if (!result.ok) {
      const fields = result.error.fields ?? {};
      const items = [
        ...(fields['by'] ? [{ fieldId: REVIEWER_FIELD, message: fields['by'] }] : []),
        ...(fields['on'] ? [{ fieldId: REVIEWED_ON_FIELD, message: fields['on'] }] : []),
      ];
      const shown = items.length > 0 ? items : [{ fieldId: REVIEWER_FIELD, message: result.error.message }];
      setErrors(Object.fromEntries(shown.map((item) => [item.fieldId, item.message])));
      reportProblems('language-packs', shown);
      return;
    }
    clear();
    setPacks(result.value);
    setReviewing(null);
    setStatus(`The ${pack.nameEnglish} pack is marked checked by ${reviewer.trim()} on ${reviewedOn}. Copies made with it no longer say it is a draft.`);
  };

  return (
    <section aria-labelledby="language-packs-heading" className="settings-part">
      <h2 id="language-packs-heading">Languages of the family’s documents</h2>
      <p>
        The family’s plan and a child’s own copy can be made in English and the family’s language, paragraph by paragraph. The fixed words come from a language pack. Confer’s
        own packs are drafts that no translator has checked: export one for your translation service, import the checked file, or mark it checked.
      </p>
      {loadError && <ErrorMessage error={loadError} />}
      {packs === null && !loadError && <p>Loading the languages…</p>}
      {packs && (
        <table className="table">
          <caption className="visually-hidden">Language packs</caption>
          <thead>
            <tr>
              <th scope="col">Language</th>
              <th scope="col">Checked</th>
              <th scope="col">Missing phrases</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {packs.map((pack) => (
              <tr key={pack.locale}>
                <th scope="row">
                  {pack.nameEnglish} (<span lang={pack.locale}>{pack.nameOwn}</span>)
                  <br />
                  <span className="field__hint">{pack.source === 'shipped' ? 'Shipped with Confer' : 'Your authority’s pack'}</span>
                </th>
                <td>{pack.reviewed === null ? 'Draft: not checked by a translator' : `Checked by ${pack.reviewed.by} on ${pack.reviewed.on}`}</td>
                <td>{pack.missingKeys.length}</td>
                <td>
                  <button type="button" className="button button--secondary" onClick={() => void exportPack(pack)}>
                    Export<span className="visually-hidden"> the {pack.nameEnglish} pack</span>
                  </button>{' '}
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-expanded={reviewing === pack.locale}
                    onClick={() => {
                      setReviewing(reviewing === pack.locale ? null : pack.locale);
                      setReviewer('');
                      setReviewedOn('');
                      clear();
                    }}
                  >
                    Mark checked<span className="visually-hidden"> the {pack.nameEnglish} pack</span>
                  </button>
                  {reviewing === pack.locale && (
                    <form onSubmit={(event) => void markReviewed(event, pack)} noValidate>
                      <Field id={REVIEWER_FIELD} label="Translator’s name" error={errors[REVIEWER_FIELD]}>
                        {({ id, describedBy, invalid }) => <input id={id} value={reviewer} onChange={(event) => setReviewer(event.target.value)} aria-describedby={describedBy} aria-invalid={invalid || undefined} />}
                      </Field>
                      <Field id={REVIEWED_ON_FIELD} label="Date they checked it" hint="For example 2026-03-19" error={errors[REVIEWED_ON_FIELD]}>
                        {({ id, describedBy, invalid }) => (
                          <input id={id} value={reviewedOn} inputMode="numeric" onChange={(event) => setReviewedOn(event.target.value.trim())} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
                        )}
                      </Field>
                      <button type="submit" className="button button--primary">
                        Save: {pack.nameEnglish} checked
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Field id={IMPORT_FIELD} label="Import a language pack file" hint="A .json file exported from Confer and filled in by your translation service." error={errors[IMPORT_FIELD]}>
        {({ id, describedBy, invalid }) => <input id={id} type="file" accept="application/json,.json" onChange={(event) => void importFile(event)} aria-describedby={describedBy} aria-invalid={invalid || undefined} />}
      </Field>
      <p className="save-status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
