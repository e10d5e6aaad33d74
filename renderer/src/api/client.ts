import { CALL_NAMES, type CallName } from '../../../shared/contract/contract';
import type { ConferApi } from '../../../shared/contract/api';
import type { Result } from '../../../shared/contract/result';

declare global {
  interface Window {
    /** Present only in the Electron app, put there by the preload script. */
    readonly confer?: ConferApi;
  }
}

const TOKEN_KEY = 'confer.web-token';
const TOKEN_HEADER = 'x-confer-token';

/**
 * The one way the renderer reaches the application: the preload bridge in Electron, HTTP in the
 * web host. Nothing else in the renderer knows which host it runs in.
 */
export const api: ConferApi = watchForLock(window.confer ?? createHttpApi(takeWebToken()));

type LockListener = () => void;
const lockListeners = new Set<LockListener>();

/** Called whenever the application answers "locked", so the app can hide the record at once. */
export function onLocked(listener: LockListener): () => void {
  lockListeners.add(listener);
  return () => lockListeners.delete(listener);
}

function watchForLock(inner: ConferApi): ConferApi {
  const watched = Object.fromEntries(
    CALL_NAMES.map((name) => [
      name,
      async (input: unknown) => {
        const result = await (inner[name] as (input: unknown) => Promise<Result<unknown>>)(input);
        if (!result.ok && result.error.kind === 'locked') lockListeners.forEach((listener) => listener());
        return result;
      },
    ]),
  );
  return watched as unknown as ConferApi;
}

function createHttpApi(token: string | null): ConferApi {
  const call = async (name: CallName, input: unknown): Promise<Result<unknown>> => {
    try {
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token ?? '' },
        body: JSON.stringify(input ?? {}),
      });
      return (await response.json()) as Result<unknown>;
    } catch {
      return { ok: false, error: { kind: 'internal', message: 'Confer could not be reached. Check it is still running, then try again.' } };
    }
  };
  return Object.fromEntries(CALL_NAMES.map((name) => [name, (input: unknown) => call(name, input)])) as unknown as ConferApi;
}

/** The web host gives its token in the address (#token=…); keep it for this tab and hide it. */
function takeWebToken(): string | null {
  const match = /^#token=([A-Za-z0-9_-]+)$/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', `${window.location.pathname}#/`);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}
