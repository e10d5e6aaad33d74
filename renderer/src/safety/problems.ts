import type { FieldErrors } from '../app/submit';

export interface Problem {
  readonly fieldId: string;
  readonly message: string;
}

/** The form's problems in the order its fields appear, each linked to its field. */
export function problemsInOrder(fields: FieldErrors, order: readonly string[], idOf: (path: string) => string): readonly Problem[] {
  return order.flatMap((path) => {
    const message = fields[path];
    return message ? [{ fieldId: idOf(path), message }] : [];
  });
}

/** Focuses the error summary inside `container` once it is on screen, so it is read at once. */
export function focusSummary(container: HTMLElement | null): void {
  requestAnimationFrame(() => container?.querySelector<HTMLElement>('.error-summary')?.focus());
}
