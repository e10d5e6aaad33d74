/** Runs one benchmark file (see run.ts) and prints its figures as one JSON line, last. */
import { pathToFileURL } from 'node:url';

type Bench = { run?: () => Promise<Record<string, number>> };

const file = process.argv[2];
if (!file) throw new Error('Usage: run-one.ts <file.bench.ts>');
const bench = (await import(pathToFileURL(file).href)) as Bench;
if (typeof bench.run !== 'function') throw new Error(`${file} does not export run()`);
const figures = await bench.run();
process.stdout.write(`\n${JSON.stringify(figures)}\n`);
// A bench may leave timers or a worker behind; its figures are out, so the process ends here.
process.exit(0);
