import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/open';
import type { DocumentRenderer } from '../pdf/document-renderer';
import type { AppLock } from './app-lock';
import type { BackupService } from './backup-service';

/** What every handler may use: the database, the clock, who is acting, and new ids. */
export interface HandlerContext {
  readonly db: Db;
  readonly now: () => Date;
  /** The person at the keyboard, recorded in the audit trail. */
  readonly actor: string;
  readonly newId: () => string;
  readonly backups: BackupService;
  readonly appLock: AppLock;
  /** Saves by the same person within this time refine one version of a contribution. */
  readonly editSessionMs: number;
  /** Makes PDFs on a worker thread. */
  readonly documents: DocumentRenderer;
}

export function createHandlerContext(
  db: Db,
  actor: string,
  backups: BackupService,
  now: () => Date,
  appLock: AppLock,
  editSessionMs: number,
  documents: DocumentRenderer,
): HandlerContext {
  return { db, actor, now, newId: randomUUID, backups, appLock, editSessionMs, documents };
}
