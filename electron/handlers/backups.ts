import type { Backup } from '../../shared/backup/schema';
import { appendAudit } from '../../db/audit/queries';
import type { HandlerContext } from './context';

export function listBackups(context: HandlerContext): Backup[] {
  return context.backups.list();
}

export function backupNow(context: HandlerContext): Backup[] {
  const made = context.backups.create();
  appendAudit(context.db, { at: context.now().toISOString(), actor: context.actor, action: 'export', entity: 'backup', entityId: made.name, conferenceId: null });
  return context.backups.list();
}

/** Restores a checked backup; the current data is backed up first, so a restore can be undone. */
export function restoreBackup(context: HandlerContext, name: string): Backup[] {
  context.backups.restore(name);
  return context.backups.list();
}
