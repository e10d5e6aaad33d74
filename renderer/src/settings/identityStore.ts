import { create } from 'zustand';
import type { AuthorityIdentityState } from '../../../shared/authority/identity';
import type { ApiError } from '../../../shared/contract/result';
import { api } from '../api/client';

/**
 * The authority's identity as saved, shared by the letterhead form and the language pack's import
 * (a pack file can carry the letterhead), so either one saving shows in the other.
 */
interface IdentityState {
  readonly state: AuthorityIdentityState | null;
  readonly error: ApiError | null;
  /** Counts saves made elsewhere (a language pack's import): the letterhead form starts again from them. */
  readonly revision: number;
}

export const useAuthorityIdentity = create<IdentityState>(() => ({ state: null, error: null, revision: 0 }));

export async function loadAuthorityIdentity(): Promise<void> {
  const result = await api.getAuthorityIdentity({});
  useAuthorityIdentity.setState(result.ok ? { state: result.value, error: null } : { error: result.error });
}

/** After a save: `fromElsewhere` when the letterhead form did not make it, so the form shows it. */
export function setAuthorityIdentity(state: AuthorityIdentityState, fromElsewhere = false): void {
  useAuthorityIdentity.setState((current) => ({ state, error: null, revision: current.revision + (fromElsewhere ? 1 : 0) }));
}
