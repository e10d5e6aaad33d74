import { useEffect, type ReactNode } from 'react';
import { FamilyModeScreen } from './FamilyModeScreen';
import { useFamilyMode } from './familyMode';

/**
 * In family mode only the feedback form is drawn: the rest of the app is not rendered at all, and
 * the application refuses its calls anyway (electron/handlers/bind.ts).
 */
export function FamilyModeGate({ children }: { readonly children: ReactNode }) {
  const { gate, refresh } = useFamilyMode();
  useEffect(() => {
    void refresh();
  }, [refresh]);
  if (gate.state === 'checking') return <p className="app-main" aria-live="polite">Starting Confer…</p>;
  if (gate.mode.active && gate.mode.conferenceId) return <FamilyModeScreen conferenceId={gate.mode.conferenceId} />;
  return <>{children}</>;
}
