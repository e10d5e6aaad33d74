/**
 * Makes documents on worker threads and keeps them warm. One worker makes one document at a
 * time; when several documents are asked for at once (every family copy in one action), up to
 * `workers` of them are made side by side, a second worker starting only when it is needed. A
 * worker that dies or hangs is replaced for the next document; the document that was being made
 * fails with a plain message.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import type { RenderedDocument, RenderJob, RenderReply } from './render-job';

export interface DocumentRendererOptions {
  /** The worker script: by default its source through tsx; Electron passes the bundled file. */
  readonly workerPath?: string;
  readonly fontsDir?: string;
  /** A document taking longer than this is abandoned and its worker replaced. */
  readonly timeoutMs?: number;
  /**
   * The most workers making documents side by side: by default one per core, at most 2. Each
   * holds react-pdf, pdf.js and the fonts (a few hundred MB), so more than the cores is waste.
   */
  readonly workers?: number;
}

export interface DocumentRenderer {
  readonly render: (request: RenderJob['request'], source: RenderJob['source']) => Promise<RenderedDocument>;
  /**
   * Starts a worker ahead of the first document (loading react-pdf and the fonts takes seconds).
   * Resolves once it runs: true when it started one, false when one was running or it is closed.
   * With `all`, every worker of the pool is started (before making many documents at once).
   */
  readonly warmUp: (all?: boolean) => Promise<boolean>;
  readonly close: () => Promise<void>;
}

export class DocumentRenderError extends Error {
  override readonly name = 'DocumentRenderError';
}

const DEFAULT_TIMEOUT_MS = 60_000;
/** The worker's young generation (V8's default is 16–32 MB on 64-bit). */
const YOUNG_GENERATION_MB = 96;
/** Lazily: in the Electron bundle (CommonJS) there is no import.meta.url, and a worker path is always given. */
const sourceWorker = () => fileURLToPath(new URL('./worker-from-source.mjs', import.meta.url));

export function createDocumentRenderer(options: DocumentRendererOptions = {}): DocumentRenderer {
  const workerPath = options.workerPath ?? sourceWorker();
  const size = Math.max(1, Math.floor(options.workers ?? Math.min(2, availableParallelism())));
  /** One slot per worker that may run; a slot's worker is started when first needed. */
  const slots: { worker: Worker | null; busy: boolean }[] = Array.from({ length: size }, () => ({ worker: null, busy: false }));
  const waiting: (() => void)[] = [];
  let closed = false;
  let nextId = 1;

  const startWorker = (slot: { worker: Worker | null }): Worker => {
    const started = new Worker(workerPath, {
      workerData: { fontsDir: options.fontsDir },
      // Laying out a document makes many short-lived objects; a larger young generation collects
      // them less often (about a tenth of a document's time went to collecting with V8's default).
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      // React picks its build as it loads, and its development build (checks on every element)
      // makes documents slower; tests keep theirs.
      env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'production' },
    });
    started.unref();
    started.on('exit', () => {
      if (slot.worker === started) slot.worker = null;
    });
    // Always listened for, even between documents: an unheard 'error' would throw in the main
    // process, and its message could quote a document. The next document starts a new worker.
    started.on('error', () => {
      if (slot.worker === started) slot.worker = null;
    });
    slot.worker = started;
    return started;
  };

  /** A free slot, warm ones first, so a second worker starts only when the first is busy. */
  const freeSlot = () => slots.find((slot) => !slot.busy && slot.worker !== null) ?? slots.find((slot) => !slot.busy);

  const acquire = async (): Promise<(typeof slots)[number]> => {
    for (;;) {
      if (closed) throw new DocumentRenderError('The application is closing: the document was not made.');
      const slot = freeSlot();
      if (slot) {
        slot.busy = true;
        return slot;
      }
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
  };
  const release = (slot: (typeof slots)[number]) => {
    slot.busy = false;
    waiting.shift()?.();
  };

  const renderOn = (slot: (typeof slots)[number], request: RenderJob['request'], source: RenderJob['source']): Promise<RenderedDocument> => {
    if (closed) return Promise.reject(new DocumentRenderError('The application is closing: the document was not made.'));
    const current = slot.worker ?? startWorker(slot);
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
        if (!reply.ok) return fail(`The document could not be made (${reply.errorName}).`);
        const { fileName, title, pages, bytes, pdfUaIdentifier, language, untranslatedKeys, timings, workerHeapBytes, workerThreadId } = reply;
        resolve({ fileName, title, pages, bytes, pdfUaIdentifier, language, untranslatedKeys, timings, workerHeapBytes, workerThreadId });
      };
      const onError = (error: Error) => {
        if (slot.worker === current) slot.worker = null;
        void current.terminate();
        fail(`The document maker stopped (${error.name}).`);
      };
      const onExit = () => fail('The document maker stopped before the document was finished.');
      const timer = setTimeout(() => {
        if (slot.worker === current) slot.worker = null;
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

  const warmSlot = (slot: (typeof slots)[number]): Promise<boolean> => {
    const started = startWorker(slot);
    // Held while starting, so that a caller waiting for it keeps the process alive meanwhile.
    started.ref();
    return new Promise<boolean>((resolve) => {
      const settle = (running: boolean) => {
        started.unref();
        resolve(running);
      };
      started.once('online', () => settle(true));
      started.once('error', () => settle(false));
      started.once('exit', () => settle(false));
    });
  };

  return {
    render: async (request, source) => {
      // Each worker makes one document at a time; the rest wait their turn, so memory stays flat.
      const slot = await acquire();
      try {
        return await renderOn(slot, request, source);
      } finally {
        release(slot);
      }
    },
    warmUp: async (all = false) => {
      if (closed) return false;
      const cold = slots.filter((slot) => slot.worker === null);
      if (cold.length === 0 || (!all && cold.length < slots.length)) return false;
      const started = await Promise.all((all ? cold : cold.slice(0, 1)).map(warmSlot));
      return started.some(Boolean);
    },
    close: async () => {
      closed = true;
      const running = slots.map((slot) => slot.worker).filter((worker): worker is Worker => worker !== null);
      for (const slot of slots) slot.worker = null;
      for (const wake of waiting.splice(0)) wake();
      await Promise.all(running.map((worker) => worker.terminate()));
    },
  };
}
