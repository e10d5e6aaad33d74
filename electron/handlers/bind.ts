import type { Handlers } from '../../shared/contract/api';
import { handle, type CallContext } from '../../shared/contract/handle';
import type { Result } from '../../shared/contract/result';
import type { Logger } from '../log/logger';
import { CALLS_THAT_POLL, CALLS_WHILE_LOCKED } from '../../shared/lock/schema';
import { LOCKED_MESSAGE, type AppLock } from './app-lock';

/**
 * The wrapper both hosts call, with its reports going to the log (names and kinds only). The
 * handlers are looked up per call, as restoring a backup replaces them.
 */
export function createDispatcher(handlers: () => Handlers, logger: Logger, appLock: AppLock) {
  return async (name: unknown, input: unknown, context: CallContext): Promise<Result<unknown>> => {
    const allowedWhileLocked = (CALLS_WHILE_LOCKED as readonly unknown[]).includes(name);
    if (context.trustedSender && !allowedWhileLocked) {
      if (appLock.isLocked()) return { ok: false, error: { kind: 'locked', message: LOCKED_MESSAGE } };
      if (!(CALLS_THAT_POLL as readonly unknown[]).includes(name)) appLock.touch();
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
