import type { z } from 'zod';
import { validationFailure } from '../../../shared/contract/handle';
import type { Result } from '../../../shared/contract/result';

export type FieldErrors = Readonly<Record<string, string>>;

export type SubmitOutcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly fields: FieldErrors; readonly message: string | null };

/**
 * The one way a form saves: check the answers with the same schema the application uses (so
 * errors appear at once, beside the field), then send, then show any error the application
 * found. Field paths are relative to `fieldsUnder` (e.g. 'child' for `{ childId, child }`).
 */
export async function submitForm<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  send: (parsed: z.output<S>) => Promise<Result<T>>,
  fieldsUnder = '',
): Promise<SubmitOutcome<T>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, fields: relative(validationFailure(parsed.error).fields ?? {}, fieldsUnder), message: null };
  const result = await send(parsed.data);
  if (result.ok) return { ok: true, value: result.value };
  const fields = relative(result.error.fields ?? {}, fieldsUnder);
  return { ok: false, fields, message: Object.keys(fields).length > 0 ? null : result.error.message };
}

function relative(fields: FieldErrors, prefix: string): FieldErrors {
  if (!prefix) return fields;
  return Object.fromEntries(Object.entries(fields).map(([path, message]) => [path.startsWith(`${prefix}.`) ? path.slice(prefix.length + 1) : path, message]));
}
