/**
 * The document worker: a worker thread that lays out and draws PDFs, so the application's main
 * thread (Electron's main process, the web host) stays free. It keeps react-pdf and the fonts
 * warm between documents.
 */
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { getHeapStatistics } from 'node:v8';
import { documentFor } from './documents/index';
import { renderTaggedPdf } from './render';
import type { RenderJob, RenderReply } from './render-job';
import { registerDocumentFonts } from './typeface';

const options = (workerData ?? {}) as { fontsDir?: string };
registerDocumentFonts(options.fontsDir);

async function render(job: RenderJob): Promise<RenderReply> {
  try {
    const made = documentFor(job.request, job.source);
    const pdf = await renderTaggedPdf(made.element);
    return {
      id: job.id,
      ok: true,
      fileName: made.fileName,
      title: made.title,
      pages: pdf.pages,
      bytes: new Uint8Array(pdf.bytes.buffer, pdf.bytes.byteOffset, pdf.bytes.byteLength),
      pdfUaIdentifier: pdf.pdfUaIdentifier,
      language: made.language,
      untranslatedKeys: made.untranslatedKeys,
      timings: pdf.timings,
      workerHeapBytes: getHeapStatistics().used_heap_size,
      workerThreadId: threadId,
    };
  } catch (error) {
    return { id: job.id, ok: false, errorName: error instanceof Error ? error.name : typeof error };
  }
}

if (!parentPort) throw new Error('The document worker must run as a worker thread.');
const port = parentPort;
port.on('message', (job: RenderJob) => {
  void render(job).then((reply) => port.postMessage(reply));
});
