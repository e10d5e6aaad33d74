import { afterAll, describe, expect, test } from 'vitest';
import { createDocumentRenderer } from '../../electron/pdf/document-renderer';
import { IDS, aFamilySource } from '../audience/family-source';

const source = aFamilySource();
const renderer = createDocumentRenderer({ workers: 2 });
afterAll(() => renderer.close());

describe('making several documents at once', () => {
  test('two workers make them side by side, each whole, and one made alone uses the warm worker', async () => {
    const requests = [
      { kind: 'child-plan', printSize: 'standard', recipientId: IDS.tegan },
      { kind: 'child-plan', printSize: 'large', recipientId: IDS.tegan },
      { kind: 'family-plan', printSize: 'standard', recipientId: IDS.amara },
      { kind: 'family-plan', printSize: 'large', recipientId: IDS.dele },
    ] as const;
    const made = await Promise.all(requests.map((request) => renderer.render(request, source)));
    expect(made.map((m) => m.fileName)).toEqual([
      'your-plan-tegan-2026-03-19.pdf',
      'your-plan-tegan-2026-03-19-large-print.pdf',
      'family-plan-amara-brennan-2026-03-19.pdf',
      'family-plan-dele-okafor-2026-03-19-large-print.pdf',
    ]);
    for (const document of made) expect(document.pdfUaIdentifier).toBe(true);
    expect(new Set(made.map((m) => m.workerThreadId)).size).toBe(2);

    const alone = await renderer.render(requests[0], source);
    expect(made.map((m) => m.workerThreadId)).toContain(alone.workerThreadId);
  }, 120_000);

  test('a failure in one does not stop the others', async () => {
    const results = await Promise.allSettled([
      renderer.render({ kind: 'child-plan', printSize: 'standard', recipientId: IDS.baby }, source),
      renderer.render({ kind: 'child-plan', printSize: 'standard', recipientId: IDS.kai }, source),
    ]);
    expect(results[0]).toMatchObject({ status: 'rejected', reason: { message: 'The document could not be made (ChildPlanRecipientError).' } });
    expect(results[1]).toMatchObject({ status: 'fulfilled', value: { fileName: 'your-plan-kai-2026-03-19.pdf' } });
  }, 120_000);
});
