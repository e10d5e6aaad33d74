import { normaliseTimeOfDay } from '../../../shared/dates/local-date';

interface TimeFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly error?: string | undefined;
  readonly onChange: (value: string) => void;
}

/** A time of day as typed (10:25, 10.25, 1025), tidied to HH:MM when the box is left. */
export function TimeField({ id, label, value, error, onChange }: TimeFieldProps) {
  const errorId = `${id}-error`;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {error && (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <input
        id={id}
        className="capture-time"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={value}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => onChange(event.target.value)}
        onBlur={(event) => onChange(normaliseTimeOfDay(event.target.value))}
      />
    </div>
  );
}
