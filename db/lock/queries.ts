import type { Db } from '../open';

export interface StoredPassphrase {
  readonly salt: string;
  readonly hash: string;
}

/**
 * What the lock remembers between runs: wrong passphrases since the last right one, the pause
 * after too many (ISO time), and whether Confer is locked. Kept in the database, so closing and
 * opening Confer again neither unlocks it nor gives fresh attempts.
 */
export interface LockAttempts {
  readonly failedAttempts: number;
  readonly pausedUntil: string | null;
  readonly locked: boolean;
}

export type StoredLock = StoredPassphrase & LockAttempts;

export function readPassphrase(db: Db): StoredPassphrase | undefined {
  return db.prepare('SELECT salt, hash FROM app_lock WHERE id = 1').get() as StoredPassphrase | undefined;
}

export function readLock(db: Db): StoredLock | undefined {
  const row = db.prepare('SELECT salt, hash, failed_attempts, paused_until, locked FROM app_lock WHERE id = 1').get() as
    | { salt: string; hash: string; failed_attempts: number; paused_until: string | null; locked: number }
    | undefined;
  return row && { salt: row.salt, hash: row.hash, failedAttempts: row.failed_attempts, pausedUntil: row.paused_until, locked: row.locked === 1 };
}

/** A new passphrase starts with a clean slate: no wrong attempts, no pause, unlocked. */
export function writePassphrase(db: Db, stored: StoredPassphrase, at: string): void {
  db.prepare(
    `INSERT INTO app_lock (id, salt, hash, set_at, failed_attempts, paused_until, locked) VALUES (1, ?, ?, ?, 0, NULL, 0)
     ON CONFLICT (id) DO UPDATE SET salt = excluded.salt, hash = excluded.hash, set_at = excluded.set_at,
       failed_attempts = 0, paused_until = NULL, locked = 0`,
  ).run(stored.salt, stored.hash, at);
}

export function writeLockAttempts(db: Db, attempts: LockAttempts): void {
  db.prepare('UPDATE app_lock SET failed_attempts = ?, paused_until = ?, locked = ? WHERE id = 1').run(
    attempts.failedAttempts,
    attempts.pausedUntil,
    attempts.locked ? 1 : 0,
  );
}

/** The lock's row as it is, to carry into a database brought back from a backup (see `replaceLock`). */
export type CarriedLock = Readonly<Record<'salt' | 'hash' | 'set_at' | 'failed_attempts' | 'paused_until' | 'locked', unknown>> | undefined;

export function readLockToCarry(db: Db): CarriedLock {
  return db.prepare('SELECT salt, hash, set_at, failed_attempts, paused_until, locked FROM app_lock WHERE id = 1').get() as CarriedLock;
}

/**
 * The passphrase and its attempts belong to this computer now, not to the moment of a backup:
 * a restore keeps them. With none here, the backup's own is removed too, as it may be one the
 * person has since changed.
 */
export function replaceLock(db: Db, carried: CarriedLock): void {
  db.prepare('DELETE FROM app_lock').run();
  if (!carried) return;
  db.prepare(
    `INSERT INTO app_lock (id, salt, hash, set_at, failed_attempts, paused_until, locked)
     VALUES (1, @salt, @hash, @set_at, @failed_attempts, @paused_until, @locked)`,
  ).run(carried);
}
