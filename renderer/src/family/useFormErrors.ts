import { useRef, useState } from 'react';
import type { FieldErrors, SubmitOutcome } from '../app/submit';
import { fieldId } from '../app/fields';

/**
 * The errors of one form: beside each field and in the summary at the top, which takes focus.
 * `formKey` keeps field ids unique when more than one form is open on the page.
 */
export function useFormErrors(formKey: string, firstFieldPath: string) {
  const [fields, setFields] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  // Each refused save counts, so the summary takes focus again even when the problems are the same.
  const [attempt, setAttempt] = useState(0);

  const idFor = (path: string) => fieldId(`${formKey}.${path}`);

  const show = (outcome: Extract<SubmitOutcome<unknown>, { ok: false }>) => {
    setFields(outcome.fields);
    setMessage(outcome.message);
    setAttempt((count) => count + 1);
  };

  const clear = () => {
    setFields({});
    setMessage(null);
  };

  /** Summary lines in the order the errors came, each linked to its field. */
  const summaryItems = (describe: (path: string, text: string) => string = (_path, text) => text) => [
    ...(message ? [{ fieldId: idFor(firstFieldPath), message }] : []),
    ...Object.entries(fields).map(([path, text]) => ({ fieldId: idFor(path), message: describe(path, text) })),
  ];

  return { fields, summary, idFor, show, clear, summaryItems, attempt };
}
