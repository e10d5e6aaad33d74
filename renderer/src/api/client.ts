import { CALL_NAMES, type CallName } from '../../../shared/contract/contract';
import type { ConferApi } from '../../../shared/contract/api';
import type { Result } from '../../../shared/contract/result';
import type { SaveDocumentBridge, SaveDocumentOutcome } from '../../../shared/documents/save';
import { downloadFile } from '../app/download';

declare global {
  interface Window {
    /** Present only in the Electron app, put there by the preload script. */
    readonly confer?: ConferApi & SaveDocumentBridge;
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

/**
 * Saves a made document (a PDF, base64) where the user chooses: the save dialog in the desktop
 * app; in the web host (development and tests) the browser's own download.
 */
export async function saveFile(fileName: string, base64: string): Promise<SaveDocumentOutcome> {
  if (window.confer) {
    try {
      return await window.confer.saveDocument({ fileName, pdfBase64: base64 });
    } catch {
      return { saved: false, reason: 'failed' };
    }
  }
  try {
    downloadFile(fileName, base64, 'application/pdf');
    return { saved: true };
  } catch {
    return { saved: false, reason: 'failed' };
  }
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
