/**
 * Runs every bench/*.bench.ts in turn (each exports `async function run(): Promise<Record<string,
 * number>>`), each in a process of its own so one bench's heap and timers never slow the next,
 * prints one combined table, and as the last line one JSON object of every figure, keyed
 * `<bench>.<figure>`. `npm run bench -- documents` runs only the benches whose names start so.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const folder = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => only.length === 0 || only.some((wanted) => name.startsWith(wanted)))
  .sort();

const figures: Record<string, number> = {};
const rows: [string, string, string][] = [];
let failed = false;
for (const file of files) {
  const name = file.replace(/\.bench\.ts$/u, '');
  process.stderr.write(`Running ${name}…\n`);
  const child = spawnSync(process.execPath, ['--import', 'tsx', `${folder}run-one.ts`, `${folder}${file}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 16 * 1024 * 1024 });
  const last = child.stdout.trim().split('\n').at(-1) ?? '';
  if (child.status !== 0 || !last.startsWith('{')) {
    failed = true;
    process.stderr.write(`${name} failed (exit ${child.status ?? child.signal})\n`);
    continue;
  }
  for (const [key, value] of Object.entries(JSON.parse(last) as Record<string, number>)) {
    figures[`${name}.${key}`] = value;
    rows.push([name, key, String(value)]);
  }
}

const widths = [0, 1, 2].map((column) => Math.max(['bench', 'figure', 'value'][column]?.length ?? 0, ...rows.map((row) => row[column]?.length ?? 0)));
const line = (cells: readonly string[]) => cells.map((cell, column) => (column === 2 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join('  ');
process.stdout.write(`${[line(['bench', 'figure', 'value']), '-'.repeat(widths.reduce((sum, width) => sum + width + 2, 0)), ...rows.map(line), JSON.stringify(figures)].join('\n')}\n`);
if (failed) process.exitCode = 1;
