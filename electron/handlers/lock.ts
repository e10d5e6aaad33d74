import type { LockState } from '../../shared/lock/schema';
import { appendAudit } from '../../db/audit/queries';
import type { HandlerContext } from './context';

export function getLockState(context: HandlerContext): LockState {
  return context.appLock.state();
}

export function lock(context: HandlerContext): LockState {
  return context.appLock.lock();
}

export function unlock(context: HandlerContext, passphrase: string): LockState {
  return context.appLock.unlock(passphrase);
}

/** The first passphrase, on first run. */
export function setPassphrase(context: HandlerContext, passphrase: string): LockState {
  const state = context.appLock.setPassphrase(passphrase);
  appendAudit(context.db, { at: context.now().toISOString(), actor: context.actor, action: 'create', entity: 'app-lock-passphrase', entityId: 'app', conferenceId: null });
  return state;
}

/** A new passphrase, only for someone who knows the current one (a wrong one counts as a wrong attempt). */
export function changePassphrase(context: HandlerContext, currentPassphrase: string, passphrase: string): LockState {
  const state = context.appLock.changePassphrase(currentPassphrase, passphrase);
  appendAudit(context.db, { at: context.now().toISOString(), actor: context.actor, action: 'update', entity: 'app-lock-passphrase', entityId: 'app', conferenceId: null });
  return state;
}
