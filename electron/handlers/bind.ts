import type { Handlers } from '../../shared/contract/api';
import { handle, type CallContext } from '../../shared/contract/handle';
import type { Result } from '../../shared/contract/result';
import type { Logger } from '../log/logger';
import { CALLS_THAT_POLL, CALLS_WHILE_LOCKED } from '../../shared/lock/schema';
import { CALLS_IN_FAMILY_MODE, FAMILY_MODE_MESSAGE } from '../../shared/feedback/schema';
import { LOCKED_MESSAGE, type AppLock } from './app-lock';

/**
 * The wrapper both hosts call, with its reports going to the log (names and kinds only). The
 * handlers are looked up per call, as restoring a backup replaces them. While Confer is in family
 * mode (asked of the database on every call, so a restart keeps it), only the feedback form's
 * calls, the lock's and the passphrase that ends it are answered.
 */
export function createDispatcher(handlers: () => Handlers, logger: Logger, appLock: AppLock, inFamilyMode: () => boolean = () => false) {
  return async (name: unknown, input: unknown, context: CallContext): Promise<Result<unknown>> => {
    const allowedWhileLocked = (CALLS_WHILE_LOCKED as readonly unknown[]).includes(name);
    if (context.trustedSender && !allowedWhileLocked) {
      if (appLock.isLocked()) return { ok: false, error: { kind: 'locked', message: LOCKED_MESSAGE } };
      if (!(CALLS_THAT_POLL as readonly unknown[]).includes(name)) appLock.touch();
    }
    if (context.trustedSender && !(CALLS_IN_FAMILY_MODE as readonly unknown[]).includes(name) && inFamilyMode()) {
      logger.warn('call.failed', { call: typeof name === 'string' ? name : '(not a string)', outcome: 'locked', errorName: 'FamilyMode' });
      return { ok: false, error: { kind: 'locked', message: FAMILY_MODE_MESSAGE } };
    }
    return handle(name, input, handlers(), context, (report) => {
      if (report.outcome === 'ok') return;
      const level = report.outcome === 'internal' || report.outcome === 'refused' ? 'error' : 'warn';
      logger[level]('call.failed', {
        call: report.call,
        outcome: report.outcome,
        errorName: report.errorName ?? null,
        ...(report.issueCount !== undefined ? { issueCount: report.issueCount } : {}),
      });
    });
  };
}

export type Dispatcher = ReturnType<typeof createDispatcher>;
