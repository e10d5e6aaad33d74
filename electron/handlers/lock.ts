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

export function setPassphrase(context: HandlerContext, passphrase: string): LockState {
  const state = context.appLock.setPassphrase(passphrase);
  appendAudit(context.db, { at: context.now().toISOString(), actor: context.actor, action: 'update', entity: 'app-lock-passphrase', entityId: 'app', conferenceId: null });
  return state;
}
