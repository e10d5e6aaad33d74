import { create } from 'zustand';
import type { ApiError, Result } from '../../../shared/contract/result';
import type { AuthorityPackState, IgnoreDecision, IgnoreFinding } from '../../../shared/language-settings/schema';
import { api } from '../api/client';

interface LanguageState {
  /** The authority's pack as saved; loaded once, replaced when the settings screen saves. */
  readonly pack: AuthorityPackState | null;
  readonly packError: ApiError | null;
  /** "Ignore here" decisions by conference. */
  readonly ignores: Readonly<Record<string, readonly IgnoreDecision[]>>;
}

export const useLanguage = create<LanguageState>(() => ({ pack: null, packError: null, ignores: {} }));

let packRequest: Promise<void> | null = null;

export function loadAuthorityPack(): Promise<void> {
  packRequest ??= api.getAuthorityPack({}).then((result) => {
    if (result.ok) useLanguage.setState({ pack: result.value, packError: null });
    else {
      useLanguage.setState({ packError: result.error });
      packRequest = null;
    }
  });
  return packRequest;
}

export function setAuthorityPack(pack: AuthorityPackState): void {
  useLanguage.setState({ pack });
}

const ignoreRequests = new Map<string, Promise<void>>();

export function loadIgnores(conferenceId: string): Promise<void> {
  let request = ignoreRequests.get(conferenceId);
  if (!request) {
    request = api.listIgnoreDecisions({ conferenceId }).then((result) => {
      if (result.ok) storeIgnores(conferenceId, result.value);
      else ignoreRequests.delete(conferenceId);
    });
    ignoreRequests.set(conferenceId, request);
  }
  return request;
}

function storeIgnores(conferenceId: string, list: readonly IgnoreDecision[]): void {
  useLanguage.setState((state) => ({ ignores: { ...state.ignores, [conferenceId]: list } }));
}

export async function ignoreFinding(input: IgnoreFinding): Promise<Result<readonly IgnoreDecision[]>> {
  const result = await api.ignoreFinding(input);
  if (result.ok) storeIgnores(input.conferenceId, result.value);
  return result;
}

export async function removeIgnore(conferenceId: string, id: string): Promise<Result<readonly IgnoreDecision[]>> {
  const result = await api.removeIgnoreDecision({ conferenceId, id });
  if (result.ok) storeIgnores(conferenceId, result.value);
  return result;
}
