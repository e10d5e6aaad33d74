import type { z } from 'zod';
import { contract, type CallName, type CallOutput } from './contract';
import type { Handlers } from './api';
import { AppError, INTERNAL_ERROR_MESSAGE, type ApiError, type Result } from './result';

export interface CallContext {
  /** Whether the host trusts where the request came from (IPC sender frame, HTTP token). */
  readonly trustedSender: boolean;
}

/** What the wrapper reports for the log: names and kinds only, never input or messages. */
export interface CallReport {
  readonly call: string;
  readonly outcome: 'ok' | ApiError['kind'] | 'refused';
  readonly errorName?: string;
  /** How many answers were refused; never their paths, as keys in hostile input could carry data. */
  readonly issueCount?: number;
}

export type ReportCall = (report: CallReport) => void;

/**
 * The one wrapper every host uses: check the sender, parse the input as unknown, run the handler,
 * check the output, and return a value, never a thrown error or a stack.
 */
export async function handle(
  name: unknown,
  input: unknown,
  handlers: Handlers,
  context: CallContext,
  report: ReportCall = () => {},
): Promise<Result<unknown>> {
  const callName = typeof name === 'string' ? name : '(not a string)';
  if (!context.trustedSender) {
    report({ call: callName, outcome: 'refused' });
    return failure({ kind: 'internal', message: 'This request was refused because it did not come from Confer.' });
  }
  if (typeof name !== 'string' || !Object.prototype.hasOwnProperty.call(contract, name)) {
    report({ call: callName, outcome: 'not-found' });
    return failure({ kind: 'not-found', message: 'There is no such action.' });
  }
  const key = name as CallName;
  const definition = contract[key];
  const parsed = definition.input.safeParse(input);
  if (!parsed.success) {
    report({ call: key, outcome: 'validation', issueCount: parsed.error.issues.length });
    return failure(validationFailure(parsed.error));
  }
  try {
    const handler = handlers[key] as (input: unknown) => unknown;
    const value: unknown = await handler(parsed.data);
    const checked = (definition.output as z.ZodType).safeParse(value);
    if (!checked.success) {
      report({ call: key, outcome: 'internal', errorName: 'OutputSchemaError', issueCount: checked.error.issues.length });
      return failure({ kind: 'internal', message: INTERNAL_ERROR_MESSAGE });
    }
    report({ call: key, outcome: 'ok' });
    return { ok: true, value: checked.data as CallOutput<typeof key> };
  } catch (error) {
    if (error instanceof AppError) {
      report({ call: key, outcome: error.kind, errorName: error.name });
      return failure({ kind: error.kind, message: error.message, ...(error.fields ? { fields: error.fields } : {}) });
    }
    report({ call: key, outcome: 'internal', errorName: error instanceof Error ? error.name : typeof error });
    return failure({ kind: 'internal', message: INTERNAL_ERROR_MESSAGE });
  }
}

function failure(error: ApiError): Result<never> {
  return { ok: false, error };
}

/** Zod's messages are ours (see the schemas) or generic; they never repeat the input. */
export function validationFailure(error: z.ZodError): ApiError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '(input)';
    fields[path] ??= safeIssueMessage(issue);
  }
  const count = Object.keys(fields).length;
  return {
    kind: 'validation',
    message: count === 1 ? 'Please correct the highlighted answer.' : `Please correct the ${count} highlighted answers.`,
    fields,
  };
}

function safeIssueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      // Our schemas give their own plain message; zod's default one is for developers.
      return issue.message.startsWith('Invalid input') ? 'This answer is missing or of the wrong kind.' : issue.message;
    case 'unrecognized_keys':
      return 'This request contains fields Confer does not know.';
    case 'invalid_union':
      return 'This answer is not one of the allowed choices.';
    default:
      return issue.message;
  }
}
