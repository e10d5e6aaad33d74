import type { Professional } from '../../../shared/professionals/schema';
import { Field } from '../app/fields';
import { describeProfessional } from './describeProfessional';

interface ProfessionalPickerProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly error?: string | undefined;
  /** Only the professionals that may be chosen here (for example, not those already invited). */
  readonly professionals: readonly Professional[];
  readonly value: string;
  readonly onChange: (professionalId: string) => void;
}

/** Choose one professional from the directory, each shown with their role and agency. */
export function ProfessionalPicker({ id, label, hint, error, professionals, value, onChange }: ProfessionalPickerProps) {
  return (
    <Field id={id} label={label} {...(hint ? { hint } : {})} error={error}>
      {({ id: inputId, describedBy, invalid }) => (
        <select id={inputId} value={value} aria-describedby={describedBy} aria-invalid={invalid} onChange={(event) => onChange(event.target.value)}>
          <option value="">Choose a professional</option>
          {professionals.map((professional) => (
            <option key={professional.id} value={professional.id}>
              {describeProfessional(professional)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
