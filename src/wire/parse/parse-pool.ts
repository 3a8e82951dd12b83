import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { WireParseResult } from '../wire-item.ts';

/** Parses one wire document; the ingest takes it from a pool or does it on its own thread. */
export type WireDocumentParser = (text: string) => Promise<WireParseResult[]>;

interface Pending {
  readonly resolve: (results: WireParseResult[]) => void;
  readonly reject: (error: Error) => void;
}

/**
 * Parsing and sanitizing a document is pure CPU work and the larger part of
 * a new item's cost. A batch of documents (`dateline ingest` on a folder)
 * is parsed on worker threads, each with its own schema validator, while
 * the main thread stores the documents before. Results come back as plain
 * data, the same as `parseWireDocument` gives.
 */
export class WireParsePool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  /** Why the pool takes no more work: closed, or a thread failed. Every parse asked for after it is refused at once. */
  private stopped: Error | null = null;

  constructor(options: { readonly size?: number; readonly ninjsSchemaDir?: string | null } = {}) {
    const size = options.size ?? Math.max(1, Math.min(4, availableParallelism() - 1));
    for (let i = 0; i < size; i++) {
      const worker = new Worker(WORKER_FILE, { workerData: { ninjsSchemaDir: options.ninjsSchemaDir ?? null } });
      worker.on('message', ({ id, results }: { id: number; results: WireParseResult[] }) => this.settle(id, (p) => p.resolve(results)));
      worker.on('error', (error) => this.stop(error));
      worker.on('exit', (code) => this.stop(new Error(`a wire parsing thread stopped (exit code ${code})`)));
      this.workers.push(worker);
    }
  }

  readonly parse: WireDocumentParser = (text) =>
    new Promise((resolve, reject) => {
      if (this.stopped) return reject(this.stopped);
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      this.workers[id % this.workers.length].postMessage({ id, text });
    });

  async close(): Promise<void> {
    this.stop(new Error('the wire parsing threads are closed'));
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private settle(id: number, how: (p: Pending) => void): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    how(p);
  }

  /** Refuses the parses waiting and every later one: a thread that stopped would never answer those sent to it. */
  private stop(error: Error): void {
    this.stopped ??= error;
    for (const id of [...this.pending.keys()]) this.settle(id, (p) => p.reject(error));
  }
}

// From the sources the thread loads parse-worker.ts through tsx; from the server bundle, the bundled parse-worker.mjs beside it.
const WORKER_FILE = new URL(import.meta.url.endsWith('.ts') ? './parse-worker-source.mjs' : './parse-worker.mjs', import.meta.url);
