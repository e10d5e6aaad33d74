/**
 * Makes documents on a worker thread, one at a time, and keeps the worker warm. A worker that
 * dies or hangs is replaced for the next document; the document that was being made fails with
 * a plain message.
 */
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import type { RenderedDocument, RenderJob, RenderReply } from './render-job';

export interface DocumentRendererOptions {
  /** The worker script: by default its source through tsx; Electron passes the bundled file. */
  readonly workerPath?: string;
  readonly fontsDir?: string;
  /** A document taking longer than this is abandoned and its worker replaced. */
  readonly timeoutMs?: number;
}

export interface DocumentRenderer {
  readonly render: (request: RenderJob['request'], source: RenderJob['source']) => Promise<RenderedDocument>;
  /**
   * Starts the worker ahead of the first document (loading react-pdf and the fonts takes seconds).
   * Resolves once it runs: true when it started one, false when one was running or it is closed.
   */
  readonly warmUp: () => Promise<boolean>;
  readonly close: () => Promise<void>;
}

export class DocumentRenderError extends Error {
  override readonly name = 'DocumentRenderError';
}

const DEFAULT_TIMEOUT_MS = 60_000;
/** Lazily: in the Electron bundle (CommonJS) there is no import.meta.url, and a worker path is always given. */
const sourceWorker = () => fileURLToPath(new URL('./worker-from-source.mjs', import.meta.url));

export function createDocumentRenderer(options: DocumentRendererOptions = {}): DocumentRenderer {
  const workerPath = options.workerPath ?? sourceWorker();
  let worker: Worker | null = null;
  let closed = false;
  let nextId = 1;
  let queue: Promise<unknown> = Promise.resolve();

  const startWorker = (): Worker => {
    const started = new Worker(workerPath, {
      workerData: { fontsDir: options.fontsDir },
      // React picks its build as it loads, and its development build (checks on every element)
      // makes documents slower; tests keep theirs.
      env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'production' },
    });
    started.unref();
    started.on('exit', () => {
      if (worker === started) worker = null;
    });
    // Always listened for, even between documents: an unheard 'error' would throw in the main
    // process, and its message could quote a document. The next document starts a new worker.
    started.on('error', () => {
      if (worker === started) worker = null;
    });
    return started;
  };

  const renderOne = (request: RenderJob['request'], source: RenderJob['source']): Promise<RenderedDocument> => {
    if (closed) return Promise.reject(new DocumentRenderError('The application is closing: the document was not made.'));
    const current = (worker ??= startWorker());
    const id = nextId++;
    return new Promise<RenderedDocument>((resolve, reject) => {
      const finish = () => {
        clearTimeout(timer);
        current.unref();
        current.off('message', onMessage);
        current.off('error', onError);
        current.off('exit', onExit);
      };
      const fail = (reason: string) => {
        finish();
        reject(new DocumentRenderError(reason));
      };
      const onMessage = (reply: RenderReply) => {
        if (reply.id !== id) return;
        finish();
        if (reply.ok) resolve({ fileName: reply.fileName, title: reply.title, pages: reply.pages, bytes: reply.bytes, pdfUaIdentifier: reply.pdfUaIdentifier, timings: reply.timings, workerHeapBytes: reply.workerHeapBytes });
        else fail(`The document could not be made (${reply.errorName}).`);
      };
      const onError = (error: Error) => {
        worker = null;
        void current.terminate();
        fail(`The document maker stopped (${error.name}).`);
      };
      const onExit = () => fail('The document maker stopped before the document was finished.');
      const timer = setTimeout(() => {
        worker = null;
        void current.terminate();
        fail('The document took too long to make.');
      }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
      current.ref(); // an idle worker must not keep the process alive, a busy one must
      current.on('message', onMessage);
      current.on('error', onError);
      current.on('exit', onExit);
      current.postMessage({ id, request, source } satisfies RenderJob);
    });
  };

  return {
    render: (request, source) => {
      // One at a time: documents are made on demand, and a queue keeps memory flat.
      const result = queue.then(() => renderOne(request, source));
      queue = result.catch(() => undefined);
      return result;
    },
    warmUp: () => {
      if (closed || worker) return Promise.resolve(false);
      const started = startWorker();
      worker = started;
      return new Promise<boolean>((resolve) => {
        started.once('online', () => resolve(true));
        started.once('error', () => resolve(false));
        started.once('exit', () => resolve(false));
      });
    },
    close: async () => {
      closed = true;
      const current = worker;
      worker = null;
      if (current) await current.terminate();
    },
  };
}
