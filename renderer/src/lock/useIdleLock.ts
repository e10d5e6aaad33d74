import { useEffect } from 'react';
import { useLock } from './store';

const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/** Locks Confer when the person has not used it for the authority's idle time. */
export function useIdleLock(idleMinutes: number, active: boolean): void {
  const lockNow = useLock((state) => state.lockNow);
  useEffect(() => {
    if (!active) return;
    let timer = window.setTimeout(() => void lockNow(), idleMinutes * 60_000);
    const reset = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void lockNow(), idleMinutes * 60_000);
    };
    for (const event of ACTIVITY) window.addEventListener(event, reset, { passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const event of ACTIVITY) window.removeEventListener(event, reset);
    };
  }, [idleMinutes, active, lockNow]);
}
