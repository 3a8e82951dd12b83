import { MediaError } from './media-error.ts';

export interface JobQueueOptions {
  /** Jobs running at once. Each sharp job already uses libvips threads, so 1 suits a 2-core machine. */
  readonly concurrency?: number;
  /** Jobs allowed to wait; past it `run` refuses with `MediaError('busy')` rather than queue without end. */
  readonly maxQueued?: number;
}

interface Waiting {
  readonly start: () => void;
}

/**
 * A small bounded queue for CPU-heavy image work. Sharp runs on the libuv
 * threadpool, which file and DNS work share: capping concurrent encodes keeps
 * threads free for serving pages while renditions are made.
 */
export class JobQueue {
  readonly concurrency: number;
  readonly maxQueued: number;
  private active = 0;
  private readonly waiting: Waiting[] = [];
  private idleWaiters: (() => void)[] = [];

  constructor(options: JobQueueOptions = {}) {
    this.concurrency = options.concurrency ?? 1;
    this.maxQueued = options.maxQueued ?? 500;
    if (!Number.isSafeInteger(this.concurrency) || this.concurrency < 1) throw new RangeError('concurrency must be at least 1');
    if (!Number.isSafeInteger(this.maxQueued) || this.maxQueued < 0) throw new RangeError('maxQueued must be 0 or more');
  }

  get running(): number {
    return this.active;
  }

  get queued(): number {
    return this.waiting.length;
  }

  run<T>(job: () => Promise<T>): Promise<T> {
    if (this.active >= this.concurrency && this.waiting.length >= this.maxQueued) {
      return Promise.reject(new MediaError('busy', `${this.waiting.length} image jobs are already waiting`));
    }
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        this.active += 1;
        // The job is called inside a promise chain, so one that throws synchronously still frees its slot.
        // The slot is freed before the caller hears back, so the counts it then reads are current.
        Promise.resolve()
          .then(job)
          .then(
            (value) => {
              this.release();
              resolve(value);
            },
            (error: unknown) => {
              this.release();
              reject(error);
            },
          );
      };
      if (this.active < this.concurrency) start();
      else this.waiting.push({ start });
    });
  }

  /** Resolves once nothing is running or waiting (for shutdown and tests). */
  onIdle(): Promise<void> {
    if (this.active === 0 && this.waiting.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private release(): void {
    this.active -= 1;
    const following = this.waiting.shift();
    if (following) {
      following.start();
      return;
    }
    if (this.active === 0) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }
}
