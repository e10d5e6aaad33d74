import { useEffect, useRef } from 'react';

interface Target {
  readonly id: string;
  /** Focus the first answer inside the element rather than the element itself. */
  readonly firstField: boolean;
}

/**
 * Moves focus once React has drawn the change that brings the element in (a form opening, a
 * button coming back): asked for in an event, done in the effect after the next render, so it
 * never runs before the element is there.
 */
export function usePendingFocus(): (id: string, firstField?: boolean) => void {
  const pending = useRef<Target | null>(null);
  useEffect(() => {
    const target = pending.current;
    if (!target) return;
    const element = document.getElementById(target.id);
    const focusable = target.firstField ? element?.querySelector<HTMLElement>('input, select, textarea') : element;
    if (!focusable) return;
    pending.current = null;
    focusable.focus();
  });
  return (id, firstField = false) => {
    pending.current = { id, firstField };
  };
}
