// Bundles Electron's main process and preload with esbuild (the renderer is built by Vite).
// main:    one CommonJS file for Node inside Electron; electron and the SQLite addon stay external.
// preload: one CommonJS file for the sandboxed preload, whose `require` knows only a few modules
//          ('electron' among them), so everything else must be inlined. It must stay tiny and
//          free of zod and the schemas: the build fails if any npm package gets into it.
import { build } from 'esbuild';
import { copyFileSync, cpSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'out', 'electron');
// One short line per contract call (about 90 bytes each, 130 calls): a library pulled in would
// show at once, and npm packages are refused outright below.
const PRELOAD_MAX_BYTES = 16 * 1024;

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
    // document-renderer.ts finds the worker's source from import.meta.url only when no worker
    // path is given; main always gives the bundled one, so that code never runs here.
    logOverride: { 'empty-import-meta': 'silent' },
  });

  // The document worker (electron/pdf/): ESM, because pdfkit finds its data files from
  // import.meta.url, and with its packages left as node_modules (production dependencies, which
  // electron-builder packs), because pdfkit loads its standard fonts through a dynamic require.
  // Electron (17+) loads worker threads from the asar archive. The fonts are copied beside it.
  await build({
    ...common,
    entryPoints: ['electron/pdf/worker.ts'],
    outfile: join(outDir, 'document-worker.mjs'),
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
  });
  cpSync(join(root, 'electron', 'pdf', 'fonts'), join(outDir, 'fonts'), { recursive: true });
  copyScriptFonts(join(outDir, 'fonts'));

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
    `Built ${relative(root, join(outDir, 'main.cjs'))}, ${relative(root, join(outDir, 'document-worker.mjs'))} and ${relative(root, join(outDir, 'preload.cjs'))} (${output.bytes} bytes, from ${inputs.length} files).\n`,
  );
}

/**
 * The fonts for other scripts (electron/pdf/script-fonts.json) come from their npm packages: their
 * regular and bold faces and each package's font licence are copied beside the main fonts, where
 * the worker's typeface.ts looks first.
 */
function copyScriptFonts(fontsDir) {
  const require = createRequire(import.meta.url);
  const { fonts } = JSON.parse(readFileSync(join(root, 'electron', 'pdf', 'script-fonts.json'), 'utf8'));
  for (const font of fonts) {
    const packageDir = dirname(require.resolve(`${font.package}/package.json`));
    for (const file of [font.regular, font.bold]) copyFileSync(join(packageDir, file), join(fontsDir, basename(file)));
    copyFileSync(join(packageDir, 'LICENSE_FONT'), join(fontsDir, `${basename(font.package)}-OFL.txt`));
  }
}

main().catch((error) => {
  process.stderr.write(`build-electron failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
