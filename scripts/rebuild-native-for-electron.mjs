// Builds the SQLite addon for Electron's ABI, without touching node_modules.
//
// Why: node_modules/better-sqlite3-multiple-ciphers holds the build for plain Node (used by
// `npm test` and the web host). Electron embeds a different Node ABI, so the app needs its own
// build. Rebuilding node_modules in place would break the tests, so this script rebuilds a copy
// in a temporary folder and keeps only the result:
//     out/native/electron-<electron version>/better_sqlite3.node
// Main passes that file as better-sqlite3's `nativeBinding`; electron-builder ships out/native as
// extraResources. The work is skipped when the file already exists (--force rebuilds it).
//
// Needs a C/C++ toolchain and Electron's headers (downloaded once by node-gyp from
// electronjs.org unless already cached). Any failure exits non-zero with a clear message.
import { rebuild } from '@electron/rebuild';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const MODULE = 'better-sqlite3-multiple-ciphers';
const ADDON = 'better_sqlite3.node';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

function readVersion(packageName) {
  return JSON.parse(readFileSync(require.resolve(`${packageName}/package.json`), 'utf8')).version;
}

async function main() {
  const force = process.argv.includes('--force');
  const electronVersion = readVersion('electron');
  const target = join(root, 'out', 'native', `electron-${electronVersion}`, ADDON);
  if (existsSync(target) && !force) {
    process.stdout.write(`The SQLite addon for Electron ${electronVersion} is already built: ${relative(root, target)}\n`);
    return;
  }

  const source = dirname(require.resolve(`${MODULE}/package.json`));
  const work = mkdtempSync(join(tmpdir(), 'confer-native-'));
  try {
    // A one-dependency project around a copy of the module, so @electron/rebuild finds exactly it.
    const copy = join(work, 'node_modules', MODULE);
    const skip = [join(source, 'build') + sep, join(source, 'node_modules') + sep];
    cpSync(source, copy, { recursive: true, filter: (path) => !skip.some((prefix) => (path + sep).startsWith(prefix)) });
    writeFileSync(
      join(work, 'package.json'),
      JSON.stringify({ name: 'confer-native-rebuild', version: '0.0.0', private: true, dependencies: { [MODULE]: readVersion(MODULE) } }),
    );

    process.stdout.write(`Building the SQLite addon for Electron ${electronVersion} (${process.platform}-${process.arch}); this takes a few minutes the first time…\n`);
    await rebuild({
      buildPath: work,
      projectRootPath: work,
      electronVersion,
      arch: process.arch,
      onlyModules: [MODULE],
      force: true,
      buildFromSource: true,
      mode: 'sequential',
    });

    const built = join(copy, 'build', 'Release', ADDON);
    if (!existsSync(built)) throw new Error(`the rebuild finished but ${ADDON} was not produced`);
    mkdirSync(dirname(target), { recursive: true });
    // Copy then rename, so an interrupted run never leaves a half-written addon that later runs skip.
    const partial = `${target}.partial`;
    copyFileSync(built, partial);
    renameSync(partial, target);
    process.stdout.write(`Built ${relative(root, target)}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `Could not build the SQLite addon for Electron: ${message}\n` +
      'It needs a C/C++ toolchain (python3, make, a compiler) and Electron headers from electronjs.org (or a node-gyp cache).\n' +
      'npm test and the web host (npm run web) do not need it.\n',
  );
  process.exit(1);
});
