import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startApplication } from '../electron/handlers/app';
import { silentLogger } from '../electron/log/logger';
import { EVERYONE_RECIPIENT } from '../shared/audience/recipients';
import type { CallInput, CallName, CallOutput } from '../shared/contract/contract';
import type { ConferenceDocumentKind } from '../shared/documents/source';
import { EXAMPLE_CHILD_COPIES, EXAMPLE_CHILDREN } from '../shared/example/price-mills';
import { SHIPPED_PACKS } from '../shared/i18n/shipped-packs';

/**
 * `npm run documents -- --example --out DIR`: makes every document of the fictional example
 * conference (Price and Mills, as held) through the same calls as the app, in a throwaway data
 * folder: the record and the child protection plan; the family's plan for every recipient and a
 * decision letter per recipient, in both print sizes; and each chosen child's own copy (those
 * offered one by default from 10, and those the example's chair chose), in both print sizes. The
 * family's documents are asked for at once, as the app makes them in one action, so the document
 * workers make them side by side. Writes the PDFs and DIR/manifest.json, a list of
 * `{file, kind, recipient, printSize, language}` ("en" for the English documents).
 *
 * `--bilingual LANG` (repeatable, or `all` for every shipped pack) adds a bilingual copy of every
 * named recipient's family document (standard print, the language first) in that language, with its pack's code as
 * the entry's `language` and `order: "theirs-first"`. The shipped packs are drafts, confirmed here
 * as the chair would. The example has no translation service: every one of the conference's own
 * words is left in English (the chair's choice, per segment), so only the fixed words are in the
 * language; a real copy's words come back from the translator as XLIFF.
 */
const { values } = parseArgs({ options: { example: { type: 'boolean', default: false }, out: { type: 'string' }, bilingual: { type: 'string', multiple: true, default: [] } } });
const known = SHIPPED_PACKS.map((pack) => pack.locale);
const bilingual = values.bilingual.includes('all') ? known : values.bilingual;
const unknown = bilingual.filter((locale) => !known.includes(locale));
if (!values.example || !values.out || unknown.length > 0) {
  process.stderr.write(
    `Usage: npm run documents -- --example --out DIR [--bilingual LANG ...]\nLanguages: ${known.join(', ')} or all.\n(Only the fictional example can be made from the command line: real families’ documents are made in the app.)\n`,
  );
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
  /** "en", or the second language of a bilingual copy. */
  readonly language: string;
  readonly order?: 'theirs-first';
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
  // Every named recipient's document once more per language, in that language and English (the
  // letter for everyone invited has no one's language).
  const inLanguages: Request[] = bilingual.flatMap((language) =>
    familyFacing
      .filter(({ request }) => request.printSize === 'standard' && request.recipientId !== EVERYONE_RECIPIENT)
      .map(({ request, recipient }) => ({ request: { ...request, bilingual: { language, order: 'theirs-first' as const, confirmDraft: true } }, recipient })),
  );
  const professional: Request[] = [
    { request: { conferenceId, kind: 'record' }, recipient: null },
    { request: { conferenceId, kind: 'plan' }, recipient: null },
  ];

  const manifest: Entry[] = [];
  const make = async ({ request, recipient }: Request): Promise<Entry> => {
    const made = await call('makeDocument', request);
    writeFileSync(join(outDir, made.fileName), Buffer.from(made.pdfBase64, 'base64'));
    process.stdout.write(`${join(outDir, made.fileName)}  (${made.pages} ${made.pages === 1 ? 'page' : 'pages'})\n`);
    const entry = { file: made.fileName, kind: MANIFEST_KINDS[request.kind], recipient, printSize: request.printSize ?? 'standard' };
    return request.bilingual ? { ...entry, language: request.bilingual.language, order: request.bilingual.order as 'theirs-first' } : { ...entry, language: 'en' };
  };
  for (const request of professional) manifest.push(await make(request));
  const started = performance.now();
  manifest.push(...(await Promise.all(familyFacing.map(make))));
  process.stdout.write(`Every family-facing document (${familyFacing.length}) made in ${Math.round(performance.now() - started)} ms.\n`);
  for (const { request } of inLanguages) {
    const copy = { conferenceId, recipientId: request.recipientId ?? '', language: request.bilingual?.language ?? '' };
    const status = await call('getTranslationStatus', copy);
    for (const segment of status.segments.filter((s) => s.state === 'missing' || s.state === 'needs-translation-again')) {
      await call('leaveInEnglish', { ...copy, segmentId: segment.id, leave: true });
    }
  }
  for (const request of inLanguages) manifest.push(await make(request));
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  process.stdout.write(`${join(outDir, 'manifest.json')}\n`);
} finally {
  application.close();
  rmSync(dataDir, { recursive: true, force: true });
}
