import { useState, type FormEvent } from 'react';
import type { ConferenceDetail } from '../../../shared/conference/details';
import { RecordBirthSchema, type Child } from '../../../shared/family/schema';
import { api } from '../api/client';
import { DateInput } from '../app/DateInput';
import { ErrorSummary } from '../app/ErrorSummary';
import { submitForm } from '../app/submit';
import { useConferences } from '../conference/store';
import { formatIsoDate } from '../../../shared/dates/format';
import { FormTitle } from './FormTitle';
import { TextField } from './TextField';
import { useFormErrors } from './useFormErrors';

interface RecordBirthFormProps {
  readonly child: Child;
  readonly onSaved: (conference: ConferenceDetail) => void;
  readonly onCancel: () => void;
}

/** The unborn baby is born: the same record carries on, keeping its expected date and history. */
export function RecordBirthForm({ child, onSaved, onCancel }: RecordBirthFormProps) {
  const applyChange = useConferences((state) => state.applyChange);
  const formKey = `birth-${child.id}`;
  const [givenName, setGivenName] = useState(child.givenName);
  const [dateOfBirth, setDateOfBirth] = useState('');
  const [saving, setSaving] = useState(false);
  const errors = useFormErrors(formKey, 'givenName');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const outcome = await submitForm(RecordBirthSchema, { childId: child.id, givenName, dateOfBirth }, (input) => applyChange(api.recordBirth(input)));
    setSaving(false);
    if (outcome.ok) return onSaved(outcome.value);
    errors.show(outcome);
  };

  return (
    <form className="family-form" onSubmit={submit} noValidate aria-labelledby={`${formKey}-title`}>
      <FormTitle id={`${formKey}-title`} level={4} text="Record the birth" />
      <div ref={errors.summary}>
        <ErrorSummary errors={errors.summaryItems()} attempt={errors.attempt} />
      </div>
      {child.expectedDeliveryDate && <p>The baby was expected on {formatIsoDate(child.expectedDeliveryDate)}. The record keeps this date.</p>}
      <TextField id={errors.idFor('givenName')} label="First name" error={errors.fields['givenName']} value={givenName} onChange={setGivenName} />
      <DateInput
        id={errors.idFor('dateOfBirth')}
        legend="Date of birth"
        hint="For example 8 8 2026"
        error={errors.fields['dateOfBirth']}
        value={dateOfBirth}
        onChange={setDateOfBirth}
      />
      <div className="button-row">
        <button type="submit" className="button button--primary" aria-disabled={saving}>
          {saving ? 'Saving…' : 'Record the birth'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
