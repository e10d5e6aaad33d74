import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createDocumentRenderer, type DocumentRenderer } from '../../electron/pdf/document-renderer';
import { familyPlanRecipients } from '../../shared/documents/family-plan';
import { exampleDocumentSource } from '../support/example-document-source';

const root = join(import.meta.dirname, '..', '..');
const bundled = join(root, 'out', 'electron', 'document-worker.mjs');
let renderer: DocumentRenderer;

beforeAll(() => {
  // The Electron build's own worker, as main.cjs starts it (Electron itself cannot run here).
  execFileSync(process.execPath, [join(root, 'scripts', 'build-electron.mjs')], { cwd: root, stdio: 'pipe' });
  renderer = createDocumentRenderer({ workerPath: bundled });
}, 60_000);
afterAll(() => renderer.close());

test('the bundled document worker finds its packages and fonts, and makes a tagged PDF', async () => {
  expect(existsSync(join(root, 'out', 'electron', 'fonts', 'AtkinsonHyperlegible_400Regular.ttf'))).toBe(true);
  const source = await exampleDocumentSource();
  const made = await renderer.render({ kind: 'family-plan', printSize: 'standard', recipientId: familyPlanRecipients(source)[0]!.id }, source);
  expect(Buffer.from(made.bytes).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(made.pdfUaIdentifier).toBe(true);
}, 60_000);
