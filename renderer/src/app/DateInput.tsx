import { useState } from 'react';

/**
 * A date as three boxes (day, month, year), the GOV.UK pattern: unambiguous for UK users, easy
 * by keyboard and with a screen reader, and the same in every browser and operating system
 * (a native date picker follows the machine's locale and can silently swap day and month).
 */
interface DateInputProps {
  /** Given to the day box, so the error summary's link lands at the start of the date. */
  readonly id: string;
  readonly legend: string;
  readonly hint?: string;
  readonly error?: string | undefined;
  readonly value: string;
  readonly onChange: (isoDate: string) => void;
}

interface Parts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

export function DateInput({ id, legend, hint, error, value, onChange }: DateInputProps) {
  const [parts, setParts] = useState<Parts>(() => partsOf(value));
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;

  const update = (change: Partial<Parts>) => {
    const next = { ...parts, ...change };
    setParts(next);
    onChange(isoOf(next));
  };

  const box = (part: keyof Parts, label: string, width: string) => (
    <div className="date-input__item">
      <label className="date-input__label" htmlFor={part === 'day' ? id : `${id}-${part}`}>
        {label}
      </label>
      <input
        id={part === 'day' ? id : `${id}-${part}`}
        className={`date-input__input ${width}`}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        maxLength={part === 'year' ? 4 : 2}
        value={parts[part]}
        aria-invalid={Boolean(error)}
        onChange={(event) => update({ [part]: event.target.value.trim() })}
      />
    </div>
  );

  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <fieldset className="date-input" role="group" aria-describedby={describedBy}>
        <legend className="field__label">{legend}</legend>
        {hint && (
          <p className="field__hint" id={hintId}>
            {hint}
          </p>
        )}
        {error && (
          <p className="field__error" id={errorId}>
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        )}
        <div className="date-input__items">
          {box('day', 'Day', 'width-2')}
          {box('month', 'Month', 'width-2')}
          {box('year', 'Year', 'width-4')}
        </div>
      </fieldset>
    </div>
  );
}

function partsOf(isoDate: string): Parts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return match ? { year: match[1] ?? '', month: String(Number(match[2])), day: String(Number(match[3])) } : { day: '', month: '', year: '' };
}

/** Blank stays blank ("enter the date"); anything else becomes a string the schema checks. */
export function isoOf({ day, month, year }: Parts): string {
  if (!day && !month && !year) return '';
  return `${year.padStart(4, '0')}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
