import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createDocumentRenderer, DocumentRenderError, type DocumentRenderer } from '../../electron/pdf/document-renderer';
import { familyPlanRecipients } from '../../shared/documents/family-plan';
import type { DocumentSource } from '../../shared/documents/source';
import { exampleDocumentSource } from '../support/example-document-source';

let source: DocumentSource;
let renderer: DocumentRenderer;

beforeAll(async () => {
  source = await exampleDocumentSource();
  renderer = createDocumentRenderer();
});
afterAll(() => renderer.close());

describe('the document worker', () => {
  test('makes a PDF off the main thread and names the file without spaces', async () => {
    const recipient = familyPlanRecipients(source)[0]!;
    const made = await renderer.render({ kind: 'family-plan', printSize: 'standard', recipientId: recipient.id }, source);
    expect(Buffer.from(made.bytes).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(made.pages).toBeGreaterThan(0);
    expect(made.fileName).toMatch(/^family-plan-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(made.workerHeapBytes).toBeGreaterThan(0);
  }, 60_000);

  test('a failure says only what kind of error it was, never the family’s words', async () => {
    const error = await renderer.render({ kind: 'family-plan', printSize: 'standard', recipientId: 'nobody' }, source).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentRenderError);
    expect((error as Error).message).toBe('The document could not be made (FamilyPlanRecipientError).');
  }, 60_000);

  test('a worker that hangs is replaced, and the next document is made', async () => {
    const impatient = createDocumentRenderer({ timeoutMs: 1 });
    const recipient = familyPlanRecipients(source)[0]!;
    await expect(impatient.render({ kind: 'family-plan', printSize: 'large', recipientId: recipient.id }, source)).rejects.toThrow('took too long');
    await impatient.close();
    const made = await renderer.render({ kind: 'family-plan', printSize: 'large', recipientId: recipient.id }, source);
    expect(made.fileName).toContain('-large-print.pdf');
  }, 60_000);
});

describe('closing the document worker', () => {
  test('a document asked for after closing is refused, and no worker starts again', async () => {
    const closing = createDocumentRenderer();
    await closing.close();
    const recipient = familyPlanRecipients(source)[0]!;
    await expect(closing.render({ kind: 'family-plan', printSize: 'standard', recipientId: recipient.id }, source)).rejects.toThrow('The application is closing');
  });
});

describe('warming up the document worker', () => {
  test('starts it before the first document, which is then made on it', async () => {
    const warm = createDocumentRenderer();
    try {
      expect(await warm.warmUp()).toBe(true);
      expect(await warm.warmUp()).toBe(false); // already running
      const recipient = familyPlanRecipients(source)[0]!;
      const made = await warm.render({ kind: 'family-plan', printSize: 'standard', recipientId: recipient.id }, source);
      expect(made.pages).toBeGreaterThan(0);
    } finally {
      await warm.close();
    }
    expect(await warm.warmUp()).toBe(false); // closed: nothing starts again
  }, 60_000);
});
