import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface RunningWebHost {
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  readonly process: ChildProcess;
  /** Sends the signal and waits for the process to exit; resolves with its exit code. */
  readonly stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

/** Starts the real web host (`npm run web`'s program) as its own process on a free port. */
/**
 * The idle lock is off unless a test is about it, so other journeys do not start at the
 * first-run passphrase screen; automatic backups are off, so tests make their own when they need one.
 * Likewise a profile (who is using the app, issue 15) is set up unless a test is about the first
 * run (`profile: null`), so journeys do not start at the profile screen; an existing one is kept.
 */
export const TEST_PROFILE = { name: 'Morgan Ashdown', role: 'chair' } as const;

export async function startWebHostProcess(
  dataDir: string,
  { appLock = false, editSessionSeconds = 120, profile = TEST_PROFILE as { name: string; role: string } | null } = {},
): Promise<RunningWebHost> {
  const args = ['--import', 'tsx', 'electron/web-host/cli.ts', '--port', '0', '--data-dir', dataDir, '--app-lock', appLock ? 'on' : 'off', '--edit-session-seconds', String(editSessionSeconds), '--automatic-backups', 'off'];
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open: (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`web host exited early (${code}): ${errors}`)));
  });
  const parsed = new URL(url);
  if (profile !== null) await setUpProfile(parsed.origin, parsed.hash.replace('#token=', ''), profile);
  return {
    url,
    origin: parsed.origin,
    token: parsed.hash.replace('#token=', ''),
    process: child,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      const exited = once(child, 'exit');
      child.kill(signal);
      const [code] = (await exited) as [number | null];
      return code;
    },
  };
}

/** Sets up the profile through the host's own API, unless one is there already (a restart). */
async function setUpProfile(origin: string, token: string, profile: { name: string; role: string }): Promise<void> {
  const call = async (name: string, body: unknown) => {
    const response = await fetch(`${origin}/api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-confer-token': token }, body: JSON.stringify(body) });
    return (await response.json()) as { ok: boolean; value?: unknown; error?: { kind: string } };
  };
  const current = await call('getProfile', {});
  if (current.ok && current.value !== null) return;
  // Locked on a restart: the profile was set up when the host first started on this data.
  if (!current.ok && current.error?.kind === 'locked') return;
  const saved = await call('saveProfile', { profile });
  if (!saved.ok) throw new Error(`The test profile could not be set up: ${JSON.stringify(saved)}`);
}
