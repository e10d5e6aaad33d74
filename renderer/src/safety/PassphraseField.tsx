import { Field } from '../app/fields';

interface PassphraseFieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly error: string | undefined;
  readonly value: string;
  readonly shown: boolean;
  /** `new-password` when making one up, so a password manager does not offer an old one. */
  readonly autoComplete: 'new-password' | 'current-password' | 'off';
  readonly onChange: (value: string) => void;
}

export function PassphraseField({ id, label, hint, error, value, shown, autoComplete, onChange }: PassphraseFieldProps) {
  return (
    <Field id={id} label={label} {...(hint ? { hint } : {})} error={error}>
      {({ id: inputId, describedBy, invalid }) => (
        <input
          id={inputId}
          className="safety-passphrase"
          type={shown ? 'text' : 'password'}
          autoComplete={autoComplete}
          autoCapitalize="none"
          spellCheck={false}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
