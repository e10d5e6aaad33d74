import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DATABASE_FILE_NAME } from '../db/open';
import { startApplication } from '../electron/handlers/app';
import { evaluationCsvExports } from '../electron/handlers/evaluation-export';
import { createFileLogger } from '../electron/log/logger';
import { loadWebHostKey } from '../electron/web-host/dev-key';

/**
 * `npm run export:evaluation -- --data-dir DIR --out OUTDIR`: writes both evaluation exports
 * (docs/evaluation.md) from the encrypted database in DIR, opened with the web host's key as the
 * other command-line tools do: evaluation_figures.csv (aggregate counts, under 5 suppressed) and
 * the SSD's ssd_initial_cp_conference.csv, ssd_cp_plans.csv and ssd_cp_reviews.csv (record-level,
 * for the authority's own reporting database). Prints file names and counts, never content.
 */
const { values } = parseArgs({ options: { 'data-dir': { type: 'string' }, out: { type: 'string' } } });
if (!values['data-dir'] || !values.out) {
  process.stderr.write('Usage: npm run export:evaluation -- --data-dir DIR --out OUTDIR\n');
  process.exit(2);
}
const dataDir = resolve(values['data-dir']);
if (!existsSync(join(dataDir, DATABASE_FILE_NAME))) {
  process.stderr.write(`There is no Confer database in ${dataDir}. Nothing was written.\n`);
  process.exit(1);
}
const outDir = resolve(values.out);
const application = startApplication({ dataDir, logger: createFileLogger(join(dataDir, 'logs')), key: loadWebHostKey(dataDir), backupEveryHours: 0 });
try {
  const { files, childrenWithoutPersonId } = evaluationCsvExports(application.db);
  mkdirSync(outDir, { recursive: true });
  for (const file of files) {
    writeFileSync(join(outDir, file.fileName), file.content, { mode: 0o600 });
    process.stdout.write(`Wrote ${file.fileName} (${file.content.split('\r\n').length - 2} rows)\n`);
  }
  if (childrenWithoutPersonId > 0) {
    process.stdout.write(`${childrenWithoutPersonId} children have no case-management person id yet: add it in each child's details.\n`);
  }
} finally {
  application.close();
}
