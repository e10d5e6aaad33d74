import { join } from 'node:path';
import { BACKUP_FOLDER, listBackups, protectBackups } from '../../db/backup';
import { EDIT_SESSION_MS } from '../../db/capture/queries';
import { closeDatabase, DATABASE_FILE_NAME, openDatabase, type Db } from '../../db/open';
import type { Logger } from '../log/logger';
import { createDispatcher, type Dispatcher } from './bind';
import { createAppLock } from './app-lock';
import { createBackupService, type BackupService } from './backup-service';
import { createDocumentRenderer, type DocumentRendererOptions } from '../pdf/document-renderer';
import { createHandlerContext } from './context';
import { createHandlers } from './index';
import { isInFamilyMode } from './family-mode';
import { refreshNextDeadlines } from './next-deadline';
import { readProfile } from '../../db/profile/queries';

/** Recorded only if something changes before the profile is set up (the app asks for it first). */
export const NO_PROFILE_YET = 'Someone not yet named (no profile set up)';

export interface Application {
  /** The open database (a new connection after a restore). */
  readonly db: Db;
  readonly dispatch: Dispatcher;
  readonly backups: BackupService;
  readonly close: () => void;
}

export interface ApplicationOptions {
  readonly dataDir: string;
  /**
   * Who is acting until a profile is set up (tests and tools): once it is, its name. The hosts
   * pass none: the app asks for the profile first, and the login name is never recorded.
   */
  readonly actor?: string;
  readonly logger: Logger;
  /** The database key (see db/encryption.ts). */
  readonly key: Buffer;
  /**
   * True only when the key was made on this start, so an unencrypted database (from before
   * encryption) may be encrypted with it. Otherwise an unencrypted database is refused.
   */
  readonly keyIsNew?: boolean;
  readonly nativeBinding?: string;
  /** How often to make an automatic backup while running; 0 turns the schedule off (tests). */
  readonly backupEveryHours?: number;
  readonly now?: () => Date;
  /** The idle lock; only the development web host and tests turn it off. */
  readonly appLock?: boolean;
  /** How long one person's saves refine one version (tests shorten it). */
  readonly editSessionMs?: number;
  /** Where the document worker and fonts are; the Electron build passes its bundled files. */
  readonly documents?: DocumentRendererOptions;
  /** Start the document worker this long after start-up, so the first document is quick (off in tests). */
  readonly warmUpDocumentsAfterMs?: number;
}

const HOUR_MS = 60 * 60 * 1000;
const STARTUP_BACKUP_DELAY_MS = 5_000;
const CHECKPOINT_EVERY_MS = 5_000;

/** Opens the data folder and wires the handlers: what both hosts start with. */
export function startApplication(options: ApplicationOptions): Application {
  const now = options.now ?? (() => new Date());
  const fallbackActor = options.actor ?? NO_PROFILE_YET;
  const file = join(options.dataDir, DATABASE_FILE_NAME);
  const folder = join(options.dataDir, BACKUP_FOLDER);
  const open = (unencrypted: 'encrypt-in-place' | 'refuse') => {
    const opened = openDatabase({ file, key: options.key, unencrypted, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    // Speed: SQLite's automatic checkpoint runs inside whichever commit fills the log past 1,000
    // pages, making that save 10 to 170 ms slower (every ~80th save at an authority's scale; see
    // the README's Speed section). The application checkpoints on a timer instead, off the save path.
    opened.pragma('wal_autocheckpoint = 0');
    // The deadline filters read each conference's stored next deadline: worked out here for rows
    // a migration added or an older version left, and all again when the rules (or this
    // version's calendar) differ from those they were worked out with. Usually nothing to do.
    try {
      const worked = refreshNextDeadlines(opened, { checkRules: true });
      if (worked > 0) options.logger.info('next-deadlines.refreshed', { conferences: worked });
    } catch (error) {
      // Starting matters more: the deadline filters try again before they read them.
      options.logger.error('next-deadlines.failed', { errorName: error instanceof Error ? error.name : typeof error });
    }
    return opened;
  };

  let db = open(options.keyIsNew === true ? 'encrypt-in-place' : 'refuse');
  protectBackups(folder);
  const backups = createBackupService({
    folder,
    databaseFile: file,
    key: options.key,
    nativeBinding: options.nativeBinding,
    actor: () => readProfile(db)?.name ?? fallbackActor,
    now,
    logger: options.logger,
    db: () => db,
    reopen: (replace) => {
      closeDatabase(db);
      replace();
      db = open('refuse'); // the backup was checked: it opens with the key
      handlers = createHandlers(createHandlerContext(db, fallbackActor, backups, now, appLock, options.editSessionMs ?? EDIT_SESSION_MS, documents));
      return db;
    },
  });
  const appLock = createAppLock(() => db, now, options.appLock ?? true);
  const documents = createDocumentRenderer(options.documents);
  let documentsWarmUp: NodeJS.Timeout | undefined;
  if (options.warmUpDocumentsAfterMs !== undefined) {
    documentsWarmUp = setTimeout(() => void documents.warmUp(), options.warmUpDocumentsAfterMs);
    documentsWarmUp.unref();
  }
  let handlers = createHandlers(createHandlerContext(db, fallbackActor, backups, now, appLock, options.editSessionMs ?? EDIT_SESSION_MS, documents));
  const dispatcher = createDispatcher(() => handlers, options.logger, appLock, () => isInFamilyMode(db));

  // Automatic backups: at start when the newest is old, then on a schedule.
  const every = (options.backupEveryHours ?? 4) * HOUR_MS;
  let timer: NodeJS.Timeout | undefined;
  // Small and often, so each checkpoint is short; PASSIVE never waits for, or blocks, a reader.
  const checkpoints = setInterval(() => {
    try {
      if (db.open) db.pragma('wal_checkpoint(PASSIVE)');
    } catch (error) {
      // The log keeps everything safely until the next one; closing checkpoints in full.
      options.logger.warn('checkpoint.failed', { errorName: error instanceof Error ? error.name : typeof error });
    }
  }, CHECKPOINT_EVERY_MS);
  checkpoints.unref();
  let startupBackup: NodeJS.Timeout | undefined;
  if (every > 0) {
    const newest = listBackups(folder)[0];
    // A few seconds after start, so the first screen is not kept waiting for the copy.
    if (!newest || now().getTime() - Date.parse(newest.createdAt) > every) {
      startupBackup = setTimeout(() => backups.create(), STARTUP_BACKUP_DELAY_MS);
      startupBackup.unref();
    }
    timer = setInterval(() => backups.create(), every);
    timer.unref();
  }
  options.logger.info('app.started', { schema: db.pragma('user_version', { simple: true }) as number });

  return {
    get db() {
      return db;
    },
    dispatch: dispatcher,
    backups,
    close: () => {
      if (timer) clearInterval(timer);
      if (startupBackup) clearTimeout(startupBackup);
      clearInterval(checkpoints);
      if (documentsWarmUp) clearTimeout(documentsWarmUp);
      void documents.close();
      closeDatabase(db);
      options.logger.info('app.stopped');
    },
  };
}
