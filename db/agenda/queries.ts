import type { AgendaItem, AgendaItemDraft } from '../../shared/agenda/schema';
import type { ConferenceType } from '../../shared/conference/schema';
import type { Db } from '../open';

export function listAgenda(db: Db, conferenceId: string): AgendaItem[] {
  return db
    .prepare('SELECT id, kind, title, planned_minutes AS plannedMinutes FROM agenda_item WHERE conference_id = ? ORDER BY position')
    .all(conferenceId) as AgendaItem[];
}

/** Replaces the agenda in one go; items keep their ids when their position and kind are unchanged. */
export function replaceAgenda(db: Db, conferenceId: string, items: readonly AgendaItemDraft[], newId: () => string): void {
  const existing = listAgenda(db, conferenceId);
  db.prepare('DELETE FROM agenda_item WHERE conference_id = ?').run(conferenceId);
  const insert = db.prepare('INSERT INTO agenda_item (id, conference_id, position, kind, title, planned_minutes) VALUES (?, ?, ?, ?, ?, ?)');
  items.forEach((item, position) => {
    const previous = existing[position];
    const id = previous && previous.kind === item.kind ? previous.id : newId();
    insert.run(id, conferenceId, position, item.kind, item.title, item.plannedMinutes);
  });
}

export function findAgendaTemplate(db: Db, type: ConferenceType): AgendaItemDraft[] | undefined {
  const rows = db
    .prepare('SELECT kind, title, planned_minutes AS plannedMinutes FROM agenda_template_item WHERE conference_type = ? ORDER BY position')
    .all(type) as AgendaItemDraft[];
  return rows.length > 0 ? rows : undefined;
}

export function replaceAgendaTemplate(db: Db, type: ConferenceType, items: readonly AgendaItemDraft[]): void {
  db.prepare('DELETE FROM agenda_template_item WHERE conference_type = ?').run(type);
  const insert = db.prepare('INSERT INTO agenda_template_item (conference_type, position, kind, title, planned_minutes) VALUES (?, ?, ?, ?, ?)');
  items.forEach((item, position) => insert.run(type, position, item.kind, item.title, item.plannedMinutes));
}
