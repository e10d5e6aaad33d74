import { useEffect, useRef } from 'react';

/**
 * Each screen names itself in the window title and, on arrival, moves focus to its heading so
 * screen-reader and keyboard users start at the top of the new screen.
 */
export function useScreenHeading(title: string) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – Confer`;
    heading.current?.focus();
  }, [title]);
  return heading;
}
