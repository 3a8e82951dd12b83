import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { DatelineError } from '../errors.ts';
import type { MediaStore } from '../media/media-store.ts';
import type { Store } from '../store/store.ts';
import {
  EXPORT_FORMAT, EXPORT_FORMAT_VERSION, FILES_FOLDER, FILES_KIND, MANIFEST_FILE, type FileRecord, type Manifest, type ManifestEntry,
} from './export-format.ts';
import { mediaFileKeys } from './media-file-keys.ts';
import { countKindRows, readKindRecords } from './read-kind-rows.ts';
import { RECORD_KINDS } from './record-kinds.ts';
import { transferDialect } from './transfer-dialect.ts';
import type { TransferProgress } from './transfer-progress.ts';

/** Writes lines to a file and keeps their sha256 on the way. */
class LineFile {
  private readonly out;
  private readonly hash = createHash('sha256');
  count = 0;
  constructor(readonly path: string) {
    this.out = createWriteStream(path, { flags: 'wx' });
  }
  async write(value: unknown): Promise<void> {
    const line = `${JSON.stringify(value)}\n`;
    this.hash.update(line);
    this.count += 1;
    if (!this.out.write(line)) await new Promise<void>((resolve) => this.out.once('drain', () => resolve()));
  }
  async close(): Promise<string> {
    await new Promise<void>((resolve, reject) => this.out.end((e?: Error | null) => (e ? reject(e) : resolve())));
    return this.hash.digest('hex');
  }
}

async function requireEmptyFolder(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => null);
  if (info && !info.isDirectory()) throw new DatelineError('invalid-input', `${dir} is a file, not a folder`);
  if (info && (await readdir(dir)).length > 0) throw new DatelineError('conflict', `${dir} is not empty; export into a new or empty folder`);
  await mkdir(dir, { recursive: true });
}

/** Copies one media object into the export, hashing it on the way; null when the store does not have it. */
async function copyFile(media: MediaStore, key: string, dir: string): Promise<FileRecord | null> {
  const source = await media.open(key);
  if (!source) return null;
  const path = join(dir, FILES_FOLDER, key);
  await mkdir(dirname(path), { recursive: true });
  const hash = createHash('sha256');
  let bytes = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  await pipeline(source.body, tap, createWriteStream(path, { flags: 'wx' }));
  return { key, contentType: source.contentType, bytes, sha256: hash.digest('hex') };
}

export interface ExportSummary {
  readonly manifest: Manifest;
}

/**
 * Writes the whole newsroom into an empty folder in the documented format
 * (docs/export-format.md): one JSON-lines file per kind of record in a fixed
 * order, the media files, and `manifest.json` last, so a folder with a
 * manifest is a complete export. The output depends only on the data: the
 * same newsroom exports to the same bytes from either store.
 */
export async function exportNewsroom(store: Store, media: MediaStore, dir: string, onProgress?: TransferProgress): Promise<ExportSummary> {
  await requireEmptyFolder(dir);
  const dialect = transferDialect(store.dialect);
  const entries: ManifestEntry[] = [];
  // One snapshot: records that refer to each other are written as of the same moment.
  const missingFiles = await dialect.readSnapshot(store, async (trx) => {
    for (const kind of RECORD_KINDS) {
      const total = await countKindRows(trx, kind);
      const file = new LineFile(join(dir, `${kind.kind}.jsonl`));
      try {
        for await (const record of readKindRecords(trx, kind, dialect)) {
          await file.write(record);
          onProgress?.(kind.kind, file.count, total);
        }
      } finally {
        entries.push({ kind: kind.kind, file: `${kind.kind}.jsonl`, count: file.count, sha256: await file.close() });
      }
    }
    const keys = await mediaFileKeys(trx);
    const files = new LineFile(join(dir, `${FILES_KIND}.jsonl`));
    const missing: string[] = [];
    try {
      for (const [i, key] of keys.entries()) {
        const copied = await copyFile(media, key, dir);
        if (copied) await files.write(copied);
        else missing.push(key);
        onProgress?.(FILES_KIND, i + 1, keys.length);
      }
    } finally {
      entries.push({ kind: FILES_KIND, file: `${FILES_KIND}.jsonl`, count: files.count, sha256: await files.close() });
    }
    return missing;
  });
  const manifest: Manifest = { format: EXPORT_FORMAT, version: EXPORT_FORMAT_VERSION, records: entries, missingFiles };
  // Written under another name and renamed, so a manifest is never seen half-written.
  await writeFile(join(dir, `.${MANIFEST_FILE}`), `${JSON.stringify(manifest, null, 2)}\n`, { flag: 'wx' });
  await rename(join(dir, `.${MANIFEST_FILE}`), join(dir, MANIFEST_FILE));
  return { manifest };
}
