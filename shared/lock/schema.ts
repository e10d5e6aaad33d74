import { z } from 'zod';

export const MIN_LOCK_PASSPHRASE_LENGTH = 10;

export const LockStateSchema = z.object({
  /** No passphrase yet: the first run asks for one before anything else. */
  needsPassphrase: z.boolean(),
  /** A passphrase is set, so it can be changed (with the current one). */
  hasPassphrase: z.boolean(),
  locked: z.boolean(),
  /** How long Confer waits without use before it locks (the authority's setting). */
  idleMinutes: z.number().int(),
});
export type LockState = z.infer<typeof LockStateSchema>;

const newPassphrase = z
  .string({ error: 'Enter a passphrase.' })
  .min(MIN_LOCK_PASSPHRASE_LENGTH, { message: `Use at least ${MIN_LOCK_PASSPHRASE_LENGTH} characters: three unrelated words work well.` })
  .max(500, { message: 'The passphrase can be at most 500 characters.' });

export const SetPassphraseSchema = z.object({ passphrase: newPassphrase });

export const UnlockSchema = z.object({ passphrase: z.string({ error: 'Enter your passphrase.' }).min(1, { message: 'Enter your passphrase.' }).max(500) });

/** Changing the passphrase needs the current one, so nobody at an unlocked screen can take the lock over. */
export const ChangePassphraseSchema = z.object({
  currentPassphrase: z.string({ error: 'Enter your current passphrase.' }).min(1, { message: 'Enter your current passphrase.' }).max(500),
  passphrase: newPassphrase,
});

/**
 * Calls a window makes on its own, on a timer (the minutes screen keeping in step): they are not
 * someone using Confer, so they never hold the idle lock off. The window says when the person is
 * there with `noteUse`.
 */
export const CALLS_THAT_POLL = ['getCapture'] as const;

/** The calls that work while Confer is locked: everything else is refused until it is unlocked. */
export const CALLS_WHILE_LOCKED = ['getLockState', 'setPassphrase', 'unlock', 'lock'] as const;
