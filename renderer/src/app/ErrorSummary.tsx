import { useId, useLayoutEffect, useRef } from 'react';

/** One problem: linked to its field when it is about one, plain text when it is about the whole form. */
export interface SummaryError {
  readonly fieldId?: string | undefined;
  readonly message: string;
}

/**
 * Every problem with a refused save, at the top of its form, each a link to its field (GOV.UK's
 * error summary); the field says it again beside the answer. Each new set of problems, or a new
 * refused attempt, brings the summary into view and takes focus, so the person both sees and hears
 * why nothing was saved, wherever they pressed Save.
 */
interface ErrorSummaryProps {
  readonly errors: readonly SummaryError[];
  /** A count of refused saves: the same problems again still take focus. */
  readonly attempt?: number;
  /** The title's heading level, one below the heading the form sits under (GOV.UK's h2 at the top of a page). */
  readonly level?: 2 | 3 | 4 | 5;
}

export function ErrorSummary({ errors, attempt = 0, level = 2 }: ErrorSummaryProps) {
  // Several forms can show errors at once, so each summary's title needs its own id.
  const titleId = useId();
  const summary = useRef<HTMLDivElement>(null);
  const problems = errors.map((error) => `${error.fieldId ?? ''}\u0000${error.message}`).join('\u0001');
  // A layout effect runs once the summary is drawn and before the screen is painted: no frame
  // where focus is left on Save while the message sits out of sight.
  useLayoutEffect(() => {
    if (!problems) return;
    summary.current?.focus({ preventScroll: true });
    summary.current?.scrollIntoView({ block: 'start' });
  }, [problems, attempt]);
  if (errors.length === 0) return null;
  const Title = `h${level}` as const;
  return (
    <div ref={summary} className="error-summary" role="alert" aria-labelledby={titleId} tabIndex={-1}>
      <Title id={titleId}>There is a problem</Title>
      <ul>
        {errors.map((error) => (
          <li key={`${error.fieldId ?? ''}${error.message}`}>
            {error.fieldId ? (
              <a href={`#${error.fieldId}`} onClick={(event) => goToField(event, error.fieldId ?? '')}>
                {error.message}
              </a>
            ) : (
              error.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The hash is the route, so the link moves focus itself: to the field, or to the first answer in a
 * group (radios, a date's parts), with its label or legend in view as GOV.UK does.
 */
function goToField(event: React.MouseEvent, id: string): void {
  event.preventDefault();
  const target = document.getElementById(id);
  if (!target) return;
  const isField = target.matches('input, select, textarea, button, [tabindex]');
  const focusable = isField ? target : target.querySelector<HTMLElement>('input, select, textarea, button');
  const inGroup = focusable instanceof HTMLInputElement && (focusable.type === 'radio' || focusable.type === 'checkbox');
  const legend = isField && !inGroup ? null : (isField ? target.closest('fieldset') : target)?.querySelector('legend');
  const label = focusable?.id ? document.querySelector(`label[for="${CSS.escape(focusable.id)}"]`) : null;
  const caption = legend ?? label;
  (focusable ?? target).focus({ preventScroll: true });
  (caption ?? focusable ?? target).scrollIntoView({ block: 'start' });
}

/**
 * A refused save as summary lines: the message when it is about no one field, then each field's
 * problem linked to its field (`idOf` turns an answer's path into its element id).
 */
export function summaryOf(fields: Readonly<Record<string, string>>, message: string | null, idOf: (path: string) => string): SummaryError[] {
  return [...(message ? [{ message }] : []), ...Object.entries(fields).map(([path, text]) => ({ fieldId: idOf(path), message: text }))];
}
