import { createReadStream } from 'node:fs';
import { constants } from 'node:fs';
import { copyFile, mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { MediaError } from './media-error.ts';
import { assertSafeMediaKey } from './media-key.ts';
import type { ByteRange, MediaStore, MediaStream, StoredMedia } from './media-store.ts';

const UNKNOWN_TYPE = 'application/octet-stream';

/**
 * A media store in a folder (by default `<data>/media`). Each object is a
 * plain file at its key, so the folder can be backed up or served as is; its
 * content type sits beside it in a dot-file, a name no key can take.
 */
export class DiskMediaStore implements MediaStore {
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  /** The default place: `media/` inside the data folder (`DATELINE_DATA`). */
  static inDataFolder(dataDir: string): DiskMediaStore {
    return new DiskMediaStore(join(dataDir, 'media'));
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    const path = this.pathOf(key);
    await storage(() => mkdir(dirname(path), { recursive: true }));
    // The type goes first so that an object, once visible, always has it.
    await storage(() => writeAtomically(typePathOf(path), Buffer.from(contentType, 'utf8')));
    await storage(() => writeAtomically(path, bytes));
  }

  async putFile(key: string, source: string, contentType: string): Promise<void> {
    const path = this.pathOf(key);
    await storage(() => mkdir(dirname(path), { recursive: true }));
    await storage(() => writeAtomically(typePathOf(path), Buffer.from(contentType, 'utf8')));
    await storage(() => copyAtomically(source, path));
  }

  async get(key: string): Promise<StoredMedia | null> {
    const path = this.pathOf(key);
    const bytes = await storage(() => orNull(readFile(path)));
    if (bytes === null) return null;
    return { bytes, contentType: await this.contentTypeOf(path) };
  }

  async open(key: string, range?: ByteRange): Promise<MediaStream | null> {
    const path = this.pathOf(key);
    const handle = await storage(() => orNull(open(path, 'r')));
    if (handle === null) return null;
    try {
      const info = await handle.stat();
      if (!info.isFile()) {
        await handle.close();
        return null;
      }
      const size = info.size;
      // The stream owns the handle from here, so a delete racing this read cannot cut it short.
      const body = createReadStream('', { fd: handle, autoClose: true, ...(range ? { start: range.start, end: range.end } : {}) });
      return { body, size, contentType: await this.contentTypeOf(path) };
    } catch (error) {
      await handle.close();
      throw new MediaError('storage-failed', `cannot read ${key}`, { cause: error });
    }
  }

  async has(key: string): Promise<boolean> {
    const path = this.pathOf(key);
    const info = await storage(() => orNull(stat(path)));
    return info !== null && info.isFile();
  }

  async delete(key: string): Promise<void> {
    const path = this.pathOf(key);
    await storage(() => orNull(unlink(path)));
    await storage(() => orNull(unlink(typePathOf(path))));
  }

  private pathOf(key: string): string {
    assertSafeMediaKey(key);
    const path = join(this.root, ...key.split('/'));
    // Belt and braces: the key rules already forbid leaving the root.
    if (!path.startsWith(this.root + sep)) throw new MediaError('invalid-key', `key escapes the store: ${key}`);
    return path;
  }

  private async contentTypeOf(path: string): Promise<string> {
    const type = await storage(() => orNull(readFile(typePathOf(path), 'utf8')));
    return type === null || type === '' ? UNKNOWN_TYPE : type;
  }
}

function typePathOf(path: string): string {
  return join(dirname(path), `.${basename(path)}.type`);
}

/** Temp file in the same folder, flushed, then renamed over the target: rename is atomic on one file system. */
async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** Like `writeAtomically`, from a file: the kernel copies it, so it never passes through memory whole. */
async function copyAtomically(source: string, path: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await copyFile(source, temp, constants.COPYFILE_EXCL);
    const handle = await open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

async function orNull<T>(promise: Promise<T>): Promise<T | null> {
  try {
    return await promise;
  } catch (error) {
    // A key that names a folder, or runs through a file, holds no object either.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return null;
    throw error;
  }
}

async function storage<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (error instanceof MediaError) throw error;
    throw new MediaError('storage-failed', (error as Error).message, { cause: error });
  }
}
