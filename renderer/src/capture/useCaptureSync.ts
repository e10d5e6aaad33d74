import { useEffect } from 'react';
import { flushAllSaves, hasUnsavedContributions, refreshCapture } from './store';

const POLL_MS = 4_000;

/**
 * Keeps this window in step with the record and the record in step with this window: polls while
 * visible (so the chair sees where the minute-taker is), saves everything as the window is hidden
 * or closed, and warns before closing with text the record does not have yet.
 */
export function useCaptureSync(): void {
  useEffect(() => {
    const poll = window.setInterval(() => {
      if (document.visibilityState === 'visible') void refreshCapture();
    }, POLL_MS);
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flushAllSaves();
      else void refreshCapture();
    };
    const onPageHide = () => flushAllSaves();
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      flushAllSaves();
      if (hasUnsavedContributions()) event.preventDefault();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.clearInterval(poll);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
      flushAllSaves();
    };
  }, []);
}
