// Runs Doyensec's electronegativity on the Electron shell and fails on any high or medium
// finding that build/electronegativity-reviewed.json does not explain. Offline it cannot fetch
// Electron's release list; that check (available security fixes) is left to dependency updates.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const reviewed = JSON.parse(readFileSync(new URL('../build/electronegativity-reviewed.json', import.meta.url), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'electronegativity-'));
const output = join(dir, 'findings.csv');

const run = spawnSync(
  process.execPath,
  [require.resolve('@doyensec/electronegativity/dist/index.js'), '-i', 'electron', '-e', electronVersion, '-r', '-x', 'AvailableSecurityFixesGlobalCheck', '-o', output],
  { encoding: 'utf8' },
);
if (run.status !== 0) {
  process.stderr.write(`electronegativity failed to run:\n${run.stderr}\n`);
  process.exit(1);
}

const rows = readFileSync(output, 'utf8').trim().split('\n').slice(1);
rmSync(dir, { recursive: true, force: true });
const findings = rows.map((row) => {
  const [check, severity, confidence, file, location] = row.split(',').map((cell) => cell.replace(/^"|"$/g, ''));
  return { check, severity, confidence, file, location };
});
const serious = findings.filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM');
const unexplained = serious.filter((f) => !reviewed[f.check]);
for (const f of serious) {
  process.stdout.write(`${unexplained.includes(f) ? 'UNEXPLAINED' : 'reviewed   '} ${f.severity} ${f.check} ${f.file}:${f.location}\n`);
}
process.stdout.write(`electronegativity: ${findings.length} findings, ${serious.length} high or medium, ${unexplained.length} unexplained\n`);
process.exit(unexplained.length === 0 ? 0 : 1);
