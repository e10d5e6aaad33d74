import type { AgendaItemDraft, AgendaItemKind } from '../../../shared/agenda/schema';
import type { FieldErrors } from '../app/submit';

/**
 * An agenda item as the form holds it: minutes stay as typed (so "1.5" or "" can be shown back
 * with an error), and each item has a key of its own so that its answers, its errors and the
 * keyboard focus follow it when it moves.
 */
export interface EditableAgendaItem {
  readonly key: string;
  /** The saved item's id, so its contributions stay with it; absent for a new item. */
  readonly id?: string | undefined;
  readonly kind: AgendaItemKind;
  readonly title: string;
  readonly minutes: string;
}

export type ItemField = 'title' | 'kind' | 'minutes';

let nextKey = 1;
export function newItemKey(): string {
  return `item${nextKey++}`;
}

export function toEditable(items: readonly AgendaItemDraft[]): EditableAgendaItem[] {
  return items.map((item) => ({ key: newItemKey(), id: item.id, kind: item.kind, title: item.title, minutes: String(item.plannedMinutes) }));
}

export function emptyItem(): EditableAgendaItem {
  return { key: newItemKey(), kind: 'other', title: '', minutes: '' };
}

/** What the schema checks: a blank or non-numeric answer becomes "enter the planned time". */
export function toDrafts(items: readonly EditableAgendaItem[]): unknown[] {
  return items.map((item) => ({ ...(item.id ? { id: item.id } : {}), kind: item.kind, title: item.title, plannedMinutes: minutesOf(item.minutes) }));
}

function minutesOf(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isNaN(value) ? undefined : value;
}

/** True when the form holds exactly what is saved. */
export function sameAgenda(items: readonly EditableAgendaItem[], saved: readonly AgendaItemDraft[]): boolean {
  return (
    items.length === saved.length &&
    items.every((item, index) => {
      const other = saved[index];
      return other !== undefined && item.id === other.id && item.kind === other.kind && item.title === other.title && minutesOf(item.minutes) === other.plannedMinutes;
    })
  );
}

export function totalMinutes(items: readonly EditableAgendaItem[]): number {
  return items.reduce((sum, item) => {
    const minutes = minutesOf(item.minutes);
    return minutes !== undefined && Number.isInteger(minutes) && minutes > 0 ? sum + minutes : sum;
  }, 0);
}

/** 135 → "2 hours 15 minutes"; 60 → "1 hour"; 5 → "5 minutes". */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [
    ...(hours > 0 ? [`${hours} ${hours === 1 ? 'hour' : 'hours'}`] : []),
    ...(rest > 0 || hours === 0 ? [`${rest} ${rest === 1 ? 'minute' : 'minutes'}`] : []),
  ];
  return parts.join(' ');
}

/** An item's title as said back to the user, even before it has one. */
export function spokenTitle(item: EditableAgendaItem): string {
  const title = item.title.trim();
  return title ? `‘${title}’` : 'the untitled item';
}

/** The element id of one answer of one item, stable while the item moves. */
export function itemFieldId(prefix: string, key: string, field: ItemField | 'up' | 'down' | 'remove'): string {
  return `${prefix}-${key}-${field}`;
}

export function listId(prefix: string): string {
  return `${prefix}-items`;
}

const FIELD_OF: Readonly<Record<string, ItemField>> = { title: 'title', kind: 'kind', plannedMinutes: 'minutes' };

/**
 * Errors come back by position (`items.3.title`); hold them by item key instead, so that they
 * stay with their item if it is moved before the next save. Other errors keep their path.
 */
export function errorsByItem(fields: FieldErrors, items: readonly EditableAgendaItem[]): FieldErrors {
  const keyed: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const match = /^items\.(\d+)\.(\w+)/.exec(path);
    const item = match ? items[Number(match[1])] : undefined;
    const field = match?.[2] ? FIELD_OF[match[2]] : undefined;
    if (item && field) keyed[`${item.key}.${field}`] ??= message;
    else keyed[path.startsWith('items') ? 'items' : path] ??= message;
  }
  return keyed;
}

export interface SummaryItem {
  readonly fieldId: string;
  readonly message: string;
}

/** Error summary lines for the list, in list order, each saying which item it is about. */
export function agendaSummaryItems(prefix: string, items: readonly EditableAgendaItem[], errors: FieldErrors): SummaryItem[] {
  const lines: SummaryItem[] = [];
  if (errors['items']) lines.push({ fieldId: listId(prefix), message: errors['items'] });
  items.forEach((item, index) => {
    for (const field of ['title', 'kind', 'minutes'] as const) {
      const message = errors[`${item.key}.${field}`];
      if (message) lines.push({ fieldId: itemFieldId(prefix, item.key, field), message: `Item ${index + 1}: ${message}` });
    }
  });
  return lines;
}
