import { useState } from 'react';
import type { FieldErrors } from '../app/submit';
import { AgendaItemFields } from './AgendaItemFields';
import { emptyItem, formatDuration, itemFieldId, listId, spokenTitle, totalMinutes, type EditableAgendaItem } from './draft';

/** The schema's limit: an agenda has at most this many items. */
const MAX_ITEMS = 40;

interface AgendaEditorProps {
  /** Makes the ids unique when more than one list is on a screen. */
  readonly prefix: string;
  readonly items: readonly EditableAgendaItem[];
  readonly errors: FieldErrors;
  readonly onChange: (items: readonly EditableAgendaItem[]) => void;
}

interface Removed {
  readonly item: EditableAgendaItem;
  readonly index: number;
}

/**
 * An ordered agenda, edited in place: used for a conference's agenda and for the authority's
 * templates. It only changes the list it is given; saving is up to the screen that holds it.
 */
export function AgendaEditor({ prefix, items, errors, onChange }: AgendaEditorProps) {
  const [announcement, setAnnouncement] = useState('');
  const [removed, setRemoved] = useState<Removed | null>(null);

  const focusLater = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

  const change = (key: string, next: EditableAgendaItem) => onChange(items.map((item) => (item.key === key ? next : item)));

  const move = (index: number, direction: -1 | 1) => {
    const target = index + direction;
    const item = items[index];
    const other = items[target];
    if (!item || !other) return;
    const next = [...items];
    next[target] = item;
    next[index] = other;
    onChange(next);
    setAnnouncement(`Moved ${spokenTitle(item)} to position ${target + 1} of ${items.length}`);
    // Keep the keyboard on the item that moved; at either end, on the button that still works.
    const atEnd = direction === -1 ? target === 0 : target === items.length - 1;
    focusLater(itemFieldId(prefix, item.key, atEnd ? (direction === -1 ? 'down' : 'up') : direction === -1 ? 'up' : 'down'));
  };

  const remove = (index: number) => {
    const item = items[index];
    if (!item) return;
    onChange(items.filter((_, i) => i !== index));
    setRemoved({ item, index });
    setAnnouncement(`Removed ${spokenTitle(item)}. You can undo this.`);
    focusLater(`${prefix}-undo`);
  };

  const undo = () => {
    if (!removed) return;
    const index = Math.min(removed.index, items.length);
    onChange([...items.slice(0, index), removed.item, ...items.slice(index)]);
    setRemoved(null);
    setAnnouncement(`Put back ${spokenTitle(removed.item)} as item ${index + 1}.`);
    focusLater(itemFieldId(prefix, removed.item.key, 'title'));
  };

  const add = () => {
    const item = emptyItem();
    onChange([...items, item]);
    setAnnouncement(`Added item ${items.length + 1}.`);
    focusLater(itemFieldId(prefix, item.key, 'title'));
  };

  return (
    <div className="agenda-editor">
      {errors['items'] && (
        <p className="field__error" id={`${listId(prefix)}-error`}>
          <span className="visually-hidden">Error: </span>
          {errors['items']}
        </p>
      )}
      <ol className="agenda-list" id={listId(prefix)} tabIndex={-1} aria-label="Agenda items">
        {items.map((item, index) => (
          <AgendaItemFields
            key={item.key}
            prefix={prefix}
            item={item}
            position={index + 1}
            count={items.length}
            errors={errors}
            canRemove={items.length > 1}
            onChange={(next) => change(item.key, next)}
            onMove={(direction) => move(index, direction)}
            onRemove={() => remove(index)}
          />
        ))}
      </ol>
      {removed && (
        <div className="notice agenda-editor__undo">
          <p>
            Removed {spokenTitle(removed.item)}.{' '}
            <button type="button" id={`${prefix}-undo`} className="button button--link" onClick={undo}>
              Undo<span className="visually-hidden"> removing {spokenTitle(removed.item)}</span>
            </button>
          </p>
        </div>
      )}
      <div className="agenda-editor__footer">
        {items.length < MAX_ITEMS && (
          <button type="button" className="button button--secondary" onClick={add}>
            Add an item
          </button>
        )}
        <p className="agenda-editor__total">
          <strong>Total: {formatDuration(totalMinutes(items))}</strong>
        </p>
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
