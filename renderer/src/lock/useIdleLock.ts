import { useEffect } from 'react';
import { api } from '../api/client';
import { useLock } from './store';

const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/** How often, at most, the window tells the application the person is here. */
const NOTE_USE_EVERY_MS = 60_000;

/**
 * Locks Confer when the person has not used it for the authority's idle time. The application
 * keeps its own idle clock too (for a window left open); the minutes screen's polling does not
 * count there, so the window says, now and then, that the person is using it.
 */
export function useIdleLock(idleMinutes: number, active: boolean): void {
  const lockNow = useLock((state) => state.lockNow);
  useEffect(() => {
    if (!active) return;
    let timer = window.setTimeout(() => void lockNow(), idleMinutes * 60_000);
    let lastNoted = Date.now();
    const reset = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void lockNow(), idleMinutes * 60_000);
      if (Date.now() - lastNoted >= NOTE_USE_EVERY_MS) {
        lastNoted = Date.now();
        void api.noteUse({});
      }
    };
    for (const event of ACTIVITY) window.addEventListener(event, reset, { passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const event of ACTIVITY) window.removeEventListener(event, reset);
    };
  }, [idleMinutes, active, lockNow]);
}
