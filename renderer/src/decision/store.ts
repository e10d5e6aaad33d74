import { useEffect } from 'react';
import { create } from 'zustand';
import type { Result } from '../../../shared/contract/result';
import type { DecisionRecord } from '../../../shared/decision/record';
import { api } from '../api/client';
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

/** The record for this conference, loaded when the section opens. */
export function useRecordFor(conferenceId: string, refreshKey = ''): Loadable<DecisionRecord> {
  const { record, load } = useDecisionRecord();
  useEffect(() => {
    void load(conferenceId);
  }, [conferenceId, load, refreshKey]);
  if (record.state === 'loaded' && record.value.conferenceId !== conferenceId) return { state: 'loading' };
  return record;
}
