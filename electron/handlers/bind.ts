import type { Handlers } from '../../shared/contract/api';
import { handle, type CallContext } from '../../shared/contract/handle';
import type { Result } from '../../shared/contract/result';
import type { Logger } from '../log/logger';

/**
 * The wrapper both hosts call, with its reports going to the log (names and kinds only). The
 * handlers are looked up per call, as restoring a backup replaces them.
 */
export function createDispatcher(handlers: () => Handlers, logger: Logger) {
  return (name: unknown, input: unknown, context: CallContext): Promise<Result<unknown>> =>
    handle(name, input, handlers(), context, (report) => {
      if (report.outcome === 'ok') return;
      const level = report.outcome === 'internal' || report.outcome === 'refused' ? 'error' : 'warn';
      logger[level]('call.failed', {
        call: report.call,
        outcome: report.outcome,
        errorName: report.errorName ?? null,
        ...(report.issueCount !== undefined ? { issueCount: report.issueCount } : {}),
      });
    });
}

export type Dispatcher = ReturnType<typeof createDispatcher>;
