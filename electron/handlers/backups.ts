import {
  describeRemoval,
  RESTORE_CONFIRMATION,
  restoreNeedsTypedConfirmation,
  type Backup,
  type RestorePreview,
} from '../../shared/backup/schema';
import { ValidationError } from '../../shared/contract/result';
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

/** What a restore would do: checked first, then what is here against what the backup holds. */
export function previewRestore(context: HandlerContext, name: string): RestorePreview {
  const { file, comparison } = context.backups.compare(name);
  return { name: file.name, createdAt: file.createdAt, ...comparison, needsTypedConfirmation: restoreNeedsTypedConfirmation(comparison) };
}

/**
 * Restores a checked backup. What is here is kept first as a copy outside rotation, and the
 * restore is recorded in the audit trail of the database it brings back. A restore that would
 * take finalised conferences or audit events away is refused here, whatever the screen did,
 * unless the person typed the word to confirm it.
 */
export function restoreBackup(context: HandlerContext, name: string, confirmation: string | undefined): Backup[] {
  context.backups.restore(name, (comparison) => {
    const needed = restoreNeedsTypedConfirmation(comparison);
    if (needed && confirmation?.trim() !== RESTORE_CONFIRMATION) {
      const message = `This restore would take away ${describeRemoval(comparison)}. Type ${RESTORE_CONFIRMATION} to confirm.`;
      throw new ValidationError(message, { confirmation: message });
    }
    return { confirmedByTyping: needed };
  });
  return context.backups.list();
}

/** Removes a copy kept from before a restore; the removal is audited, as the copy may hold what the restore took away. */
export function removeKeptCopy(context: HandlerContext, name: string): Backup[] {
  context.backups.removeKeptCopy(name);
  appendAudit(context.db, { at: context.now().toISOString(), actor: context.actor, action: 'delete', entity: 'backup', entityId: name, conferenceId: null });
  return context.backups.list();
}
