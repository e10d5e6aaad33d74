import { useEffect, useRef } from 'react';

/**
 * Each screen names itself in the window title and, on arrival, moves focus to its heading so
 * screen-reader and keyboard users start at the top of the new screen. `arrival` says what counts
 * as arriving somewhere new (by default the title): a name edited on the screen changes the title
 * but must not pull focus away from the form.
 */
export function useScreenHeading(title: string, arrival: string = title) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – Confer`;
  }, [title]);
  useEffect(() => {
    heading.current?.focus();
  }, [arrival]);
  return heading;
}
