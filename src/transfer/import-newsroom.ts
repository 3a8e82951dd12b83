import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import { hashPassword } from '../accounts/password-hashing.ts';
import { DatelineError } from '../errors.ts';
import { isSafeMediaKey } from '../media/media-key.ts';
import type { MediaStore } from '../media/media-store.ts';
import type { Database } from '../store/database.ts';
import type { Store } from '../store/store.ts';
import { FILES_FOLDER, FILES_KIND, type FileRecord, type Manifest } from './export-format.ts';
import { readJsonLines } from './read-json-lines.ts';
import { readManifest } from './read-manifest.ts';
import { countKindRows } from './read-kind-rows.ts';
import { RECORD_KINDS, type RecordKind } from './record-kinds.ts';
import { transferDialect } from './transfer-dialect.ts';
import type { TransferProgress } from './transfer-progress.ts';

const BATCH = 200;

async function requireEmptyStore(store: Store): Promise<void> {
  const filled: string[] = [];
  for (const kind of RECORD_KINDS) if ((await countKindRows(store.db, kind)) > 0) filled.push(kind.table);
  if (filled.length > 0) {
    throw new DatelineError('conflict', `the store already holds data (${filled.join(', ')}); import into a new, empty store`);
  }
}

function fileRecord(value: unknown, line: number): FileRecord {
  const r = value as Partial<FileRecord> | null;
  if (
    !r || typeof r.key !== 'string' || !isSafeMediaKey(r.key) || typeof r.contentType !== 'string' || !Number.isSafeInteger(r.bytes) ||
    typeof r.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(r.sha256)
  ) {
    throw new DatelineError('invalid-input', `${FILES_KIND}.jsonl line ${line} is not a valid file record`);
  }
  return r as FileRecord;
}

/** Puts the export's media files into the media store, each checked against its recorded size and sha256. */
async function importFiles(dir: string, manifest: Manifest, media: MediaStore, onProgress?: TransferProgress): Promise<number> {
  const root = resolve(dir, FILES_FOLDER);
  const total = manifest.records.find((r) => r.kind === FILES_KIND)!.count;
  let done = 0;
  for await (const { value, line } of readJsonLines(join(dir, `${FILES_KIND}.jsonl`))) {
    const record = fileRecord(value, line);
    const path = resolve(root, record.key);
    const rel = relative(root, path);
    if (rel.startsWith('..') || isAbsolute(rel)) throw new DatelineError('invalid-input', `file key ${record.key} leaves the media folder`);
    const bytes = await readFile(path).catch(() => {
      throw new DatelineError('invalid-input', `${FILES_FOLDER}/${record.key} is missing from the export`);
    });
    if (bytes.length !== record.bytes || createHash('sha256').update(bytes).digest('hex') !== record.sha256) {
      throw new DatelineError('invalid-input', `${FILES_FOLDER}/${record.key} does not match its record: the export is damaged`);
    }
    await media.put(record.key, bytes, record.contentType);
    done += 1;
    onProgress?.(FILES_KIND, done, total);
  }
  return done;
}

/** A line as a row: exactly the kind's fields, each decoded and checked. */
function toRow(kind: RecordKind, value: unknown, line: number): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new DatelineError('invalid-input', `${kind.kind}.jsonl line ${line} is not an object`);
  const record = value as Record<string, unknown>;
  const extra = Object.keys(record).filter((k) => !kind.fields.some((f) => f.name === k));
  if (extra.length > 0) throw new DatelineError('invalid-input', `${kind.kind}.jsonl line ${line} has unknown fields: ${extra.join(', ')}`);
  const row: Record<string, unknown> = {};
  for (const field of kind.fields) {
    if (!(field.name in record)) throw new DatelineError('invalid-input', `${kind.kind}.jsonl line ${line} lacks ${field.name}`);
    row[field.column] = field.codec.decode(record[field.name], `${kind.kind}.jsonl line ${line}: ${field.name}`);
  }
  return row;
}

interface ImportDefaults {
  /** A hash of a random password nobody is told: imported accounts cannot sign in until an administrator resets them. */
  readonly unusablePasswordHash: string;
}

/** Values for the columns a kind leaves out of the export. */
function completeRow(kind: RecordKind, row: Record<string, unknown>, defaults: ImportDefaults): Record<string, unknown> {
  if (kind.table !== 'users') return row;
  return { ...row, password_hash: defaults.unusablePasswordHash, must_change_password: 1, password_changed_at: row.created_at };
}

async function importKind(trx: Transaction<Database>, dir: string, kind: RecordKind, total: number, defaults: ImportDefaults, onProgress?: TransferProgress) {
  const deferred: { id: unknown; values: Record<string, unknown> }[] = [];
  let batch: Record<string, unknown>[] = [];
  let done = 0;
  const flush = async () => {
    if (batch.length > 0) await trx.insertInto(kind.table as never).values(batch as never).execute();
    batch = [];
  };
  for await (const { value, line } of readJsonLines(join(dir, `${kind.kind}.jsonl`))) {
    const row = completeRow(kind, toRow(kind, value, line), defaults);
    if (kind.deferred) {
      const later = Object.fromEntries(kind.deferred.map((c) => [c, row[c]]));
      if (Object.values(later).some((v) => v !== null)) deferred.push({ id: row.id, values: later });
      for (const c of kind.deferred) row[c] = null;
    }
    batch.push(row);
    if (batch.length >= BATCH) await flush();
    done += 1;
    onProgress?.(kind.kind, done, total);
  }
  await flush();
  if (done !== total) throw new DatelineError('invalid-input', `${kind.kind}.jsonl holds ${done} records; the manifest says ${total}`);
  for (const d of deferred) await trx.updateTable(kind.table as never).set(d.values as never).where('id' as never, '=', d.id as never).execute();
  return done;
}

export interface ImportSummary {
  /** Records written, by kind; `files` counts media files. */
  readonly counts: Readonly<Record<string, number>>;
  readonly missingFiles: readonly string[];
}

/**
 * Reads an export (docs/export-format.md) into an empty store: media files
 * first, then every record in one transaction, so a failed import leaves
 * the store empty. Ids are kept, so links between records, revision
 * snapshots and an export made afterwards all match the original.
 */
export async function importNewsroom(store: Store, media: MediaStore, dir: string, onProgress?: TransferProgress): Promise<ImportSummary> {
  const manifest = await readManifest(dir);
  await requireEmptyStore(store);
  const counts: Record<string, number> = {};
  counts[FILES_KIND] = await importFiles(dir, manifest, media, onProgress);
  const defaults: ImportDefaults = { unusablePasswordHash: await hashPassword(randomBytes(32).toString('base64url')) };
  const dialect = transferDialect(store.dialect);
  await store.transaction(async (trx) => {
    for (const kind of RECORD_KINDS) {
      const total = manifest.records.find((r) => r.kind === kind.kind)!.count;
      counts[kind.kind] = await importKind(trx, dir, kind, total, defaults, onProgress);
      if (kind.keepsIds) await dialect.advanceIds(trx, kind.table);
    }
  });
  return { counts, missingFiles: manifest.missingFiles };
}
