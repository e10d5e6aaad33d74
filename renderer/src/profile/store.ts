import { create } from 'zustand';
import type { ApiError } from '../../../shared/contract/result';
import type { Profile } from '../../../shared/profile/schema';
import { api } from '../api/client';

/** Who is using Confer (issue 15): asked at first run, changed in Settings. */
interface ProfileState {
  readonly profile: { readonly state: 'loading' } | { readonly state: 'loaded'; readonly value: Profile | null } | { readonly state: 'failed'; readonly error: ApiError };
  readonly load: () => Promise<void>;
  readonly saved: (profile: Profile) => void;
}

export const useProfile = create<ProfileState>((set) => ({
  profile: { state: 'loading' },
  async load() {
    const result = await api.getProfile({});
    set({ profile: result.ok ? { state: 'loaded', value: result.value } : { state: 'failed', error: result.error } });
  },
  saved(profile) {
    set({ profile: { state: 'loaded', value: profile } });
  },
}));
