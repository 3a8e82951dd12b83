import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { S3Client, S3ClientConfig } from '@aws-sdk/client-s3';
import { lazyPackage } from '../lazy-package.ts';
import { MediaError } from './media-error.ts';
import { assertSafeMediaKey } from './media-key.ts';
import type { ByteRange, MediaStore, MediaStream, StoredMedia } from './media-store.ts';

export interface S3MediaStoreConfig {
  readonly bucket: string;
  readonly region: string;
  /** For S3-compatible services (MinIO, Ceph, R2, ...); omit for AWS itself. */
  readonly endpoint?: string;
  /** `https://host/bucket/key` instead of `https://bucket.host/key`: most self-hosted services need it. */
  readonly forcePathStyle?: boolean;
  /** Omit to use the SDK's default chain (environment, instance role, ...). */
  readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string; readonly sessionToken?: string };
  /** Prepended to every key, e.g. `dateline/`, to share a bucket. */
  readonly prefix?: string;
}

const UNKNOWN_TYPE = 'application/octet-stream';

type S3Sdk = typeof import('@aws-sdk/client-s3');

/** The SDK is large; a server that keeps its media on disk never loads it. */
const loadS3Sdk = lazyPackage(() => import('@aws-sdk/client-s3'));

/** A media store in an S3-compatible bucket. The bucket must exist. */
export class S3MediaStore implements MediaStore {
  /** Made at the first call. */
  private client: S3Client | null = null;
  private readonly bucket: string;
  private readonly prefix: string;
  private readonly clientConfig: S3ClientConfig;

  constructor(config: S3MediaStoreConfig) {
    if (config.prefix !== undefined && config.prefix !== '' && !/^[a-z0-9][a-z0-9._/-]*\/$/.test(config.prefix)) {
      throw new MediaError('invalid-key', `S3 prefix must be lowercase segments ending in "/": ${config.prefix}`);
    }
    this.bucket = config.bucket;
    this.prefix = config.prefix ?? '';
    this.clientConfig = {
      region: config.region,
      endpoint: config.endpoint,
      forcePathStyle: config.forcePathStyle ?? false,
      credentials: config.credentials,
      // Newer SDKs add CRC checksums to every request by default; several
      // S3-compatible servers reject or mishandle them, and TLS plus the
      // signature already protect the payload in transit.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    };
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    const Key = this.objectKey(key);
    await this.call((s3, client) =>
      client.send(new s3.PutObjectCommand({ Bucket: this.bucket, Key, Body: bytes, ContentType: contentType, ContentLength: bytes.byteLength })),
    );
  }

  async putFile(key: string, path: string, contentType: string): Promise<void> {
    const Key = this.objectKey(key);
    const size = (await stat(path)).size;
    // A streamed body needs its length up front: S3 refuses a PUT without one. One PUT takes up to 5 GiB.
    await this.call((s3, client) =>
      client.send(new s3.PutObjectCommand({ Bucket: this.bucket, Key, Body: createReadStream(path), ContentType: contentType, ContentLength: size })),
    );
  }

  async get(key: string): Promise<StoredMedia | null> {
    const Key = this.objectKey(key);
    const object = await this.call((s3, client) => client.send(new s3.GetObjectCommand({ Bucket: this.bucket, Key })));
    if (object === null || object.Body === undefined) return null;
    const bytes = await this.call(() => object.Body!.transformToByteArray());
    if (bytes === null) return null;
    return { bytes, contentType: object.ContentType ?? UNKNOWN_TYPE };
  }

  async open(key: string, range?: ByteRange): Promise<MediaStream | null> {
    const Key = this.objectKey(key);
    const Range = range ? `bytes=${range.start}-${range.end}` : undefined;
    const object = await this.call((s3, client) => client.send(new s3.GetObjectCommand({ Bucket: this.bucket, Key, Range })));
    if (object === null || object.Body === undefined) return null;
    // A ranged answer gives the whole object's size after the slash of Content-Range.
    const total = range ? Number(/\/(\d+)$/.exec(object.ContentRange ?? '')?.[1] ?? NaN) : NaN;
    // In Node the SDK's body is an http.IncomingMessage, a Readable.
    return { body: object.Body as Readable, contentType: object.ContentType ?? UNKNOWN_TYPE, size: Number.isFinite(total) ? total : object.ContentLength ?? 0 };
  }

  async has(key: string): Promise<boolean> {
    const Key = this.objectKey(key);
    const head = await this.call((s3, client) => client.send(new s3.HeadObjectCommand({ Bucket: this.bucket, Key })));
    return head !== null;
  }

  async delete(key: string): Promise<void> {
    const Key = this.objectKey(key);
    await this.call((s3, client) => client.send(new s3.DeleteObjectCommand({ Bucket: this.bucket, Key })));
  }

  /** Closes the client's connection pool, so a process (or a test) can exit. */
  close(): void {
    this.client?.destroy();
  }

  private objectKey(key: string): string {
    assertSafeMediaKey(key);
    return this.prefix + key;
  }

  /** Runs one S3 call: a missing object becomes null, any other failure a `storage-failed`. */
  private async call<T>(operation: (s3: S3Sdk, client: S3Client) => Promise<T>): Promise<T | null> {
    const s3 = await loadS3Sdk();
    this.client ??= new s3.S3Client(this.clientConfig);
    try {
      return await operation(s3, this.client);
    } catch (error) {
      if (isMissing(s3, error)) return null;
      throw new MediaError('storage-failed', `S3 ${this.bucket}: ${(error as Error).message}`, { cause: error });
    }
  }
}

function isMissing(s3: S3Sdk, error: unknown): boolean {
  if (!(error instanceof s3.S3ServiceException)) return false;
  // A missing bucket is a configuration fault, not an absent object.
  if (error.name === 'NoSuchBucket') return false;
  // HEAD answers carry no body, so a missing object shows only as a 404 named NotFound.
  return error.name === 'NoSuchKey' || error.name === 'NotFound' || error.$metadata.httpStatusCode === 404;
}
