import { AGENDA_ITEM_KINDS, type AgendaItemKind } from '../../../shared/agenda/schema';
import { Field } from '../app/fields';
import type { FieldErrors } from '../app/submit';
import { itemFieldId, type EditableAgendaItem } from './draft';
import { AGENDA_ITEM_KIND_LABELS } from './kinds';

interface AgendaItemFieldsProps {
  readonly prefix: string;
  readonly item: EditableAgendaItem;
  readonly position: number;
  readonly count: number;
  readonly errors: FieldErrors;
  readonly canRemove: boolean;
  readonly onChange: (item: EditableAgendaItem) => void;
  readonly onMove: (direction: -1 | 1) => void;
  readonly onRemove: () => void;
}

/** One agenda item: its answers, then the buttons that move or remove it. */
export function AgendaItemFields({ prefix, item, position, count, errors, canRemove, onChange, onMove, onRemove }: AgendaItemFieldsProps) {
  const id = (field: Parameters<typeof itemFieldId>[2]) => itemFieldId(prefix, item.key, field);
  // Buttons say which item they act on, for people who hear them out of context.
  const which = (
    <>
      {' '}
      <span className="visually-hidden">
        item {position}, {item.title.trim() || 'untitled'}
      </span>
    </>
  );
  return (
    <li className="agenda-item">
      <fieldset className="fieldset agenda-item__fieldset">
        <legend className="agenda-item__legend">Item {position}</legend>
        <div className="field-row agenda-item__fields">
          <div className="agenda-item__title">
            <Field id={id('title')} label="Title" error={errors[`${item.key}.title`]}>
              {({ id: inputId, describedBy, invalid }) => (
                <input
                  id={inputId}
                  type="text"
                  autoComplete="off"
                  value={item.title}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  onChange={(event) => onChange({ ...item, title: event.target.value })}
                />
              )}
            </Field>
          </div>
          <Field id={id('kind')} label="What it is for" error={errors[`${item.key}.kind`]}>
            {({ id: inputId, describedBy, invalid }) => (
              <select
                id={inputId}
                value={item.kind}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                onChange={(event) => onChange({ ...item, kind: event.target.value as AgendaItemKind })}
              >
                {AGENDA_ITEM_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {AGENDA_ITEM_KIND_LABELS[kind]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={id('minutes')} label="Planned minutes" error={errors[`${item.key}.minutes`]}>
            {({ id: inputId, describedBy, invalid }) => (
              <input
                id={inputId}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                className="width-4"
                value={item.minutes}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                onChange={(event) => onChange({ ...item, minutes: event.target.value })}
              />
            )}
          </Field>
        </div>
        <div className="button-row agenda-item__actions">
          <button type="button" id={id('up')} className="button button--secondary" disabled={position === 1} onClick={() => onMove(-1)}>
            Move up
            {which}
          </button>
          <button type="button" id={id('down')} className="button button--secondary" disabled={position === count} onClick={() => onMove(1)}>
            Move down
            {which}
          </button>
          {canRemove && (
            <button type="button" id={id('remove')} className="button button--link" onClick={onRemove}>
              Remove
              {which}
            </button>
          )}
        </div>
      </fieldset>
    </li>
  );
}
