import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { startWebHostProcess, type RunningWebHost } from '../support/web-host';
import { launchChromium, newPage } from './browser';

type WebHostOptions = NonNullable<Parameters<typeof startWebHostProcess>[1]>;

export interface Journey {
  readonly browser: Browser;
  /** The running web host; a new one after `startHost()`. */
  readonly host: RunningWebHost;
  /** The file's own data folder, kept across host restarts. */
  readonly dataDir: string;
  /** A page in a new context with the journeys' locale, time zone and viewport. */
  newPage(): Promise<Page>;
  /** Starts a new host process on the same data folder, with the same options (stop the old one first). */
  startHost(): Promise<RunningWebHost>;
  /** Posts to the host's API with its token and returns the parsed reply, unchecked. */
  post(name: string, body: unknown): Promise<unknown>;
}

/**
 * One data folder, one web host and one Chromium for the whole file: started in beforeAll,
 * stopped and removed in afterAll. Call it at the top of an e2e file; the getters work once
 * beforeAll has run. A file's own beforeAll, registered after this, runs after the host is up.
 */
export function useJourney(dataDirPrefix: string, options: WebHostOptions = {}): Journey {
  const dataDir = makeTempDir(dataDirPrefix);
  let browser: Browser | undefined;
  let host: RunningWebHost | undefined;
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The journey's ${what} is not started: use it in a test or hook.`);
    return value;
  };
  const journey: Journey = {
    get browser() {
      return started(browser, 'browser');
    },
    get host() {
      return started(host, 'web host');
    },
    dataDir: dataDir.path,
    newPage: () => newPage(journey.browser),
    startHost: async () => (host = await startWebHostProcess(dataDir.path, options)),
    post: async (name, body) => {
      const { origin, token } = journey.host;
      const response = await fetch(`${origin}/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-confer-token': token },
        body: JSON.stringify(body),
      });
      return response.json() as Promise<unknown>;
    },
  };

  beforeAll(async () => {
    browser = await launchChromium();
    await journey.startHost();
  });
  afterAll(async () => {
    await host?.stop();
    await browser?.close();
    dataDir.remove();
  });
  return journey;
}
