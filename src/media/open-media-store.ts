import { join } from 'node:path';
import type { S3Settings } from '../config.ts';
import { DiskMediaStore } from './disk-media-store.ts';
import type { MediaStore } from './media-store.ts';
import { S3MediaStore } from './s3-media-store.ts';

/** Media on S3-compatible storage when configured, else in the data folder. */
export function openMediaStore(dataDir: string, s3: S3Settings | undefined): MediaStore {
  if (!s3) return new DiskMediaStore(join(dataDir, 'media'));
  return new S3MediaStore({
    bucket: s3.bucket,
    region: s3.region,
    endpoint: s3.endpoint,
    forcePathStyle: s3.forcePathStyle,
    credentials: s3.accessKeyId && s3.secretAccessKey ? { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey } : undefined,
    prefix: s3.prefix,
  });
}
