import { AGENCIES, AGENCY_LABELS, type AgencyId } from '../../../shared/authority/agencies';
import { Field } from '../app/fields';
import type { FieldErrors } from '../app/submit';

/** A new professional as typed, before the schema checks it. */
export interface ProfessionalDraft {
  readonly name: string;
  readonly role: string;
  readonly agency: AgencyId | '';
  readonly organisation: string;
  readonly email: string;
}

export const EMPTY_PROFESSIONAL: ProfessionalDraft = { name: '', role: '', agency: '', organisation: '', email: '' };

interface ProfessionalFieldsProps {
  readonly draft: ProfessionalDraft;
  /** Errors keyed by the professional's own field names (`name`, `agency`…). */
  readonly errors: FieldErrors;
  /** Element id for a field, so the form's error summary can link to it. */
  readonly idFor: (field: keyof ProfessionalDraft) => string;
  readonly onChange: (change: Partial<ProfessionalDraft>) => void;
}

/** The answers that describe a professional in the directory. */
export function ProfessionalFields({ draft, errors, idFor, onChange }: ProfessionalFieldsProps) {
  const text = (field: 'name' | 'role' | 'organisation' | 'email', label: string, hint?: string, autoComplete = 'off') => (
    <Field id={idFor(field)} label={label} {...(hint ? { hint } : {})} error={errors[field]}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="text"
          autoComplete={autoComplete}
          spellCheck={field === 'email' ? false : undefined}
          value={draft[field]}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(event) => onChange({ [field]: event.target.value })}
        />
      )}
    </Field>
  );

  return (
    <>
      <div className="field-row">
        {text('name', 'Name', 'As they like to be called in the conference, for example DC Hannah Cole')}
        {text('role', 'Role', 'For example Social worker or Health visitor')}
      </div>
      <Field id={idFor('agency')} label="Agency" error={errors['agency']}>
        {({ id, describedBy, invalid }) => (
          <select
            id={id}
            value={draft.agency}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(event) => onChange({ agency: event.target.value as AgencyId | '' })}
          >
            <option value="">Choose the agency</option>
            {AGENCIES.map((agency) => (
              <option key={agency} value={agency}>
                {AGENCY_LABELS[agency]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="field-row">
        {text('organisation', 'Organisation (optional)', 'For example Northmere Council or Hollins Lane Primary')}
        {text('email', 'Secure email address (optional)', 'For example name@example.gov.uk', 'off')}
      </div>
    </>
  );
}
