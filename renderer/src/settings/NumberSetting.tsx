import { Field, fieldId } from '../app/fields';
import { FIELDS, hintFor, type NumberPath } from './fields';

interface NumberSettingProps {
  readonly path: NumberPath;
  readonly value: string;
  readonly error: string | undefined;
  readonly onChange: (path: NumberPath, value: string) => void;
}

/** One number on the settings screen, with its default in the hint. */
export function NumberSetting({ path, value, error, onChange }: NumberSettingProps) {
  const field = FIELDS[path];
  return (
    <Field id={fieldId(path)} label={field.label} hint={hintFor(field)} error={error}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          className="width-4"
          value={value}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(event) => onChange(path, event.target.value)}
        />
      )}
    </Field>
  );
}
