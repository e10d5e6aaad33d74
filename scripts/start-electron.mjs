// `npm start` (after `npm run build`): makes sure the Electron-ABI SQLite addon exists, then
// runs Electron on this project, passing any extra arguments through.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

/** The path of Electron's binary, or null when the package was installed without it. */
function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    // The electron package throws when its binary was never downloaded.
    return null;
  }
}

const binary = electronBinary();
if (!binary) {
  process.stderr.write(
    "Electron's binary is not installed: run npm install with internet access; the web host (npm run web) works without it.\n",
  );
  process.exit(1);
}

const rebuild = spawnSync(process.execPath, [join(root, 'scripts', 'rebuild-native-for-electron.mjs')], { cwd: root, stdio: 'inherit' });
if (rebuild.status !== 0) process.exit(rebuild.status ?? 1);

const child = spawn(binary, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
child.on('error', (error) => {
  process.stderr.write(`Could not start Electron: ${error.message}\n`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
