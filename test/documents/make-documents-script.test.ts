import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EXAMPLE_CHILDREN } from '../../shared/example/price-mills';
import { EXAMPLE_KEPT_FROM_JORDAN, EXAMPLE_RESTRICTED_TEXTS } from '../../shared/example/price-mills-meeting';
import { shippedPack } from '../../shared/i18n/shipped-packs';
import { pdfInfo, pdfText, readWithPdfJs } from '../support/pdf-checks';
import { makeTempDir } from '../support/temp-dir';

/** `npm run documents -- --example --out DIR`, run as the user runs it, into a folder of its own. */
const folder = makeTempDir('confer-documents-script-');
interface Entry {
  readonly file: string;
  readonly kind: string;
  readonly recipient: string | null;
  readonly printSize: string;
  readonly language: string;
  readonly order?: string;
}
let manifest: Entry[];
let output: string;

beforeAll(async () => {
  const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
  const run = await promisify(execFile)(tsx, ['scripts/make-documents.ts', '--example', '--out', folder.path, '--bilingual', 'pl'], { cwd: process.cwd(), maxBuffer: 16 * 1024 * 1024 });
  output = run.stdout;
  manifest = JSON.parse(readFileSync(join(folder.path, 'manifest.json'), 'utf8')) as Entry[];
}, 600_000);
afterAll(() => folder.remove());

const flat = (text: string) => text.replace(/\s+/g, ' ');
const ruby = `${EXAMPLE_CHILDREN.ruby.givenName} ${EXAMPLE_CHILDREN.ruby.familyName}`;

describe('the documents script', () => {
  test('makes every document of the example as held, and lists each in the manifest', () => {
    expect(output).toContain('manifest.json');
    const of = (kind: string) => manifest.filter((entry) => entry.kind === kind && entry.language === 'en');
    expect(of('record').map((e) => [e.recipient, e.printSize])).toEqual([[null, 'standard']]);
    expect(of('cp-plan').map((e) => [e.recipient, e.printSize])).toEqual([[null, 'standard']]);
    const recipients = (kind: string) => [...new Set(of(kind).map((e) => e.recipient))];
    // Every recipient of the family's plan and of the letter, each in both print sizes.
    expect(recipients('family-plan')).toEqual(expect.arrayContaining(['Danielle Price', 'Jordan Mills', 'the family network']));
    expect(recipients('decision-letter')).toEqual(expect.arrayContaining(['Danielle Price', 'Jordan Mills', 'the family network', 'everyone invited']));
    for (const kind of ['family-plan', 'decision-letter', 'child-plan']) {
      for (const recipient of recipients(kind)) expect(of(kind).filter((e) => e.recipient === recipient).map((e) => e.printSize).sort(), `${kind} for ${recipient}`).toEqual(['large', 'standard']);
    }
    // The child's own copy for the example's child chosen for one, and for no other child.
    expect(recipients('child-plan')).toEqual([ruby]);
    expect(new Set(manifest.map((e) => e.file)).size).toBe(manifest.length);
  });

  test('each file is a tagged PDF that passed the app’s checks, and carries the identifier because it did', async () => {
    for (const entry of manifest) {
      const file = join(folder.path, entry.file);
      expect(existsSync(file), entry.file).toBe(true);
      const info = pdfInfo(file);
      expect(info.Tagged, entry.file).toBe('yes');
      expect(info['PDF version'], entry.file).toBe('1.7');
      expect(info['Page size'], entry.file).toContain('(A4)');
      const report = await readWithPdfJs(readFileSync(file));
      expect(report.pdfUaPart, entry.file).toBe('1');
      // A bilingual copy's Lang is the language put first (theirs, in the script).
      expect(report.language, entry.file).toBe(entry.language === 'en' ? 'en-GB' : entry.language);
      expect(report.painting.untagged, entry.file).toBe(0);
      expect(report.trees.length, entry.file).toBe(report.pages);
    }
  }, 300_000);

  test('adds a Polish and English copy of every family’s plan, decision letter and child’s copy, the pack’s words first and the English source after', () => {
    const bilingual = manifest.filter((e) => e.language === 'pl');
    expect(bilingual.map((e) => e.kind).sort()).toEqual([...manifest.filter((e) => e.language === 'en' && e.printSize === 'standard' && e.recipient !== null && e.recipient !== 'everyone invited').map((e) => e.kind)].sort());
    expect(bilingual.every((e) => e.order === 'theirs-first' && e.file.endsWith('-pl.pdf'))).toBe(true);
    const polish = shippedPack('pl')!.messages;
    for (const entry of bilingual) {
      const text = flat(pdfText(join(folder.path, entry.file)));
      const pairs: [string, string][] =
        entry.kind === 'child-plan'
          ? [[polish['child.heading.whyWeMet']!, 'Why people met'], [polish['child.heading.talkTo']!, 'Who you can talk to']]
          : entry.kind === 'decision-letter'
            ? [[polish['letter.heading.decided']!, 'What the conference decided'], [polish['letter.heading.disagree']!, 'If you disagree']]
            : [[polish['plan.heading.goingWell']!, 'What is going well'], [polish['plan.heading.whoCanHelp']!, 'Who can help']];
      for (const [pl, en] of pairs) {
        expect(text.indexOf(pl), `${entry.file}: ${pl}`).toBeGreaterThanOrEqual(0);
        expect(text.indexOf(en, text.indexOf(pl)), `${entry.file}: ${en}`).toBeGreaterThan(text.indexOf(pl));
      }
      expect(text, entry.file).toContain(polish['frame.draftNotice']!);
      expect(text, entry.file).toContain('This translation has not been checked by a translator yet.');
    }
  });

  test('no family-facing file holds a restricted sentence, and none of Jordan’s names the adviser', () => {
    for (const entry of manifest.filter((e) => e.recipient !== null)) {
      const text = flat(pdfText(join(folder.path, entry.file)));
      for (const restricted of EXAMPLE_RESTRICTED_TEXTS) expect(text, entry.file).not.toContain(flat(restricted).slice(0, 60));
      if (entry.recipient === 'Jordan Mills') for (const kept of EXAMPLE_KEPT_FROM_JORDAN) expect(text, entry.file).not.toContain(flat(kept).slice(0, 60));
    }
    const rubys = flat(pdfText(join(folder.path, manifest.find((e) => e.kind === 'child-plan' && e.printSize === 'standard')!.file)));
    expect(rubys).toContain(`Your plan, ${EXAMPLE_CHILDREN.ruby.givenName}`);
    expect(rubys).toContain('You said:');
  });
});
