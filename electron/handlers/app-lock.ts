import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { LockState } from '../../shared/lock/schema';
import { LockedError, ValidationError } from '../../shared/contract/result';
import { readAuthoritySettings } from '../../db/authority/queries';
import { readPassphrase, writePassphrase } from '../../db/lock/queries';
import type { Db } from '../../db/open';

const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const MAX_FAILURES = 5;
const FAILURE_PAUSE_MS = 30_000;

export const LOCKED_MESSAGE = 'Confer is locked. Enter your passphrase to carry on.';

/**
 * The app lock: after the authority's idle time Confer hides the record and refuses every call
 * until the passphrase is entered. The renderer locks when the person stops using it; the
 * application also locks if no call at all arrives for that long (the window was left open).
 */
export interface AppLock {
  readonly state: () => LockState;
  readonly isLocked: () => boolean;
  readonly touch: () => void;
  readonly lock: () => LockState;
  readonly unlock: (passphrase: string) => LockState;
  readonly setPassphrase: (passphrase: string) => LockState;
}

export function createAppLock(db: () => Db, now: () => Date, enabled: boolean): AppLock {
  let locked = false;
  let lastActivity = now().getTime();
  let failures = 0;
  let pausedUntil = 0;

  const idleMinutes = () => readAuthoritySettings(db()).idleLockMinutes;
  const hasPassphrase = () => readPassphrase(db()) !== undefined;
  const idleTooLong = () => now().getTime() - lastActivity > idleMinutes() * 60_000;

  const lock: AppLock = {
    state: () => ({ needsPassphrase: enabled && !hasPassphrase(), locked: lock.isLocked(), idleMinutes: idleMinutes() }),
    isLocked: () => {
      if (!enabled || !hasPassphrase()) return false;
      if (!locked && idleTooLong()) locked = true;
      return locked;
    },
    touch: () => {
      lastActivity = now().getTime();
    },
    lock: () => {
      if (enabled && hasPassphrase()) locked = true;
      return lock.state();
    },
    unlock: (passphrase) => {
      const stored = readPassphrase(db());
      if (!stored) return lock.state();
      if (now().getTime() < pausedUntil) throw new LockedError('Too many wrong passphrases. Wait 30 seconds, then try again.');
      const given = scryptSync(passphrase.normalize('NFC'), Buffer.from(stored.salt, 'hex'), 32, SCRYPT);
      if (!timingSafeEqual(given, Buffer.from(stored.hash, 'hex'))) {
        failures++;
        if (failures >= MAX_FAILURES) {
          failures = 0;
          pausedUntil = now().getTime() + FAILURE_PAUSE_MS;
        }
        throw new ValidationError('That passphrase is not right.', { passphrase: 'That passphrase is not right. Check Caps Lock, then try again.' });
      }
      failures = 0;
      locked = false;
      lastActivity = now().getTime();
      return lock.state();
    },
    setPassphrase: (passphrase) => {
      // Changing an existing passphrase needs the app unlocked; the first one can be set freely.
      if (lock.isLocked()) throw new LockedError(LOCKED_MESSAGE);
      const salt = randomBytes(16);
      const hash = scryptSync(passphrase.normalize('NFC'), salt, 32, SCRYPT);
      writePassphrase(db(), { salt: salt.toString('hex'), hash: hash.toString('hex') }, now().toISOString());
      locked = false;
      lastActivity = now().getTime();
      return lock.state();
    },
  };
  return lock;
}
