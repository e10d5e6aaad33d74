import { useEffect, useRef, useState } from 'react';
import type { BilingualOrder } from '../../../shared/i18n/choice';
import { packForLanguage } from '../../../shared/i18n/language-names';
import type { LanguagePackSummary } from '../../../shared/i18n/pack-contract';
import { api } from '../api/client';
import { RadioGroup } from '../family/RadioGroup';

/** What the chair chose: English only (no language), or English and a pack's language. */
export interface BilingualValue {
  readonly language: string | null;
  readonly order: BilingualOrder;
  readonly confirmDraft: boolean;
}

export const ENGLISH_ONLY: BilingualValue = { language: null, order: 'theirs-first', confirmDraft: false };

export const bilingualFields = (kind: string) => ({ language: `field-${kind}-bilingual`, confirm: `field-${kind}-bilingual-confirm` });

/** The request's `bilingual`, from the chair's choice. */
export function bilingualRequest(value: BilingualValue) {
  return value.language === null ? null : { language: value.language, order: value.order, confirmDraft: value.confirmDraft };
}

interface BilingualChoiceProps {
  readonly kind: string;
  /** Who the copy is for (changing it chooses their language again), and what their record says they speak. */
  readonly recipientKey: string | null;
  readonly spokenLanguage: string;
  readonly value: BilingualValue;
  readonly onChange: (value: BilingualValue) => void;
  readonly error?: string | undefined;
}

const nameOf = (pack: LanguagePackSummary) => (pack.nameOwn === pack.nameEnglish ? pack.nameEnglish : `${pack.nameEnglish} (${pack.nameOwn})`);

/**
 * The copy in English only, or in English and the recipient's language paragraph by paragraph,
 * their language first or second (issue 16). Their language is chosen for them when their record
 * names one Confer has a pack for; a draft pack must be confirmed.
 */
export function BilingualChoice({ kind, recipientKey, spokenLanguage, value, onChange, error }: BilingualChoiceProps) {
  const fields = bilingualFields(kind);
  const [packs, setPacks] = useState<readonly LanguagePackSummary[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    void api.listLanguagePacks({}).then((result) => {
      if (!live) return;
      if (result.ok) setPacks(result.value);
      else setFailed(true);
    });
    return () => {
      live = false;
    };
  }, []);

  // Each recipient starts with their own language when their record names one with a pack.
  const defaulted = useRef<string | null>(null);
  const known = packs === null ? null : packForLanguage(spokenLanguage, packs);
  useEffect(() => {
    if (packs === null || recipientKey === null || defaulted.current === recipientKey) return;
    defaulted.current = recipientKey;
    onChange({ ...ENGLISH_ONLY, language: known?.locale ?? null });
  }, [packs, recipientKey, known, onChange]);

  if (failed) return <p>The languages could not be listed, so this copy can only be made in English.</p>;
  if (packs === null || packs.length === 0) return null;
  const chosen = packs.find((pack) => pack.locale === value.language) ?? null;
  const hintId = `${fields.language}-hint`;
  const errorId = `${fields.language}-error`;
  return (
    <div className="documents-languages">
      <div className={`field${error ? ' field--error' : ''}`}>
        <label className="field__label" htmlFor={fields.language}>
          Language of this copy
        </label>
        <p className="field__hint" id={hintId}>
          {spokenLanguage.trim() === ''
            ? 'Their record does not say which language they read.'
            : known
              ? `Their record says: ${spokenLanguage}. A copy in English and ${known.nameEnglish} is chosen for them.`
              : `Their record says: ${spokenLanguage}. Confer has no pack for it, so English is chosen.`}{' '}
          The fixed words come from the language pack; the conference’s own words stay in English until they are translated.
        </p>
        {error && (
          <p className="field__error" id={errorId}>
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        )}
        <select
          id={fields.language}
          value={value.language ?? ''}
          aria-describedby={[hintId, error ? errorId : ''].filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onChange({ ...value, language: event.target.value === '' ? null : event.target.value, confirmDraft: false })}
        >
          <option value="">English only</option>
          {packs.map((pack) => (
            <option key={pack.locale} value={pack.locale} lang={pack.locale}>
              {`English and ${nameOf(pack)}`}
            </option>
          ))}
        </select>
      </div>
      {chosen && (
        <>
          <RadioGroup
            id={`field-${kind}-bilingual-order`}
            legend="Which language comes first"
            options={[
              { value: 'theirs-first', label: `${chosen.nameEnglish} first, then English` },
              { value: 'english-first', label: `English first, then ${chosen.nameEnglish}` },
            ]}
            value={value.order}
            onChange={(order) => onChange({ ...value, order })}
          />
          {chosen.missingKeys.length > 0 && (
            <p className="notice notice--warning">
              {chosen.missingKeys.length === 1 ? '1 fixed phrase is' : `${chosen.missingKeys.length} fixed phrases are`} not in the {chosen.nameEnglish} pack: {chosen.missingKeys.length === 1 ? 'it is' : 'they are'} printed in English.
            </p>
          )}
          {chosen.reviewed === null ? (
            <div className="notice notice--warning">
              <p>
                No translator has checked the {chosen.nameEnglish} pack yet. The copy will say so on its first page, in both languages. An administrator can mark the pack
                checked in Settings.
              </p>
              <div className="checkbox">
                <input id={fields.confirm} type="checkbox" checked={value.confirmDraft} onChange={(event) => onChange({ ...value, confirmDraft: event.target.checked })} />
                <label htmlFor={fields.confirm}>Use the unchecked {chosen.nameEnglish} words in this copy</label>
              </div>
            </div>
          ) : (
            <p>
              The {chosen.nameEnglish} pack was checked by {chosen.reviewed.by} on {chosen.reviewed.on}.
            </p>
          )}
        </>
      )}
    </div>
  );
}
