import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/open';
import { readProfile } from '../../db/profile/queries';
import type { DocumentRenderer } from '../pdf/document-renderer';
import type { AppLock } from './app-lock';
import type { BackupService } from './backup-service';

/** What every handler may use: the database, the clock, who is acting, and new ids. */
export interface HandlerContext {
  readonly db: Db;
  readonly now: () => Date;
  /**
   * The person at the keyboard, recorded in the audit trail and as "finalised by": the name in
   * their profile (issue 15), never the computer's login name.
   */
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
  /** Only before a profile is set up (tests, tools): the app asks for one before anything else. */
  fallbackActor: string,
  backups: BackupService,
  now: () => Date,
  appLock: AppLock,
  editSessionMs: number,
  documents: DocumentRenderer,
): HandlerContext {
  return {
    db,
    get actor() {
      return readProfile(db)?.name ?? fallbackActor;
    },
    now,
    newId: randomUUID,
    backups,
    appLock,
    editSessionMs,
    documents,
  };
}
