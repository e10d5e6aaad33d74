import { create } from 'zustand';
import type { ConferenceSummary, NewConference } from '../../../shared/conference/schema';
import type { ConferenceDetail } from '../../../shared/conference/details';
import type { ApiError, Result } from '../../../shared/contract/result';
import { api } from '../api/client';

/** Loading state for data that comes from the application: the database stays the truth. */
export type Loadable<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'loaded'; readonly value: T }
  | { readonly state: 'failed'; readonly error: ApiError };

interface ConferenceState {
  readonly list: Loadable<readonly ConferenceSummary[]>;
  readonly open: Loadable<ConferenceDetail>;
  readonly loadList: () => Promise<void>;
  readonly loadConference: (conferenceId: string) => Promise<void>;
  readonly createConference: (input: NewConference) => Promise<Result<ConferenceDetail>>;
  /**
   * Every change to a conference answers with the whole conference as saved: show that.
   * Returns the result so a form can show its field errors.
   */
  readonly applyChange: (change: Promise<Result<ConferenceDetail>>) => Promise<Result<ConferenceDetail>>;
  readonly loadExample: () => Promise<Result<ConferenceDetail>>;
}

export const useConferences = create<ConferenceState>((set) => ({
  list: { state: 'loading' },
  open: { state: 'loading' },
  async loadList() {
    const result = await api.listConferences({});
    set({ list: result.ok ? { state: 'loaded', value: result.value } : { state: 'failed', error: result.error } });
  },
  async loadConference(conferenceId) {
    set({ open: { state: 'loading' } });
    const result = await api.getConference({ conferenceId });
    set({ open: result.ok ? { state: 'loaded', value: result.value } : { state: 'failed', error: result.error } });
  },
  async createConference(input) {
    const result = await api.createConference(input);
    if (result.ok) set({ open: { state: 'loaded', value: result.value } });
    return result;
  },
  async applyChange(change) {
    const result = await change;
    if (result.ok) set({ open: { state: 'loaded', value: result.value } });
    return result;
  },
  async loadExample() {
    const result = await api.loadExampleConference({});
    if (result.ok) set({ open: { state: 'loaded', value: result.value } });
    return result;
  },
}));
