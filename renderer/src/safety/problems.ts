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
  focusWhenShown(container, '.error-summary');
}

/**
 * Focuses the element matching `selector` inside `container` once React has drawn it: on a busy
 * machine that can be a frame or two after the next one, so it waits a few frames for it.
 */
export function focusWhenShown(container: HTMLElement | null, selector: string, framesLeft = 10): void {
  requestAnimationFrame(() => {
    const element = container?.querySelector<HTMLElement>(selector);
    if (element) element.focus();
    else if (framesLeft > 0) focusWhenShown(container, selector, framesLeft - 1);
  });
}
