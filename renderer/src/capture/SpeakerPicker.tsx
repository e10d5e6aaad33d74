import { forwardRef, useMemo, useState, type KeyboardEvent } from 'react';
import { filterSpeakers, type SpeakerOption } from './speakers';
import { withRole } from '../../../shared/people/roles';

interface SpeakerPickerProps {
  readonly id: string;
  readonly options: readonly SpeakerOption[];
  readonly chosen: SpeakerOption | null;
  readonly error?: string | undefined;
  /** More to read with the box: that no speaker is chosen yet. */
  readonly describedBy?: string | undefined;
  readonly onPick: (option: SpeakerOption) => void;
}

/**
 * Who is speaking: a combobox (the ARIA 1.2 pattern, focus stays in the text box and
 * aria-activedescendant marks the option). Type part of a name or role, or the speaker's number,
 * then Enter.
 */
export const SpeakerPicker = forwardRef<HTMLInputElement, SpeakerPickerProps>(function SpeakerPicker({ id, options, chosen, error, describedBy, onPick }, ref) {
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => filterSpeakers(options, query ?? ''), [options, query]);
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const activeOption = open ? matches[Math.min(active, matches.length - 1)] : undefined;

  const pick = (option: SpeakerOption) => {
    setQuery(null);
    setOpen(false);
    onPick(option);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) setOpen(true);
        else setActive((index) => Math.min(index + 1, matches.length - 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setActive((index) => Math.max(index - 1, 0));
        break;
      case 'Enter':
        if (open && activeOption) {
          event.preventDefault();
          pick(activeOption);
        }
        break;
      case 'Escape':
        if (open || query !== null) {
          // Closes the list only; a second Escape leaves the contribution.
          event.stopPropagation();
          event.nativeEvent.stopImmediatePropagation();
          setOpen(false);
          setQuery(null);
        }
        break;
      default:
        break;
    }
  };

  return (
    <div className={`field capture-speaker${error ? ' field--error' : ''}`}>
      <label className="field__label" htmlFor={id}>
        Who is speaking
      </label>
      <p className="field__hint" id={hintId}>
        Type part of a name or their number, then Enter
      </p>
      {error && (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <input
        ref={ref}
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        className="capture-speaker__input"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeOption ? `${listId}-${activeOption.number}` : undefined}
        aria-describedby={[describedBy ?? '', hintId, error ? errorId : ''].filter(Boolean).join(' ')}
        aria-invalid={Boolean(error)}
        value={query ?? (chosen ? withRole(chosen.name, chosen.role) : '')}
        onFocus={(event) => event.currentTarget.select()}
        onBlur={() => {
          setOpen(false);
          setQuery(null);
        }}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Speakers" className="capture-speaker__list" hidden={!open || matches.length === 0}>
        {open &&
          matches.map((option) => (
            <li
              key={option.key}
              id={`${listId}-${option.number}`}
              role="option"
              aria-selected={option === activeOption}
              className="capture-speaker__option"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(option)}
            >
              <span className="capture-speaker__number">{option.number}</span> {option.name} <span className="capture-speaker__role">{option.role}</span>
            </li>
          ))}
      </ul>
      {open && matches.length === 0 && <p className="field__hint">No one here matches “{query}”.</p>}
    </div>
  );
});
