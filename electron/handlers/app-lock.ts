import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { LockState } from '../../shared/lock/schema';
import { ConflictError, LockedError, ValidationError } from '../../shared/contract/result';
import { readAuthoritySettings } from '../../db/authority/queries';
import { readLock, writeLockAttempts, writePassphrase, type StoredLock, type StoredPassphrase } from '../../db/lock/queries';
import type { Db } from '../../db/open';

const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const MAX_FAILURES = 5;
const FAILURE_PAUSE_MS = 30_000;
const LONGEST_PAUSE_MS = 15 * 60_000;

/**
 * The pause after each fifth wrong passphrase in a row: 30 seconds, then twice as long each time,
 * up to 15 minutes, so guessing slows to a few dozen tries an hour. The right passphrase starts
 * the count again.
 */
export function pauseAfter(failures: number): number {
  if (failures === 0 || failures % MAX_FAILURES !== 0) return 0;
  return Math.min(FAILURE_PAUSE_MS * 2 ** (failures / MAX_FAILURES - 1), LONGEST_PAUSE_MS);
}

export const LOCKED_MESSAGE = 'Confer is locked. Enter your passphrase to carry on.';

/**
 * The app lock: after the authority's idle time Confer hides the record and refuses every call
 * until the passphrase is entered. The renderer locks when the person stops using it; the
 * application also locks if no call at all arrives for that long (the window was left open).
 * Whether it is locked, and the wrong passphrases given, are kept in the database: closing and
 * opening Confer again neither unlocks it nor starts the count again.
 */
export interface AppLock {
  readonly state: () => LockState;
  readonly isLocked: () => boolean;
  readonly touch: () => void;
  readonly lock: () => LockState;
  readonly unlock: (passphrase: string) => LockState;
  /** The first passphrase only: changing one needs the current one (`changePassphrase`). */
  readonly setPassphrase: (passphrase: string) => LockState;
  readonly changePassphrase: (currentPassphrase: string, passphrase: string) => LockState;
  /**
   * Checks the passphrase without unlocking anything (leaving family mode): a wrong one counts
   * towards the pause as at the lock screen, and the right one starts the count again.
   */
  readonly verify: (passphrase: string) => void;
}

export function createAppLock(db: () => Db, now: () => Date, enabled: boolean): AppLock {
  let lastActivity = now().getTime();

  const idleMinutes = () => readAuthoritySettings(db()).idleLockMinutes;
  const stored = () => readLock(db());
  const idleTooLong = () => now().getTime() - lastActivity > idleMinutes() * 60_000;

  /** Refuses while paused after too many wrong passphrases; counts a wrong one, pausing at the fifth. */
  const check = (lockRow: StoredLock, passphrase: string, wrong: () => ValidationError) => {
    const waitMs = lockRow.pausedUntil ? Date.parse(lockRow.pausedUntil) - now().getTime() : 0;
    if (waitMs > 0) throw new LockedError(`Too many wrong passphrases. Wait ${howLong(waitMs)}, then try again.`);
    if (matches(lockRow, passphrase)) return;
    const failures = lockRow.failedAttempts + 1;
    const pause = pauseAfter(failures);
    writeLockAttempts(db(), { failedAttempts: failures, pausedUntil: pause > 0 ? new Date(now().getTime() + pause).toISOString() : null, locked: lockRow.locked });
    throw wrong();
  };

  const lock: AppLock = {
    state: () => {
      const hasPassphrase = stored() !== undefined;
      return { needsPassphrase: enabled && !hasPassphrase, hasPassphrase, locked: lock.isLocked(), idleMinutes: idleMinutes() };
    },
    isLocked: () => {
      const lockRow = enabled ? stored() : undefined;
      if (!lockRow) return false;
      if (lockRow.locked) return true;
      if (!idleTooLong()) return false;
      writeLockAttempts(db(), { ...lockRow, locked: true });
      return true;
    },
    touch: () => {
      lastActivity = now().getTime();
    },
    lock: () => {
      const lockRow = enabled ? stored() : undefined;
      if (lockRow && !lockRow.locked) writeLockAttempts(db(), { ...lockRow, locked: true });
      return lock.state();
    },
    unlock: (passphrase) => {
      const lockRow = stored();
      if (!lockRow) return lock.state();
      check(lockRow, passphrase, () => new ValidationError('That passphrase is not right.', { passphrase: 'That passphrase is not right. Check Caps Lock, then try again.' }));
      writeLockAttempts(db(), { failedAttempts: 0, pausedUntil: null, locked: false });
      lastActivity = now().getTime();
      return lock.state();
    },
    verify: (passphrase) => {
      const lockRow = stored();
      if (!lockRow) throw new ConflictError('Confer has no passphrase yet. Set one in Data on this computer.');
      check(lockRow, passphrase, () => new ValidationError('That passphrase is not right.', { passphrase: 'That passphrase is not right. Check Caps Lock, then try again.' }));
      if (lockRow.failedAttempts > 0 || lockRow.pausedUntil !== null) writeLockAttempts(db(), { failedAttempts: 0, pausedUntil: null, locked: lockRow.locked });
    },
    setPassphrase: (passphrase) => {
      if (stored()) throw new ConflictError('Confer already has a passphrase. To change it, give the current one in Data on this computer.');
      savePassphrase(passphrase);
      return lock.state();
    },
    changePassphrase: (currentPassphrase, passphrase) => {
      const lockRow = stored();
      if (!lockRow) throw new ConflictError('Confer has no passphrase to change.');
      if (lock.isLocked()) throw new LockedError(LOCKED_MESSAGE);
      check(lockRow, currentPassphrase, () =>
        new ValidationError('That is not the current passphrase.', { currentPassphrase: 'That is not the current passphrase. Check Caps Lock, then try again.' }),
      );
      savePassphrase(passphrase);
      return lock.state();
    },
  };

  const savePassphrase = (passphrase: string) => {
    const salt = randomBytes(16);
    writePassphrase(db(), { salt: salt.toString('hex'), hash: hash(passphrase, salt).toString('hex') }, now().toISOString());
    lastActivity = now().getTime();
  };
  return lock;
}

function howLong(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds <= 90) return `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minutes`;
}

function hash(passphrase: string, salt: Buffer): Buffer {
  return scryptSync(passphrase.normalize('NFC'), salt, 32, SCRYPT);
}

function matches(stored: StoredPassphrase, passphrase: string): boolean {
  return timingSafeEqual(hash(passphrase, Buffer.from(stored.salt, 'hex')), Buffer.from(stored.hash, 'hex'));
}
