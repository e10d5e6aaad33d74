import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import type { Logger } from '../log/logger';
import { contentTypeOf } from '../web-host/static-files';
import { APP_SCHEME } from './app-url';
import { resolveAppRequest } from './protocol-paths';

/**
 * app:// must be declared before `ready`. Standard + secure gives it a real origin
 * (app://confer) so the CSP's 'self', module scripts and workers behave as on https, instead of
 * the loose rules of file:// (checklist item 18).
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true, allowServiceWorkers: false, bypassCSP: false },
    },
  ]);
}

/** Every response carries the CSP as a header, not only the page's meta tag (checklist item 7). */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Serves the built renderer (dist/renderer, inside the asar when packaged) and nothing else. */
export function serveRenderer(rendererRoot: string, logger: Logger): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const target = resolveAppRequest(rendererRoot, request.method, request.url);
    if (target.kind === 'refused') {
      logger.warn('protocol.refused', { status: target.status });
      return refusal(target.status);
    }
    try {
      const body = await readFile(target.path);
      return new Response(new Uint8Array(body), {
        status: 200,
        headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeOf(target.path) },
      });
    } catch {
      return refusal(404);
    }
  });
}

function refusal(status: 404 | 405): Response {
  return new Response(status === 404 ? 'Not found' : 'Method not allowed', {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
