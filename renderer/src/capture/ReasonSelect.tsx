import { RESTRICTION_REASON_LABELS, RESTRICTION_REASONS, type RestrictionReason } from '../../../shared/audience/restriction';

interface ReasonSelectProps {
  readonly id: string;
  readonly label: string;
  readonly value: RestrictionReason | '';
  readonly error?: string | undefined;
  readonly onChange: (value: RestrictionReason | '') => void;
}

export function ReasonSelect({ id, label, value, error, onChange }: ReasonSelectProps) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {error && (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <select id={id} value={value} aria-invalid={Boolean(error)} aria-describedby={error ? `${id}-error` : undefined} onChange={(event) => onChange(event.target.value as RestrictionReason | '')}>
        <option value="">Choose a reason</option>
        {RESTRICTION_REASONS.map((reason) => (
          <option key={reason} value={reason}>
            {RESTRICTION_REASON_LABELS[reason]}
          </option>
        ))}
      </select>
    </div>
  );
}
