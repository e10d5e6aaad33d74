import { create } from 'zustand';
import type { FamilyModeState } from '../../../shared/feedback/schema';
import { api, onLocked } from '../api/client';

type Gate = { readonly state: 'checking' } | { readonly state: 'ready'; readonly mode: FamilyModeState };

interface FamilyModeStore {
  readonly gate: Gate;
  readonly refresh: () => Promise<void>;
  readonly show: (mode: FamilyModeState) => void;
}

/**
 * Whether Confer is in family mode, as the application says (it keeps it in the database and
 * refuses every other call while it is on): the window only follows.
 */
export const useFamilyMode = create<FamilyModeStore>((set) => ({
  gate: { state: 'checking' },
  async refresh() {
    const result = await api.getFamilyMode({});
    if (result.ok) set({ gate: { state: 'ready', mode: result.value } });
  },
  show(mode) {
    set({ gate: { state: 'ready', mode } });
  },
}));

// A call refused because family mode is on (started in another window, or before a reload) shows the form.
onLocked(() => void useFamilyMode.getState().refresh());
