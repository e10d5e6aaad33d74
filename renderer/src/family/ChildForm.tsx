import { useState, type FormEvent } from 'react';
import type { ConferenceDetail } from '../../../shared/conference/details';
import type { Child } from '../../../shared/family/schema';
import { DateInput } from '../app/DateInput';
import { ErrorSummary } from '../app/ErrorSummary';
import type { FieldErrors, SubmitOutcome } from '../app/submit';
import { LanguageFields, type LanguageDraft } from './LanguageFields';
import { FormTitle } from './FormTitle';
import { RadioGroup } from './RadioGroup';
import { TextField } from './TextField';
import { useFormErrors } from './useFormErrors';

export type BirthStatus = 'born' | 'unborn';

export interface ChildDraft extends LanguageDraft {
  readonly status: BirthStatus;
  readonly givenName: string;
  readonly familyName: string;
  readonly dateOfBirth: string;
  readonly expectedDeliveryDate: string;
  readonly gender: string;
  readonly ethnicity: string;
  readonly schoolOrSetting: string;
  readonly cmsPersonId: string;
}

export function draftOfChild(child: Child): ChildDraft {
  return {
    status: child.isUnborn ? 'unborn' : 'born',
    givenName: child.givenName,
    familyName: child.familyName,
    dateOfBirth: child.dateOfBirth ?? '',
    expectedDeliveryDate: child.expectedDeliveryDate ?? '',
    gender: child.gender,
    ethnicity: child.ethnicity,
    schoolOrSetting: child.schoolOrSetting,
    cmsPersonId: child.cmsPersonId,
    firstLanguage: child.firstLanguage,
    interpreterLanguage: child.interpreterLanguage,
    interpreterDialect: child.interpreterDialect,
    communicationNeeds: child.communicationNeeds,
  };
}

export function emptyChildDraft(familyName: string): ChildDraft {
  return {
    status: 'born',
    givenName: '',
    familyName,
    dateOfBirth: '',
    expectedDeliveryDate: '',
    gender: '',
    ethnicity: '',
    schoolOrSetting: '',
    cmsPersonId: '',
    firstLanguage: '',
    interpreterLanguage: '',
    interpreterDialect: '',
    communicationNeeds: '',
  };
}

/** The answers as the schema takes them. A born child keeps the expected date it once had. */
function detailsOf({ status, ...draft }: ChildDraft) {
  return status === 'born' ? draft : { ...draft, dateOfBirth: '' };
}

/** For an unborn baby the missing date is the expected date of delivery: say so beside that box. */
function placeErrors(status: BirthStatus, fields: FieldErrors): FieldErrors {
  if (status === 'born' || !fields['dateOfBirth']) return fields;
  const placed: Record<string, string> = { ...fields };
  delete placed['dateOfBirth'];
  return { ...placed, expectedDeliveryDate: fields['expectedDeliveryDate'] ?? 'Enter the expected date of delivery.' };
}

interface ChildFormProps {
  /** Unique on the page: field ids start with it. */
  readonly formKey: string;
  readonly title: string;
  /** 3 for a new child under "Children", 4 inside a child's own entry. */
  readonly headingLevel: 3 | 4;
  readonly initial: ChildDraft;
  /** Only a new child is asked whether it is born yet; an unborn baby's birth is recorded separately. */
  readonly askStatus: boolean;
  readonly submitLabel: string;
  readonly save: (details: unknown) => Promise<SubmitOutcome<ConferenceDetail>>;
  readonly onSaved: (conference: ConferenceDetail) => void;
  readonly onCancel: () => void;
}

export function ChildForm({ formKey, title, headingLevel, initial, askStatus, submitLabel, save, onSaved, onCancel }: ChildFormProps) {
  const [draft, setDraft] = useState<ChildDraft>(initial);
  const [saving, setSaving] = useState(false);
  const errors = useFormErrors(formKey, askStatus ? 'status' : 'givenName');
  const change = (update: Partial<ChildDraft>) => setDraft((current) => ({ ...current, ...update }));
  const { fields, idFor } = errors;
  const unborn = draft.status === 'unborn';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const outcome = await save(detailsOf(draft));
    setSaving(false);
    if (outcome.ok) return onSaved(outcome.value);
    errors.show({ ...outcome, fields: placeErrors(draft.status, outcome.fields) });
  };

  return (
    <form className="family-form" onSubmit={submit} noValidate aria-labelledby={`${formKey}-title`}>
      <FormTitle id={`${formKey}-title`} level={headingLevel} text={title} />
      <div ref={errors.summary}>
        <ErrorSummary errors={errors.summaryItems()} attempt={errors.attempt} />
      </div>
      <p className="field__hint">Only the name and the date are needed. Add the rest when you know it.</p>
      {askStatus && (
        <RadioGroup
          id={idFor('status')}
          legend="Is the child born yet?"
          options={[
            { value: 'born', label: 'Born' },
            { value: 'unborn', label: 'Unborn baby' },
          ]}
          value={draft.status}
          onChange={(status) => change({ status })}
        />
      )}
      <div className="field-row">
        {!unborn && (
          <TextField id={idFor('givenName')} label="First name" error={fields['givenName']} value={draft.givenName} onChange={(givenName) => change({ givenName })} />
        )}
        <TextField id={idFor('familyName')} label="Family name" error={fields['familyName']} value={draft.familyName} onChange={(familyName) => change({ familyName })} />
      </div>
      {unborn ? (
        <DateInput
          key="expected"
          id={idFor('expectedDeliveryDate')}
          legend="Expected date of delivery"
          hint="For example 10 8 2026"
          error={fields['expectedDeliveryDate']}
          value={draft.expectedDeliveryDate}
          onChange={(expectedDeliveryDate) => change({ expectedDeliveryDate })}
        />
      ) : (
        <DateInput
          key="born"
          id={idFor('dateOfBirth')}
          legend="Date of birth"
          hint="For example 2 11 2016"
          error={fields['dateOfBirth']}
          value={draft.dateOfBirth}
          onChange={(dateOfBirth) => change({ dateOfBirth })}
        />
      )}
      <div className="field-row">
        <TextField id={idFor('gender')} label="Gender" error={fields['gender']} value={draft.gender} onChange={(gender) => change({ gender })} />
        <TextField id={idFor('ethnicity')} label="Ethnicity" error={fields['ethnicity']} value={draft.ethnicity} onChange={(ethnicity) => change({ ethnicity })} />
      </div>
      <TextField
        id={idFor('schoolOrSetting')}
        label="School or setting"
        hint="For example Year 4, Hollins Lane Primary, or nursery"
        error={fields['schoolOrSetting']}
        value={draft.schoolOrSetting}
        onChange={(schoolOrSetting) => change({ schoolOrSetting })}
      />
      <TextField
        id={idFor('cmsPersonId')}
        label="Person id in the case-management system"
        hint="As the case-management system shows it. It goes only into the reporting export for the authority’s own database."
        error={fields['cmsPersonId']}
        value={draft.cmsPersonId}
        onChange={(cmsPersonId) => change({ cmsPersonId })}
      />
      <LanguageFields draft={draft} errors={fields} idFor={idFor} onChange={change} />
      <div className="button-row">
        <button type="submit" className="button button--primary" aria-disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
