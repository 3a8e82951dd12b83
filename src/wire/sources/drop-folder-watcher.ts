import { type FSWatcher, watch } from 'node:fs';
import { access, mkdir, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { extname, basename, join } from 'node:path';
import type { Logger } from '../../logger.ts';
import { ingestFile } from '../ingest/ingest-file.ts';
import type { WireIngestDeps } from '../ingest/wire-ingest-deps.ts';
import type { WireIngestResult } from '../ingest/wire-ingest-result.ts';

export interface DropFolderOptions {
  readonly dir: string;
  readonly ingest: WireIngestDeps;
  readonly logger: Logger;
  /** How long a file's size and modification time must stay still before it counts as complete. */
  readonly settleMs?: number;
  /** How often the folder is scanned anyway: file events are missed on network shares and some file systems. */
  readonly pollMs?: number;
  /** How long a file waits after the store failed on it before it is tried again. */
  readonly retryMs?: number;
}

export const PROCESSED_FOLDER = 'processed';
export const REJECTED_FOLDER = 'rejected';

/** Names uploaders use while a file is still being written; the finished file gets its real name. */
const UNFINISHED = /\.(tmp|temp|part|partial|filepart|crdownload|swp|uploading)$|~$/i;

interface Seen {
  readonly size: number;
  readonly mtimeMs: number;
  /** When the file was first seen at this size and time. */
  readonly since: number;
  /** Not before then: the store failed on it. */
  readonly retryAt: number;
}

/**
 * Watches a drop folder while the server runs. A file is taken once it is
 * complete (its size and time unchanged for `settleMs`), ingested item by
 * item, then moved to `processed/`, or to `rejected/` with a
 * `<file>.reason.txt` beside it when any item was rejected. A file the
 * store failed on stays where it is and is tried again; since ingest is
 * idempotent, a file taken twice (a crash before the move) changes nothing
 * the second time.
 */
export class DropFolderWatcher {
  private readonly seen = new Map<string, Seen>();
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
  private soon: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;
  private readonly settleMs: number;
  private readonly pollMs: number;
  private readonly retryMs: number;

  constructor(private readonly options: DropFolderOptions) {
    this.settleMs = options.settleMs ?? 1000;
    this.pollMs = options.pollMs ?? 2000;
    this.retryMs = options.retryMs ?? 30_000;
  }

  async start(): Promise<void> {
    const { dir } = this.options;
    await mkdir(join(dir, PROCESSED_FOLDER), { recursive: true });
    await mkdir(join(dir, REJECTED_FOLDER), { recursive: true });
    try {
      this.watcher = watch(dir, { persistent: false }, () => this.scanSoon());
      this.watcher.on('error', (error) => {
        this.options.logger.warn({ err: error, dir }, 'drop folder events failed; scanning on a timer only');
        this.watcher?.close();
        this.watcher = null;
      });
    } catch (error) {
      this.options.logger.warn({ err: error, dir }, 'drop folder events unavailable; scanning on a timer only');
    }
    this.timer = setInterval(() => void this.scan(), this.pollMs);
    this.timer.unref();
    this.options.logger.info({ dir }, 'watching the wire drop folder');
    await this.scan();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.watcher?.close();
    this.watcher = null;
    if (this.timer) clearInterval(this.timer);
    if (this.soon) clearTimeout(this.soon);
    await this.running;
  }

  /** Looks at the folder once: takes the files that are complete. Scans never overlap. */
  scan(): Promise<void> {
    this.running = this.running.then(async () => {
      if (this.stopped) return;
      try {
        await this.scanOnce();
      } catch (error) {
        this.options.logger.error({ err: error, dir: this.options.dir }, 'drop folder scan failed');
      }
    });
    return this.running;
  }

  /** A change was reported: look again once the writer has had time to finish. */
  private scanSoon(): void {
    if (this.stopped || this.soon) return;
    this.soon = setTimeout(() => {
      this.soon = null;
      void this.scan();
    }, this.settleMs + 10);
    this.soon.unref();
  }

  private async scanOnce(): Promise<void> {
    const { dir } = this.options;
    const entries = await readdir(dir, { withFileTypes: true });
    const present = new Set<string>();
    const now = Date.now();
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (!e.isFile() || e.name.startsWith('.') || UNFINISHED.test(e.name)) continue;
      present.add(e.name);
      const path = join(dir, e.name);
      const info = await stat(path).catch(() => null);
      if (!info) continue;
      const before = this.seen.get(e.name);
      if (!before || before.size !== info.size || before.mtimeMs !== info.mtimeMs) {
        this.seen.set(e.name, { size: info.size, mtimeMs: info.mtimeMs, since: now, retryAt: before?.retryAt ?? 0 });
        continue;
      }
      if (now - before.since < this.settleMs || now < before.retryAt || this.stopped) continue;
      await this.take(e.name, before);
    }
    for (const name of this.seen.keys()) if (!present.has(name)) this.seen.delete(name);
    if (this.seen.size > 0) this.scanSoon();
  }

  private async take(name: string, seen: Seen): Promise<void> {
    const { dir, logger } = this.options;
    const path = join(dir, name);
    const results = await ingestFile(this.options.ingest, path);
    if (results.some((r) => r.retryable)) {
      this.seen.set(name, { ...seen, retryAt: Date.now() + this.retryMs });
      logger.warn({ file: name }, 'wire file left in the drop folder: the store failed on it; it will be tried again');
      return;
    }
    const rejected = results.filter((r) => r.action === 'rejected');
    this.seen.delete(name);
    try {
      if (rejected.length === 0) {
        await rename(path, await freeName(join(dir, PROCESSED_FOLDER), name));
        logger.info({ file: name, items: results.length }, 'wire file ingested');
        return;
      }
      const target = await freeName(join(dir, REJECTED_FOLDER), name);
      await writeFile(`${target}.reason.txt`, reasonText(name, results), 'utf8');
      await rename(path, target);
      logger.warn({ file: name, rejected: rejected.length, items: results.length }, 'wire file rejected');
    } catch (error) {
      // Another server watching the same folder moved it first; its items are in either way.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}

/** The name in `folder`, with a suffix when a file of that name is already there. */
async function freeName(folder: string, name: string): Promise<string> {
  const ext = extname(name);
  const stem = basename(name, ext);
  for (let n = 0; ; n++) {
    const candidate = join(folder, n === 0 ? name : `${stem}-${n}${ext}`);
    const taken = await access(candidate).then(() => true, () => false);
    if (!taken) return candidate;
  }
}

function reasonText(name: string, results: readonly WireIngestResult[]): string {
  const lines = [`${name} was rejected on ${new Date().toISOString()}.`, ''];
  for (const r of results) {
    const id = r.guid ? `${r.guid}${r.version !== null ? ` (version ${r.version})` : ''}` : 'document';
    lines.push(r.action === 'rejected' ? `rejected  ${id}: ${r.error}` : `${r.action.padEnd(9)} ${id}`);
  }
  lines.push('', 'Items listed as other than rejected were ingested. Fix the file and drop it again; items already in are left unchanged.');
  return `${lines.join('\n')}\n`;
}
