import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import type { Dispatcher } from '../handlers/bind';
import type { Logger } from '../log/logger';
import { readStaticFile } from './static-files';

/** The header every API request must carry; a custom header also rules out simple cross-site posts. */
export const TOKEN_HEADER = 'x-confer-token';
const MAX_BODY_BYTES = 16 * 1024 * 1024;
/** How much of a body over the limit is read and thrown away before the connection is cut. */
const MAX_DISCARDED_BYTES = 4 * MAX_BODY_BYTES;

export interface WebHostOptions {
  readonly port: number;
  readonly staticDir: string;
  readonly dispatch: Dispatcher;
  readonly logger: Logger;
}

export interface WebHost {
  readonly url: string;
  readonly token: string;
  readonly close: () => Promise<void>;
}

/**
 * Serves the built renderer and the application's calls over HTTP on 127.0.0.1, for development
 * and browser tests only. Every API request needs this run's secret token.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = randomBytes(32).toString('base64url');
  let origin = '';
  const server = createServer((request, response) => {
    route(request, response).catch(() => {
      options.logger.error('web.request-failed');
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error');
    });
  });

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // Refuse requests addressed to any other host name (DNS rebinding).
    if (`http://${request.headers.host ?? ''}` !== origin) return send(response, 421, 'text/plain; charset=utf-8', 'Misdirected request');
    const path = new URL(request.url ?? '/', origin).pathname;
    if (path.startsWith('/api/')) return api(request, response, path.slice('/api/'.length));
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    const file = await readStaticFile(options.staticDir, path);
    if (!file) return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
    send(response, 200, file.type, request.method === 'HEAD' ? '' : file.body);
  }

  async function api(request: IncomingMessage, response: ServerResponse, name: string): Promise<void> {
    if (!hasToken(request.headers[TOKEN_HEADER], token)) {
      options.logger.warn('web.token-refused');
      return sendJson(response, 401, { ok: false, error: { kind: 'internal', message: 'This request was refused: it did not carry this session’s token.' } });
    }
    if (request.method !== 'POST') return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    const body = await readBody(request);
    if (body === 'too-large') {
      return sendJson(response, 413, { ok: false, error: { kind: 'validation', message: 'This request is too large to save.' } });
    }
    let input: unknown;
    try {
      input = body.length === 0 ? undefined : JSON.parse(body);
    } catch {
      return sendJson(response, 400, { ok: false, error: { kind: 'validation', message: 'This request could not be read.' } });
    }
    sendJson(response, 200, await options.dispatch(name, input, { trustedSender: true }));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/#token=${token}`,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function hasToken(header: string | string[] | undefined, token: string): boolean {
  if (typeof header !== 'string') return false;
  const given = Buffer.from(header);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * The body as text, or 'too-large' as soon as it passes the limit (or says it will). The rest of
 * a body that is too large is still read, and thrown away: a connection closed while the client
 * is sending is reset, and the client would see the reset instead of the 413 answer. Past a
 * further limit of throwing away, the connection is cut after all.
 */
function readBody(request: IncomingMessage): Promise<string | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    const refuse = () => {
      tooLarge = true;
      chunks.length = 0;
      resolve('too-large');
    };
    if (Number(request.headers['content-length'] ?? 0) > MAX_BODY_BYTES) refuse();
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (tooLarge) {
        if (size > MAX_DISCARDED_BYTES) request.destroy();
        return;
      }
      if (size > MAX_BODY_BYTES) return refuse();
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    'Cross-Origin-Opener-Policy': 'same-origin',
  });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));
}
