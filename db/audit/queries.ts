import type { Db } from '../open';

export type AuditAction = 'create' | 'update' | 'delete' | 'export' | 'import' | 'restore';

export interface AuditEntry {
  readonly at: string;
  readonly actor: string;
  readonly action: AuditAction;
  readonly entity: string;
  readonly entityId: string;
  readonly conferenceId: string | null;
}

/** Records who did what to which record; never the content itself. */
export function appendAudit(db: Db, entry: AuditEntry): void {
  db.prepare(
    `INSERT INTO audit_event (at, actor, action, entity, entity_id, conference_id)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(entry.at, entry.actor, entry.action, entry.entity, entry.entityId, entry.conferenceId);
}
