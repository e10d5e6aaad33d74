import { Field } from '../app/fields';

interface TextFieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly error?: string | undefined;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Several lines (needs, contact details) rather than one. */
  readonly multiline?: boolean;
  readonly autoComplete?: string;
}

/** A labelled text box with its hint and error, the way every family form asks for text. */
export function TextField({ id, label, hint, error, value, onChange, multiline = false, autoComplete = 'off' }: TextFieldProps) {
  return (
    <Field id={id} label={label} {...(hint ? { hint } : {})} error={error}>
      {({ id: inputId, describedBy, invalid }) =>
        multiline ? (
          <textarea
            id={inputId}
            rows={3}
            value={value}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(event) => onChange(event.target.value)}
          />
        ) : (
          <input
            id={inputId}
            type="text"
            autoComplete={autoComplete}
            spellCheck={false}
            value={value}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(event) => onChange(event.target.value)}
          />
        )
      }
    </Field>
  );
}
