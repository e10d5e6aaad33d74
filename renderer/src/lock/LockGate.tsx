import { useEffect, type ReactNode } from 'react';
import { PassphraseScreen } from './PassphraseScreen';
import { useLock } from './store';
import { useIdleLock } from './useIdleLock';

/** Shows the app only when it is unlocked; the record is not rendered at all behind the lock. */
export function LockGate({ children }: { readonly children: ReactNode }) {
  const { gate, refresh } = useLock();
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const unlocked = gate.state === 'ready' && !gate.lock.locked && !gate.lock.needsPassphrase;
  useIdleLock(gate.state === 'ready' ? gate.lock.idleMinutes : 10, unlocked);

  if (gate.state === 'checking') return <p className="app-main" aria-live="polite">Starting Confer…</p>;
  if (gate.lock.needsPassphrase) return <PassphraseScreen mode="first-run" />;
  if (gate.lock.locked) return <PassphraseScreen mode="locked" />;
  return <>{children}</>;
}
