import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { MediaError } from './media-error.ts';

export interface SpooledUpload {
  /** The temp file; gone once `dispose` has run. */
  readonly path: string;
  readonly bytes: number;
  /** Hex sha256 of the content, worked out while it was written. */
  readonly sha256: string;
  /** Removes the temp file; safe to call more than once. */
  dispose(): Promise<void>;
}

/**
 * Writes an upload to a temp file of its own, hashing and counting as it
 * goes, so a file of hundreds of megabytes never sits in memory. More than
 * `maxBytes` is `MediaError('too-large')`, found out as soon as the limit is
 * passed (not after the whole body has been read), and leaves no file behind.
 */
export async function spoolUpload(body: Readable, maxBytes: number): Promise<SpooledUpload> {
  const dir = await mkdtemp(join(tmpdir(), 'dateline-upload-'));
  const dispose = () => rm(dir, { recursive: true, force: true });
  const path = join(dir, 'upload');
  const hash = createHash('sha256');
  let bytes = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > maxBytes) return done(new MediaError('too-large', `the file is larger than the limit of ${maxBytes} bytes`));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(body, meter, createWriteStream(path, { flags: 'wx' }));
  } catch (error) {
    await dispose();
    throw error;
  }
  return { path, bytes, sha256: hash.digest('hex'), dispose };
}
