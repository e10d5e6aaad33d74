import { join } from 'node:path';
import { closeDatabase, DATABASE_FILE_NAME, openDatabase, type Db } from '../../db/open';
import type { Logger } from '../log/logger';
import { createDispatcher, type Dispatcher } from './bind';
import { createHandlerContext } from './context';
import { createHandlers } from './index';

export interface Application {
  readonly db: Db;
  readonly dispatch: Dispatcher;
  readonly close: () => void;
}

export interface ApplicationOptions {
  readonly dataDir: string;
  readonly actor: string;
  readonly logger: Logger;
  /** The database key (see db/encryption.ts). */
  readonly key: Buffer;
  readonly nativeBinding?: string;
}

/** Opens the data folder and wires the handlers: what both hosts start with. */
export function startApplication(options: ApplicationOptions): Application {
  const db = openDatabase({
    file: join(options.dataDir, DATABASE_FILE_NAME),
    key: options.key,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  const handlers = createHandlers(createHandlerContext(db, options.actor));
  options.logger.info('app.started', { schema: db.pragma('user_version', { simple: true }) as number });
  return {
    db,
    dispatch: createDispatcher(handlers, options.logger),
    close: () => {
      closeDatabase(db);
      options.logger.info('app.stopped');
    },
  };
}
