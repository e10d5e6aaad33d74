import { z } from 'zod';

/** `backup`: made on a schedule or on request, and rotated. `before-restore`: what was there before a restore, kept until removed. */
export const BACKUP_KINDS = ['backup', 'before-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export const BackupSchema = z.object({ name: z.string(), kind: z.enum(BACKUP_KINDS), createdAt: z.string(), bytes: z.number().int() });
export type Backup = z.infer<typeof BackupSchema>;

const backupName = z.string().regex(/^confer-(before-restore-)?\d{8}-\d{6}(-\d+)?\.sqlite$/, { message: 'Choose a backup from the list.' });

/** The word typed to confirm a restore that would take finalised conferences or audit events away. */
export const RESTORE_CONFIRMATION = 'RESTORE';

export const BackupNameSchema = z.object({ name: backupName });

export const RestoreBackupSchema = z.object({
  name: backupName,
  /** Needed only when the restore would take finalised conferences or audit events away (the handler decides). */
  confirmation: z.string().max(100).optional(),
});

export const RemoveKeptCopySchema = z.object({
  name: z.string().regex(/^confer-before-restore-\d{8}-\d{6}(-\d+)?\.sqlite$/, { message: 'Choose a copy from the list.' }),
});

const count = z.number().int().nonnegative();
export const RecordCountsSchema = z.object({ conferences: count, finalisedConferences: count, auditEvents: count });
export type RecordCounts = z.infer<typeof RecordCountsSchema>;

/** What a restore would do, shown before it is confirmed. */
export const RestorePreviewSchema = z.object({
  name: z.string(),
  createdAt: z.string(),
  now: RecordCountsSchema,
  backup: RecordCountsSchema,
  /** Finalised here, and not (or not finalised) in the backup. */
  finalisedConferencesRemoved: count,
  /** Audit events here that the backup does not hold. */
  auditEventsRemoved: count,
  needsTypedConfirmation: z.boolean(),
});
export type RestorePreview = z.infer<typeof RestorePreviewSchema>;

/** A restore that takes finalised conferences or any of the audit trail away is confirmed by typing a word. */
export function restoreNeedsTypedConfirmation(removed: { readonly finalisedConferencesRemoved: number; readonly auditEventsRemoved: number }): boolean {
  return removed.finalisedConferencesRemoved > 0 || removed.auditEventsRemoved > 0;
}

/** `2 finalised conferences and 14 audit events`, for the question and the refusal alike. */
export function describeRemoval(removed: { readonly finalisedConferencesRemoved: number; readonly auditEventsRemoved: number }): string {
  const parts = [
    ...(removed.finalisedConferencesRemoved > 0 ? [plural(removed.finalisedConferencesRemoved, 'finalised conference', 'finalised conferences')] : []),
    ...(removed.auditEventsRemoved > 0 ? [plural(removed.auditEventsRemoved, 'entry in the audit trail', 'entries in the audit trail')] : []),
  ];
  return parts.join(' and ');
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}
