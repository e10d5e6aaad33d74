import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveStaticPath } from '../../electron/web-host/static-files';
import { makeTempDir } from '../support/temp-dir';
import { startWebHostProcess, type RunningWebHost } from '../support/web-host';

let host: RunningWebHost;
const dir = makeTempDir();
beforeAll(async () => {
  host = await startWebHostProcess(dir.path);
});
afterAll(async () => {
  await host.stop();
  dir.remove();
});

function call(name: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${host.origin}/api/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });
}

describe('the web host', () => {
  it('listens only on 127.0.0.1 and prints the address to open, with its token', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.token).toMatch(/^[\w-]{40,}$/);
  });

  it('refuses an API request without the token', async () => {
    const response = await call('listConferences', '{}');
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ ok: false });
  });

  it('refuses an API request with a wrong token', async () => {
    const response = await call('listConferences', '{}', { 'x-confer-token': host.token.slice(0, -1) + 'x' });
    expect(response.status).toBe(401);
  });

  it('answers with the token', async () => {
    const response = await call('listConferences', '{}', { 'x-confer-token': host.token });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, value: [] });
  });

  it('gives a clear error for a body that is not JSON', async () => {
    const response = await call('listConferences', '{not json', { 'x-confer-token': host.token });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ ok: false, error: { kind: 'validation' } });
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const port = new URL(host.origin).port;
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/', headers: { Host: `evil.example:${port}` } }, (res) => {
        res.resume();
        resolve(res.statusCode);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(421);
  });

  it('issue 14 item 12: a body over the limit gets its 413 answer and message, not a reset', async () => {
    const port = new URL(host.origin).port;
    const oversized = Buffer.alloc(17 * 1024 * 1024, 'a'); // the limit is 16 MiB
    for (const framing of ['content-length', 'chunked'] as const) {
      const answer = await new Promise<{ status: number | undefined; body: string }>((resolve, reject) => {
        const headers: Record<string, string | number> = { 'Content-Type': 'application/json', 'x-confer-token': host.token };
        if (framing === 'content-length') headers['Content-Length'] = oversized.length;
        const req = request({ host: '127.0.0.1', port, path: '/api/listConferences', method: 'POST', headers }, (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode, body }));
          res.on('error', reject);
        });
        req.on('error', reject);
        // In pieces, as a browser sends a large body: the answer may come before the last one.
        for (let at = 0; at < oversized.length; at += 1024 * 1024) req.write(oversized.subarray(at, at + 1024 * 1024));
        req.end();
      });
      expect(answer.status, framing).toBe(413);
      expect(JSON.parse(answer.body), framing).toEqual({ ok: false, error: { kind: 'validation', message: 'This request is too large to save.' } });
    }
    // And the host carries on.
    expect((await call('listConferences', '{}', { 'x-confer-token': host.token })).status).toBe(200);
  });

  it('serves the renderer with a strict Content-Security-Policy', async () => {
    const response = await fetch(`${host.origin}/`);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/%2e%2e%2f%2e%2e%2fetc%2fpasswd']) {
      const response = await fetch(`${host.origin}${path}`);
      expect(response.status, path).toBe(404);
    }
  });
});

describe('mapping a URL path to a renderer file', () => {
  const root = '/srv/renderer';
  it.each([
    ['/', '/srv/renderer/index.html'],
    ['/assets/app.js', '/srv/renderer/assets/app.js'],
    ['/..', null],
    ['/../secret', null],
    ['/assets/../../secret', null],
    ['/%2e%2e/secret', null],
    ['/a%00b', null],
    ['/%E0%A4%A', null],
  ])('%s → %s', (path, expected) => {
    expect(resolveStaticPath(root, path)).toBe(expected);
  });
});

describe('stopping', () => {
  it('stops cleanly on SIGTERM and SIGINT', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const own = makeTempDir();
      const running = await startWebHostProcess(own.path);
      expect(await running.stop(signal)).toBe(0);
      own.remove();
    }
  });
});
