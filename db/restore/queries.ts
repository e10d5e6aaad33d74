import type { Db } from '../open';

/** What a restore is judged by: how much of the record, and of its history, is there. */
export interface RecordCounts {
  readonly conferences: number;
  readonly finalisedConferences: number;
  readonly auditEvents: number;
}

/** The database here against a backup: what each holds, and what is here but not in the backup. */
export interface RestoreComparison {
  readonly now: RecordCounts;
  readonly backup: RecordCounts;
  /** Finalised here, and missing from the backup or not finalised in it. */
  readonly finalisedConferencesRemoved: number;
  /** Audit events here that the backup does not hold, the same event at the same place in the trail. */
  readonly auditEventsRemoved: number;
}

export interface RestoreRecord {
  readonly id: string;
  readonly restoredAt: string;
  readonly restoredBy: string;
  readonly backupName: string;
  readonly backupMadeAt: string;
  readonly keptCopyName: string;
  readonly before: RecordCounts;
  readonly after: RecordCounts;
  readonly finalisedConferencesRemoved: number;
  readonly auditEventsRemoved: number;
  readonly confirmedByTyping: boolean;
}

export function countRecords(db: Db): RecordCounts {
  return db
    .prepare(
      `SELECT (SELECT count(*) FROM conference) AS conferences,
              (SELECT count(*) FROM conference WHERE status = 'finalised') AS finalisedConferences,
              (SELECT count(*) FROM audit_event) AS auditEvents`,
    )
    .get() as RecordCounts;
}

/** Compares the open database with an open backup (read only; it may be from an earlier schema). */
export function compareWithBackup(live: Db, backup: Db): RestoreComparison {
  const finalisedInBackup = new Set(backup.prepare("SELECT id FROM conference WHERE status = 'finalised'").pluck().all() as string[]);
  const finalisedHere = live.prepare("SELECT id FROM conference WHERE status = 'finalised'").pluck().all() as string[];
  return {
    now: countRecords(live),
    backup: countRecords(backup),
    finalisedConferencesRemoved: finalisedHere.filter((id) => !finalisedInBackup.has(id)).length,
    auditEventsRemoved: auditEventsMissingFrom(live, backup),
  };
}

const AUDIT_IN_ORDER = 'SELECT seq, at, actor, action, entity, entity_id, conference_id FROM audit_event ORDER BY seq';

/**
 * Both trails walked side by side in order (no trail is ever held in memory whole). An event
 * counts as kept only when the backup has the same event with the same number: after an earlier
 * restore the two trails can share numbers but not events.
 */
function auditEventsMissingFrom(live: Db, backup: Db): number {
  const theirs = backup.prepare(AUDIT_IN_ORDER).raw().iterate() as IterableIterator<unknown[]>;
  let next = theirs.next();
  let missing = 0;
  try {
    for (const mine of live.prepare(AUDIT_IN_ORDER).raw().iterate() as IterableIterator<unknown[]>) {
      while (!next.done && (next.value[0] as number) < (mine[0] as number)) next = theirs.next();
      if (next.done || !mine.every((value, i) => value === next.value?.[i])) missing++;
    }
  } finally {
    theirs.return?.();
  }
  return missing;
}

export function insertRestoreRecord(db: Db, record: RestoreRecord): void {
  db.prepare(
    `INSERT OR IGNORE INTO backup_restore (id, restored_at, restored_by, backup_name, backup_made_at, kept_copy_name,
       conferences_before, finalised_before, audit_events_before, conferences_after, finalised_after, audit_events_after,
       finalised_removed, audit_events_removed, confirmed_by_typing)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    record.id,
    record.restoredAt,
    record.restoredBy,
    record.backupName,
    record.backupMadeAt,
    record.keptCopyName,
    record.before.conferences,
    record.before.finalisedConferences,
    record.before.auditEvents,
    record.after.conferences,
    record.after.finalisedConferences,
    record.after.auditEvents,
    record.finalisedConferencesRemoved,
    record.auditEventsRemoved,
    record.confirmedByTyping ? 1 : 0,
  );
}

/** Every restore recorded, oldest first (including those carried from earlier databases). */
export function listRestoreRecords(db: Db): readonly RestoreRecord[] {
  const rows = db.prepare('SELECT * FROM backup_restore ORDER BY restored_at, id').all() as Record<string, string | number>[];
  return rows.map((row) => ({
    id: String(row['id']),
    restoredAt: String(row['restored_at']),
    restoredBy: String(row['restored_by']),
    backupName: String(row['backup_name']),
    backupMadeAt: String(row['backup_made_at']),
    keptCopyName: String(row['kept_copy_name']),
    before: { conferences: Number(row['conferences_before']), finalisedConferences: Number(row['finalised_before']), auditEvents: Number(row['audit_events_before']) },
    after: { conferences: Number(row['conferences_after']), finalisedConferences: Number(row['finalised_after']), auditEvents: Number(row['audit_events_after']) },
    finalisedConferencesRemoved: Number(row['finalised_removed']),
    auditEventsRemoved: Number(row['audit_events_removed']),
    confirmedByTyping: row['confirmed_by_typing'] === 1,
  }));
}
