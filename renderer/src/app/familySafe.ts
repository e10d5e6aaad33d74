import { create } from 'zustand';

const FAMILY_SAFE_KEY = 'confer.capture.family-safe';

/**
 * The family-safe screen (issue 13), one switch for the whole app: while it is on, every screen
 * shows only what reaches the whole family (shared/audience/family-screen.ts), and nothing can be
 * edited, so a hidden text is never saved over. It lasts for the window's session.
 */
export const useFamilySafe = create<{ readonly on: boolean }>(() => ({ on: sessionStorage.getItem(FAMILY_SAFE_KEY) === 'on' }));

export function setFamilySafe(on: boolean): void {
  if (on) sessionStorage.setItem(FAMILY_SAFE_KEY, 'on');
  else sessionStorage.removeItem(FAMILY_SAFE_KEY);
  useFamilySafe.setState({ on });
}
