import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/open';

/** What every handler may use: the database, the clock, who is acting, and new ids. */
export interface HandlerContext {
  readonly db: Db;
  readonly now: () => Date;
  /** The person at the keyboard, recorded in the audit trail. */
  readonly actor: string;
  readonly newId: () => string;
}

export function createHandlerContext(db: Db, actor: string, now: () => Date = () => new Date()): HandlerContext {
  return { db, actor, now, newId: randomUUID };
}
