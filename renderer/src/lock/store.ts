import { create } from 'zustand';
import type { LockState } from '../../../shared/lock/schema';
import { api, onLocked } from '../api/client';

type Gate = { readonly state: 'checking' } | { readonly state: 'ready'; readonly lock: LockState };

interface LockStore {
  readonly gate: Gate;
  readonly refresh: () => Promise<void>;
  readonly show: (lock: LockState) => void;
  readonly lockNow: () => Promise<void>;
}

export const useLock = create<LockStore>((set) => ({
  gate: { state: 'checking' },
  async refresh() {
    const result = await api.getLockState({});
    if (result.ok) set({ gate: { state: 'ready', lock: result.value } });
  },
  show(lock) {
    set({ gate: { state: 'ready', lock } });
  },
  async lockNow() {
    const result = await api.lock({});
    if (result.ok) set({ gate: { state: 'ready', lock: result.value } });
  },
}));

// Any call refused as locked (the application's own idle check) hides the record too.
onLocked(() => void useLock.getState().refresh());
