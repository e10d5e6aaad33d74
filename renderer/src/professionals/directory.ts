import { create } from 'zustand';
import type { Result } from '../../../shared/contract/result';
import type { Professional, ProfessionalDetails } from '../../../shared/professionals/schema';
import { api } from '../api/client';
import type { Loadable } from '../conference/store';

/**
 * The professionals directory: people are kept once and invited to many conferences, so the
 * directory lives outside any one conference.
 */
interface ProfessionalDirectoryState {
  readonly list: Loadable<readonly Professional[]>;
  readonly load: () => Promise<void>;
  /** Adds a professional to the directory; the saved professional joins the list at once. */
  readonly create: (details: ProfessionalDetails) => Promise<Result<Professional>>;
}

export const useProfessionalDirectory = create<ProfessionalDirectoryState>((set, get) => ({
  list: { state: 'loading' },
  async load() {
    const result = await api.listProfessionals({});
    set({ list: result.ok ? { state: 'loaded', value: sortedByName(result.value) } : { state: 'failed', error: result.error } });
  },
  async create(details) {
    const result = await api.createProfessional({ professional: details });
    if (result.ok) {
      const current = get().list;
      const others = current.state === 'loaded' ? current.value.filter((p) => p.id !== result.value.id) : [];
      set({ list: { state: 'loaded', value: sortedByName([...others, result.value]) } });
    }
    return result;
  },
}));

function sortedByName(list: readonly Professional[]): readonly Professional[] {
  return [...list].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}
