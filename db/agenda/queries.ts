import type { AgendaItem, AgendaItemDraft, AgendaTemplateItem } from '../../shared/agenda/schema';
import type { ConferenceType } from '../../shared/conference/schema';
import type { Db } from '../open';

export function listAgenda(db: Db, conferenceId: string): AgendaItem[] {
  return db
    .prepare('SELECT id, kind, title, planned_minutes AS plannedMinutes FROM agenda_item WHERE conference_id = ? ORDER BY position')
    .all(conferenceId) as AgendaItem[];
}

/**
 * Saves the agenda as given, in order: items with an id are updated in place (their
 * contributions stay with them), new items are added, and items left out are removed.
 */
export function replaceAgenda(db: Db, conferenceId: string, items: readonly AgendaItemDraft[], newId: () => string): void {
  const kept = new Set(items.flatMap((item) => (item.id ? [item.id] : [])));
  for (const existing of listAgenda(db, conferenceId)) {
    if (!kept.has(existing.id)) db.prepare('DELETE FROM agenda_item WHERE id = ?').run(existing.id);
  }
  const update = db.prepare('UPDATE agenda_item SET position = ?, kind = ?, title = ?, planned_minutes = ? WHERE id = ? AND conference_id = ?');
  const insert = db.prepare('INSERT INTO agenda_item (id, conference_id, position, kind, title, planned_minutes) VALUES (?, ?, ?, ?, ?, ?)');
  items.forEach((item, position) => {
    if (item.id) update.run(position, item.kind, item.title, item.plannedMinutes, item.id, conferenceId);
    else insert.run(newId(), conferenceId, position, item.kind, item.title, item.plannedMinutes);
  });
}

export function agendaItemIdsWithContributions(db: Db, conferenceId: string): ReadonlySet<string> {
  return new Set(db.prepare('SELECT DISTINCT agenda_item_id FROM contribution WHERE conference_id = ?').pluck().all(conferenceId) as string[]);
}

export function findAgendaTemplate(db: Db, type: ConferenceType): AgendaTemplateItem[] | undefined {
  const rows = db
    .prepare('SELECT kind, title, planned_minutes AS plannedMinutes FROM agenda_template_item WHERE conference_type = ? ORDER BY position')
    .all(type) as AgendaTemplateItem[];
  return rows.length > 0 ? rows : undefined;
}

export function replaceAgendaTemplate(db: Db, type: ConferenceType, items: readonly AgendaTemplateItem[]): void {
  db.prepare('DELETE FROM agenda_template_item WHERE conference_type = ?').run(type);
  const insert = db.prepare('INSERT INTO agenda_template_item (conference_type, position, kind, title, planned_minutes) VALUES (?, ?, ?, ?, ?)');
  items.forEach((item, position) => insert.run(type, position, item.kind, item.title, item.plannedMinutes));
}
