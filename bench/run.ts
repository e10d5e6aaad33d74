/**
 * Runs every bench/*.bench.ts in turn (each exports `async function run(): Promise<Record<string,
 * number>>`), prints one combined table, and as the last line one JSON object of every figure,
 * keyed `<bench>.<figure>`.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

type Bench = { run?: () => Promise<Record<string, number>> };

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
  try {
    const bench = (await import(pathToFileURL(`${folder}${file}`).href)) as Bench;
    if (typeof bench.run !== 'function') throw new Error(`${file} does not export run()`);
    const result = await bench.run();
    for (const [key, value] of Object.entries(result)) {
      figures[`${name}.${key}`] = value;
      rows.push([name, key, String(value)]);
    }
  } catch (error) {
    failed = true;
    process.stderr.write(`${name} failed: ${error instanceof Error ? error.message : String(error)}\n`);
  }
}

const widths = [0, 1, 2].map((column) => Math.max(['bench', 'figure', 'value'][column]?.length ?? 0, ...rows.map((row) => row[column]?.length ?? 0)));
const line = (cells: readonly string[]) => cells.map((cell, column) => (column === 2 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join('  ');
process.stdout.write(`${[line(['bench', 'figure', 'value']), '-'.repeat(widths.reduce((sum, width) => sum + width + 2, 0)), ...rows.map(line), JSON.stringify(figures)].join('\n')}\n`);
if (failed) process.exitCode = 1;
