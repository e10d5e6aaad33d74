import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startApplication } from '../electron/handlers/app';
import { silentLogger } from '../electron/log/logger';
import type { CallInput, CallName, CallOutput } from '../shared/contract/contract';
import type { ConferenceDocumentKind } from '../shared/documents/source';
import { EXAMPLE_CHILD_COPIES, EXAMPLE_CHILDREN } from '../shared/example/price-mills';

/**
 * `npm run documents -- --example --out DIR`: makes every document of the fictional example
 * conference (Price and Mills, as held) through the same calls as the app, in a throwaway data
 * folder: the record and the child protection plan; the family's plan for every recipient and a
 * decision letter per recipient, in both print sizes; and each chosen child's own copy (those
 * offered one by default from 10, and those the example's chair chose), in both print sizes. The
 * family's documents are asked for at once, as the app makes them in one action, so the document
 * workers make them side by side. Writes the PDFs and DIR/manifest.json, a list of
 * `{file, kind, recipient, printSize}`.
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

/** The manifest's names for the documents. */
const MANIFEST_KINDS: Readonly<Record<ConferenceDocumentKind, string>> = {
  record: 'record',
  plan: 'cp-plan',
  'family-plan': 'family-plan',
  letter: 'decision-letter',
  'child-plan': 'child-plan',
  'information-pack': 'information-pack',
};

interface Entry {
  readonly file: string;
  readonly kind: string;
  /** Who a family document or a child's copy is for, by name; null for the record and the plan. */
  readonly recipient: string | null;
  readonly printSize: 'standard' | 'large';
}

const BOTH = ['standard', 'large'] as const;

try {
  const conference = await call('loadExampleConference', { stage: 'held' });
  const conferenceId = conference.id;
  const plans = (await call('checkFamilyPlan', { conferenceId, kind: 'family-plan', recipientId: null })).recipients;
  const letters = (await call('checkFamilyPlan', { conferenceId, kind: 'letter', recipientId: null })).recipients;
  const chosen = new Set(EXAMPLE_CHILD_COPIES.map((key) => `${EXAMPLE_CHILDREN[key].givenName} ${EXAMPLE_CHILDREN[key].familyName}`));
  const children = (await call('checkChildPlan', { conferenceId, childId: null })).children.filter((child) => child.offeredByDefault || chosen.has(child.name));
  type Request = { readonly request: CallInput<'makeDocument'>; readonly recipient: string | null };
  const familyFacing: Request[] = [
    ...plans.flatMap((r) => BOTH.map((printSize) => ({ request: { conferenceId, kind: 'family-plan' as const, recipientId: r.id, printSize }, recipient: r.name }))),
    ...letters.flatMap((r) => BOTH.map((printSize) => ({ request: { conferenceId, kind: 'letter' as const, recipientId: r.id, printSize }, recipient: r.name }))),
    ...children.flatMap((c) => BOTH.map((printSize) => ({ request: { conferenceId, kind: 'child-plan' as const, recipientId: c.id, printSize }, recipient: c.name }))),
  ];
  const professional: Request[] = [
    { request: { conferenceId, kind: 'record' }, recipient: null },
    { request: { conferenceId, kind: 'plan' }, recipient: null },
  ];

  const manifest: Entry[] = [];
  const make = async ({ request, recipient }: Request): Promise<Entry> => {
    const made = await call('makeDocument', request);
    writeFileSync(join(outDir, made.fileName), Buffer.from(made.pdfBase64, 'base64'));
    process.stdout.write(`${join(outDir, made.fileName)}  (${made.pages} ${made.pages === 1 ? 'page' : 'pages'})\n`);
    return { file: made.fileName, kind: MANIFEST_KINDS[request.kind], recipient, printSize: request.printSize ?? 'standard' };
  };
  for (const request of professional) manifest.push(await make(request));
  const started = performance.now();
  manifest.push(...(await Promise.all(familyFacing.map(make))));
  process.stdout.write(`Every family-facing document (${familyFacing.length}) made in ${Math.round(performance.now() - started)} ms.\n`);
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  process.stdout.write(`${join(outDir, 'manifest.json')}\n`);
} finally {
  application.close();
  rmSync(dataDir, { recursive: true, force: true });
}
