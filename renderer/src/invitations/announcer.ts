import { create } from 'zustand';

/**
 * What the section last saved, said politely to screen-reader users (a change saved without a
 * button press would otherwise happen in silence). Each message carries a count, so saying the
 * same thing twice is still announced.
 */
interface AnnouncerState {
  readonly message: string;
  readonly count: number;
  readonly announce: (message: string) => void;
}

export const useAnnouncer = create<AnnouncerState>((set) => ({
  message: '',
  count: 0,
  announce: (message) => set((state) => ({ message, count: state.count + 1 })),
}));
