import { useState, type FormEvent, type ReactNode } from 'react';
import { z } from 'zod';
import { AuthoritySettingsSchema, PRACTICE_MODEL_LABELS, PRACTICE_MODELS, type AuthoritySettings } from '../../../shared/authority/settings';
import { api } from '../api/client';
import { Field, fieldId } from '../app/fields';
import { submitForm, type FieldErrors } from '../app/submit';
import { DEFAULT_HINTS, draftOf, settingsOf, type NumberPath, type SettingsDraft } from './fields';
import { NumberSetting } from './NumberSetting';
import type { ReportProblems } from './problems';

const UpdateSchema = z.object({ settings: AuthoritySettingsSchema });

interface SettingsFormProps {
  readonly settings: AuthoritySettings;
  readonly onSaved: (settings: AuthoritySettings) => void;
  readonly reportProblems: ReportProblems;
}

/** The authority's timescales and rules (the brief's "Local – varies"), saved together. */
export function SettingsForm({ settings, onSaved, reportProblems }: SettingsFormProps) {
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOf(settings));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState('');

  const change = (path: keyof SettingsDraft, value: string) => {
    setDraft((current) => ({ ...current, [path]: value }));
    setStatus('');
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const outcome = await submitForm(UpdateSchema, { settings: settingsOf(draft, settings) }, (input) => api.updateAuthoritySettings(input), 'settings');
    setSaving(false);
    if (outcome.ok) {
      setErrors({});
      setDraft(draftOf(outcome.value));
      setStatus('The settings are saved.');
      reportProblems('settings', []);
      onSaved(outcome.value);
      return;
    }
    setErrors(outcome.fields);
    setStatus('');
    reportProblems('settings', [
      ...(outcome.message ? [{ fieldId: 'settings-save', message: outcome.message }] : []),
      ...Object.entries(outcome.fields).map(([path, message]) => ({ fieldId: fieldId(path), message })),
    ]);
  };

  const whicheverError = errors['preBirthFirstReview.whichever'];
  const number = (path: NumberPath) => <NumberSetting path={path} value={draft[path]} error={errors[path]} onChange={change} />;

  return (
    <section aria-labelledby="settings-rules-heading">
      <h2 id="settings-rules-heading">Timescales and rules</h2>
      <p>These apply to every conference. Working days leave out weekends and the bank holidays below.</p>
      <form className="form" onSubmit={(event) => void save(event)} noValidate aria-labelledby="settings-rules-heading">
        <Group legend="Conference timescales">
          {number('initialConferenceWorkingDays')}
          {number('transferInWorkingDays')}
          {number('firstReviewMonths')}
          {number('laterReviewMonths')}
          {number('firstCoreGroupWorkingDays')}
          <fieldset className="fieldset fieldset--child">
            <legend className="field__label">Pre-birth conference: first review</legend>
            <p className="field__hint">After the baby is born, or after the conference.</p>
            <div className="field-row">
              {number('preBirthFirstReview.workingDaysAfterBirth')}
              {number('preBirthFirstReview.monthsAfterConference')}
            </div>
            <fieldset className={`radios${whicheverError ? ' field--error' : ''}`} aria-describedby={whicheverError ? 'whichever-hint whichever-error' : 'whichever-hint'}>
              <legend className="field__label">Which date applies</legend>
              <p className="field__hint" id="whichever-hint">
                {DEFAULT_HINTS.whichever}
              </p>
              {whicheverError && (
                <p className="field__error" id="whichever-error">
                  <span className="visually-hidden">Error: </span>
                  {whicheverError}
                </p>
              )}
              {(['sooner', 'later'] as const).map((value, index) => (
                <div className="radio" key={value}>
                  <input
                    type="radio"
                    id={index === 0 ? fieldId('preBirthFirstReview.whichever') : `whichever-${value}`}
                    name="whichever"
                    value={value}
                    checked={draft.whichever === value}
                    onChange={() => change('whichever', value)}
                  />
                  <label htmlFor={index === 0 ? fieldId('preBirthFirstReview.whichever') : `whichever-${value}`}>Whichever is {value}</label>
                </div>
              ))}
            </fieldset>
          </fieldset>
        </Group>
        <Group legend="Reports and records">
          {number('reportsToFamilyWorkingDays.initial')}
          {number('reportsToFamilyWorkingDays.review')}
          {number('decisionLetterWorkingDays')}
          {number('recordWorkingDays')}
          {number('dissentWindowHours')}
        </Group>
        <Group legend="Quoracy">
          {number('quorumOtherAgencies')}
          {number('inquorateRebookWorkingDays')}
        </Group>
        <Group legend="Chairing and practice">
          <Field id={fieldId('chairRoleLabel')} label="The chair’s role" hint={DEFAULT_HINTS.chairRoleLabel} error={errors['chairRoleLabel']}>
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                type="text"
                autoComplete="off"
                value={draft.chairRoleLabel}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                onChange={(event) => change('chairRoleLabel', event.target.value)}
              />
            )}
          </Field>
          <Field id={fieldId('practiceModel')} label="Practice model" hint={DEFAULT_HINTS.practiceModel} error={errors['practiceModel']}>
            {({ id, describedBy, invalid }) => (
              <select id={id} value={draft.practiceModel} aria-describedby={describedBy} aria-invalid={invalid} onChange={(event) => change('practiceModel', event.target.value)}>
                {PRACTICE_MODELS.map((model) => (
                  <option key={model} value={model}>
                    {PRACTICE_MODEL_LABELS[model]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {number('dueSoonWorkingDays')}
        </Group>
        <Group legend="Records on this computer">
          {number('retentionDays')}
          {number('idleLockMinutes')}
        </Group>
        <Group legend="Plain language">
          {number('readingAgeTarget')}
          {number('childReadingAgeTarget')}
          {number('readingEaseTarget')}
        </Group>
        <div className="form__actions">
          <button type="submit" id="settings-save" className="button button--primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save settings'}
          </button>
        </div>
        <p className="agenda-status" role="status">
          {status}
        </p>
      </form>
    </section>
  );
}

function Group({ legend, children }: { readonly legend: string; readonly children: ReactNode }) {
  return (
    <fieldset className="fieldset settings-group">
      <legend>
        <h3>{legend}</h3>
      </legend>
      {children}
    </fieldset>
  );
}
