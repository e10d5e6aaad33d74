import type { Audience, AuthorityPack, ConferencePeople, Finding } from '../../../shared/language';
import { createEngine } from './engine';
import type { WorkerRequest, WorkerResponse } from './protocol';

export interface CheckConfiguration {
  /** Changes whenever the pack, names or places change. */
  readonly key: string;
  readonly authorityPack: AuthorityPack | null;
  readonly names: readonly string[];
  readonly places: readonly string[];
  /** The children and parents, for suggestions that name them and a child's age. */
  readonly people: ConferencePeople;
}

type Pending = { resolve: (findings: readonly Finding[]) => void; reject: (error: Error) => void };

/**
 * The page's side of the language worker: one worker for the whole app, started on first use.
 * If the worker cannot start, checks run on the page after the same pause instead.
 */
class LanguageChecker {
  private worker: Worker | null | undefined;
  private lastKey = '';
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private fallback: ReturnType<typeof createEngine> | null = null;

  private start(): Worker | null {
    if (this.worker !== undefined) return this.worker;
    try {
      const worker = new Worker(new URL('./language.worker.ts', import.meta.url), { type: 'module', name: 'language-checks' });
      worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
        const response = event.data;
        const waiting = this.pending.get(response.id);
        if (!waiting) return;
        this.pending.delete(response.id);
        if (response.type === 'result') waiting.resolve(response.findings);
        else waiting.reject(new Error(response.message));
      };
      worker.onerror = () => {
        for (const waiting of this.pending.values()) waiting.reject(new Error('The wording could not be checked.'));
        this.pending.clear();
      };
      this.worker = worker;
    } catch {
      this.worker = null;
    }
    return this.worker;
  }

  /** Starts the worker, which gets the checks ready (warmUp) while nobody is typing yet. */
  prepare(): void {
    this.start();
  }

  check(configuration: CheckConfiguration, audience: Audience, text: string): Promise<readonly Finding[]> {
    const worker = this.start();
    if (worker === null) {
      this.fallback ??= createEngine();
      this.fallback.configure({ type: 'configure', ...configuration });
      return Promise.resolve(this.fallback.check(configuration.key, audience, text));
    }
    // The worker keeps a few configurations; sending one it has is a no-op there.
    if (this.lastKey !== configuration.key) {
      const message: WorkerRequest = { type: 'configure', ...configuration };
      worker.postMessage(message);
      this.lastKey = configuration.key;
    }
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const message: WorkerRequest = { type: 'check', id, key: configuration.key, audience, text };
      worker.postMessage(message);
    });
  }
}

export const languageChecker = new LanguageChecker();
