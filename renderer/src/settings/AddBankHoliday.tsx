import { useState, type FormEvent } from 'react';
import { calendarForAuthority } from '../../../shared/authority/calendar';
import { AuthorityBankHolidaySchema, type AuthoritySettings } from '../../../shared/authority/settings';
import { formatIsoDate } from '../../../shared/dates/format';
import { isIsoDate } from '../../../shared/dates/local-date';
import { api } from '../api/client';
import { DateInput } from '../app/DateInput';
import { Field, fieldId } from '../app/fields';
import { submitForm, type FieldErrors } from '../app/submit';
import type { ReportProblems } from './problems';

interface AddBankHolidayProps {
  readonly settings: AuthoritySettings;
  readonly onSaved: (settings: AuthoritySettings) => void;
  readonly onAdded: (message: string) => void;
  readonly reportProblems: ReportProblems;
}

const DATE_ID = fieldId('holiday.date');
const NAME_ID = fieldId('holiday.name');

/** Adds a day the authority treats as a bank holiday, and saves the settings with it. */
export function AddBankHoliday({ settings, onSaved, onAdded, reportProblems }: AddBankHolidayProps) {
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  // The date boxes keep what was typed; a new key empties them after a holiday is added.
  const [round, setRound] = useState(0);

  const schema = AuthorityBankHolidaySchema.superRefine((holiday, context) => {
    if (!isIsoDate(holiday.date)) return;
    const existing = calendarForAuthority(settings).bankHolidayOn(holiday.date);
    if (existing) context.addIssue({ code: 'custom', path: ['date'], message: `${formatIsoDate(holiday.date)} is already a bank holiday: ${existing.name}.` });
  });

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const outcome = await submitForm(schema, { date, name }, (holiday) =>
      api.updateAuthoritySettings({
        settings: { ...settings, extraBankHolidays: [...settings.extraBankHolidays, holiday].sort((a, b) => a.date.localeCompare(b.date)) },
      }),
    );
    setSaving(false);
    if (outcome.ok) {
      const added = outcome.value.extraBankHolidays.find((holiday) => holiday.date === date);
      setErrors({});
      setDate('');
      setName('');
      setRound((value) => value + 1);
      reportProblems('bank-holidays', []);
      onSaved(outcome.value);
      onAdded(`Added ${added?.name ?? name.trim()} on ${formatIsoDate(date)}.`);
      return;
    }
    setErrors(outcome.fields);
    const known = new Set(['date', 'name']);
    reportProblems('bank-holidays', [
      ...Object.entries(outcome.fields)
        .filter(([path]) => known.has(path))
        .map(([path, message]) => ({ fieldId: path === 'date' ? DATE_ID : NAME_ID, message })),
      ...(outcome.message || Object.keys(outcome.fields).some((path) => !known.has(path))
        ? [{ fieldId: 'holiday-add', message: outcome.message ?? 'The holiday could not be added. Check the settings above, then try again.' }]
        : []),
    ]);
  };

  return (
    <form className="form holiday-form" onSubmit={(event) => void add(event)} noValidate aria-labelledby="add-holiday-heading">
      <h3 id="add-holiday-heading">Add a bank holiday</h3>
      <DateInput key={round} id={DATE_ID} legend="Date of the holiday" hint="For example 8 5 2026" error={errors['date']} value={date} onChange={setDate} />
      <Field id={NAME_ID} label="Name of the holiday" hint="As people know it, for example Coronation of King Charles III" error={errors['name']}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            type="text"
            autoComplete="off"
            value={name}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(event) => setName(event.target.value)}
          />
        )}
      </Field>
      <button type="submit" id="holiday-add" className="button button--secondary" disabled={saving}>
        {saving ? 'Adding…' : 'Add bank holiday'}
      </button>
    </form>
  );
}
