// Bundles Electron's main process and preload with esbuild (the renderer is built by Vite).
// main:    one CommonJS file for Node inside Electron; electron and the SQLite addon stay external.
// preload: one CommonJS file for the sandboxed preload, whose `require` knows only a few modules
//          ('electron' among them), so everything else must be inlined. It must stay tiny and
//          free of zod and the schemas: the build fails if any npm package gets into it.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'out', 'electron');
const PRELOAD_MAX_BYTES = 8 * 1024;

mkdirSync(outDir, { recursive: true });

const common = {
  bundle: true,
  format: 'cjs',
  logLevel: 'warning',
  legalComments: 'none',
  sourcemap: false,
  metafile: true,
  absWorkingDir: root,
};

async function main() {
  await build({
    ...common,
    entryPoints: ['electron/main/main.ts'],
    outfile: join(outDir, 'main.cjs'),
    platform: 'node',
    target: 'node20',
    external: ['electron', 'better-sqlite3-multiple-ciphers'],
  });

  const preload = await build({
    ...common,
    entryPoints: ['electron/preload/preload.ts'],
    outfile: join(outDir, 'preload.cjs'),
    // 'browser': a Node built-in imported by mistake fails the build instead of failing at run time.
    platform: 'browser',
    target: 'chrome130',
    external: ['electron'],
    minify: false,
  });

  const inputs = Object.keys(preload.metafile.inputs);
  const packages = inputs.filter((input) => input.includes('node_modules'));
  if (packages.length > 0) {
    throw new Error(`The preload bundle must not include npm packages, but it includes: ${packages.join(', ')}`);
  }
  const [output] = Object.values(preload.metafile.outputs);
  if (!output || output.bytes > PRELOAD_MAX_BYTES) {
    throw new Error(`The preload bundle is ${output?.bytes ?? '?'} bytes; it should stay under ${PRELOAD_MAX_BYTES}.`);
  }
  process.stdout.write(
    `Built ${relative(root, join(outDir, 'main.cjs'))} and ${relative(root, join(outDir, 'preload.cjs'))} (${output.bytes} bytes, from ${inputs.length} files).\n`,
  );
}

main().catch((error) => {
  process.stderr.write(`build-electron failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
