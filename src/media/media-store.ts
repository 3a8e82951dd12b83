import type { Readable } from 'node:stream';

export interface StoredMedia {
  readonly bytes: Uint8Array;
  readonly contentType: string;
}

export interface MediaStream {
  /** The whole object, or only the range asked for. */
  readonly body: Readable;
  readonly contentType: string;
  /** Length of the whole object in bytes (not of the range). */
  readonly size: number;
}

/** Bytes `start` to `end`, both included, as in an HTTP Range header. */
export interface ByteRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Where originals and renditions live: a folder on disk or an S3-compatible
 * bucket. Keys must pass `isSafeMediaKey`; every method refuses others with
 * `MediaError('invalid-key')`. Writes are all-or-nothing: a reader sees the
 * old object, the new one, or none, never a partial file.
 */
export interface MediaStore {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** Stores a file's content without reading it all into memory (a video of hundreds of megabytes). */
  putFile(key: string, path: string, contentType: string): Promise<void>;
  /** The whole object in memory, or null when there is none. */
  get(key: string): Promise<StoredMedia | null>;
  /** A stream for large objects (video files), whole or one byte range of it, or null when there is none. */
  open(key: string, range?: ByteRange): Promise<MediaStream | null>;
  has(key: string): Promise<boolean>;
  /** Removes the object; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
}
