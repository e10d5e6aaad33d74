import type { CallInput, CallName, CallOutput, ParsedInput } from './contract';
import type { Result } from './result';

/** What the renderer can call: one async function per contract entry, never a generic invoke. */
export type ConferApi = {
  readonly [K in CallName]: (input: CallInput<K>) => Promise<Result<CallOutput<K>>>;
};

/** What the application implements: one handler per contract entry, given parsed input. */
export type Handlers = {
  readonly [K in CallName]: (input: ParsedInput<K>) => CallOutput<K> | Promise<CallOutput<K>>;
};
