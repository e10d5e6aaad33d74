import { useCallback, useMemo, useRef, useState } from 'react';
import { fieldId } from '../app/fields';
import type { FieldErrors, SubmitOutcome } from '../app/submit';

/**
 * A form's errors: beside each field, and in a summary at the top that takes focus. Field ids
 * carry the form's name, so two forms on one page never share an id.
 */
export function useFormErrors(form: string, firstField: string) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  // Each refused save counts, so the summary takes focus again even when the problems are the same.
  const [attempt, setAttempt] = useState(0);
  const idFor = useCallback((path: string) => fieldId(`${form}.${path}`), [form]);

  const show = useCallback((outcome: Extract<SubmitOutcome<unknown>, { ok: false }>) => {
    setErrors(outcome.fields);
    setMessage(outcome.message);
    setAttempt((count) => count + 1);
  }, []);

  const clear = useCallback(() => {
    setErrors({});
    setMessage(null);
  }, []);

  const summaryItems = useMemo(
    () => [
      ...(message ? [{ fieldId: idFor(firstField), message }] : []),
      ...Object.entries(errors).map(([path, text]) => ({ fieldId: idFor(path), message: text })),
    ],
    [errors, message, idFor, firstField],
  );

  return { errors, idFor, show, clear, summaryRef, summaryItems, attempt } as const;
}
