import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { prepareCaseload } from './caseload';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * The web host's cold start, from starting the process to the home screen's data answering (the
 * first page of the caseload), and the size of the renderer's JavaScript, gzipped, as built.
 */
export async function run(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};

  const empty = await repeat(5, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'confer-bench-web-'));
    try {
      return await coldStart(dataDir, {});
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
  figures['cold_start_empty_ms_median'] = median(empty);

  const caseload = prepareCaseload();
  try {
    const env = { CONFER_DB_KEY: caseload.key.toString('hex') };
    // The first start makes the day's backup before serving (startApplication's schedule).
    figures['cold_start_caseload_with_backup_ms'] = round(await coldStart(caseload.dataDir, env));
    figures['cold_start_caseload_ms_median'] = median(await repeat(5, () => coldStart(caseload.dataDir, env)));
  } finally {
    caseload.remove();
  }

  const build = spawnSync('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts'], { cwd: repoRoot, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`The renderer did not build: ${build.stderr}`);
  const assets = join(repoRoot, 'dist', 'renderer', 'assets');
  // Every script, loaded at start or later (PDF.js and its .mjs worker load on the first preview).
  const scripts = readdirSync(assets).filter((name) => name.endsWith('.js') || name.endsWith('.mjs'));
  const gzipped = scripts.reduce((sum, name) => sum + gzipSync(readFileSync(join(assets, name)), { level: 9 }).length, 0);
  const raw = scripts.reduce((sum, name) => sum + readFileSync(join(assets, name)).length, 0);
  figures['renderer_js_files'] = scripts.length;
  figures['renderer_js_kb'] = round(raw / 1024);
  figures['renderer_js_gzip_kb'] = round(gzipped / 1024);
  return figures;
}

/** Starts `electron/web-host/cli.ts` as the tests do and times until the home screen's data answers. */
async function coldStart(dataDir: string, env: Record<string, string>): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/web-host/cli.ts', '--port', '0', '--data-dir', dataDir, '--app-lock', 'off'], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let output = '';
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const url = await new Promise<URL>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /Open: (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(output);
        if (match?.[1]) resolve(new URL(match[1]));
      });
      child.once('exit', (code) => reject(new Error(`web host exited early (${code}): ${errors}`)));
    });
    const token = url.hash.replace('#token=', '');
    for (;;) {
      const response = await fetch(`${url.origin}/api/searchCaseload`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-confer-token': token },
        body: '{}',
      });
      const result = (await response.json()) as { ok: boolean };
      if (result.ok) return performance.now() - started;
    }
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    }
  }
}

async function repeat(times: number, task: () => Promise<number>): Promise<number[]> {
  const results: number[] = [];
  for (let i = 0; i < times; i += 1) results.push(await task());
  return results;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return round(sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN);
}

const round = (value: number) => Math.round(value * 100) / 100;
