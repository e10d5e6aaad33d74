import { useEffect, useMemo } from 'react';
import { familySafeRecord } from '../../../shared/audience/family-screen';
import { create } from 'zustand';
import type { Result } from '../../../shared/contract/result';
import type { DecisionRecord } from '../../../shared/decision/record';
import { api } from '../api/client';
import { useFamilySafe } from '../app/familySafe';
import type { Loadable } from '../conference/store';

interface DecisionState {
  readonly record: Loadable<DecisionRecord>;
  readonly load: (conferenceId: string) => Promise<void>;
  /** Every change answers with the whole record as saved: show that. */
  readonly apply: (change: Promise<Result<DecisionRecord>>) => Promise<Result<DecisionRecord>>;
}

/** The analysis, decisions, plan and sign-off of the open conference; the database stays the truth. */
export const useDecisionRecord = create<DecisionState>((set) => ({
  record: { state: 'loading' },
  async load(conferenceId) {
    const result = await api.getDecisionRecord({ conferenceId });
    set({ record: result.ok ? { state: 'loaded', value: result.value } : { state: 'failed', error: result.error } });
  },
  async apply(change) {
    const result = await change;
    if (result.ok) set({ record: { state: 'loaded', value: result.value } });
    return result;
  },
}));

/**
 * The record for this conference, loaded when the section opens. On the family-safe screen it is
 * the record as the whole family may see it (shared/audience/family-screen.ts).
 */
export function useRecordFor(conferenceId: string, refreshKey = ''): Loadable<DecisionRecord> {
  const { record, load } = useDecisionRecord();
  const familySafe = useFamilySafe((state) => state.on);
  useEffect(() => {
    void load(conferenceId);
  }, [conferenceId, load, refreshKey]);
  const shown = useMemo<Loadable<DecisionRecord>>(() => (familySafe && record.state === 'loaded' ? { state: 'loaded', value: familySafeRecord(record.value) } : record), [record, familySafe]);
  if (record.state === 'loaded' && record.value.conferenceId !== conferenceId) return { state: 'loading' };
  return shown;
}
