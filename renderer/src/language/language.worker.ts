/// <reference lib="webworker" />
/**
 * The language checks, off the main thread: typing never waits for them. Vite bundles this file
 * as a module worker; the Content-Security-Policy allows `worker-src 'self'`.
 */
import { warmUp } from '../../../shared/language';
import { createEngine } from './engine';
import type { WorkerRequest, WorkerResponse } from './protocol';

const engine = createEngine();
const scope = self as unknown as DedicatedWorkerGlobalScope;

// Compiled and warmed as the worker starts, so the first typing does not wait for it.
warmUp();

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'configure') {
    engine.configure(request);
    return;
  }
  let response: WorkerResponse;
  try {
    response = { type: 'result', id: request.id, findings: engine.check(request.key, request.audience, request.text) };
  } catch {
    response = { type: 'failed', id: request.id, message: 'The wording could not be checked.' };
  }
  scope.postMessage(response);
};
