import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startApplication } from '../electron/handlers/app';
import { silentLogger } from '../electron/log/logger';
import type { CallInput, CallName, CallOutput } from '../shared/contract/contract';

/**
 * `npm run documents -- --example --out DIR`: makes every document of the fictional example
 * conference (Price and Mills, held and finalised) through the same calls as the app, in a
 * throwaway data folder, and writes the PDFs into DIR.
 */
const { values } = parseArgs({ options: { example: { type: 'boolean', default: false }, out: { type: 'string' } } });
if (!values.example || !values.out) {
  process.stderr.write('Usage: npm run documents -- --example --out DIR\n(Only the fictional example can be made from the command line: real families’ documents are made in the app.)\n');
  process.exit(2);
}
const outDir = resolve(values.out);
mkdirSync(outDir, { recursive: true });
const dataDir = mkdtempSync(join(tmpdir(), 'confer-documents-'));
const application = startApplication({ dataDir, actor: 'example', logger: silentLogger, key: randomBytes(32), backupEveryHours: 0 });

async function call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const result = await application.dispatch(name, input, { trustedSender: true });
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as CallOutput<K>;
}

try {
  const conference = await call('loadExampleConference', { stage: 'finalised' });
  const conferenceId = conference.id;
  const { recipients } = await call('checkFamilyPlan', { conferenceId, recipientId: null });
  const letters = (await call('checkFamilyPlan', { conferenceId, kind: 'letter', recipientId: null })).recipients;
  const requests: CallInput<'makeDocument'>[] = [
    { conferenceId, kind: 'record' },
    { conferenceId, kind: 'plan' },
    // A decision letter per recipient, each with only what reaches them.
    ...letters.map((recipient) => ({ conferenceId, kind: 'letter' as const, recipientId: recipient.id })),
    ...recipients.flatMap((recipient) => (['standard', 'large'] as const).map((printSize) => ({ conferenceId, kind: 'family-plan' as const, recipientId: recipient.id, printSize }))),
  ];
  for (const request of requests) {
    const started = performance.now();
    const made = await call('makeDocument', request);
    const file = join(outDir, made.fileName);
    writeFileSync(file, Buffer.from(made.pdfBase64, 'base64'));
    process.stdout.write(`${file}  (${made.pages} ${made.pages === 1 ? 'page' : 'pages'}, ${Math.round(performance.now() - started)} ms)\n`);
  }
} finally {
  application.close();
  rmSync(dataDir, { recursive: true, force: true });
}
