import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { text } from 'node:stream/consumers';
import { S3MediaStore } from '../../src/media/s3-media-store.ts';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A real S3-compatible server (s3rver, from npm) on loopback: the adapter is
// tested over HTTP with real signing, not against a mocked SDK.
const BUCKET = 'dateline-media';
const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

interface Server {
  run(): Promise<{ address: string; port: number }>;
  close(): Promise<void>;
}

let server: Server | null = null;
let directory = '';
let endpoint = '';
let skipReason: string | false = false;

before(async () => {
  try {
    const { default: S3rver } = await import('s3rver');
    directory = await mkdtemp(join(tmpdir(), 'dateline-s3-'));
    const candidate: Server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: BUCKET, configs: [] }] });
    // s3rver's run() never settles when listening fails, so it gets a deadline.
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('did not start listening within 15 s')), 15_000);
    });
    const { port } = await Promise.race([candidate.run(), deadline]).finally(() => clearTimeout(timer));
    server = candidate;
    endpoint = `http://127.0.0.1:${port}`;
  } catch (error) {
    skipReason = `no S3-compatible server could be started (s3rver): ${(error as Error).message}`;
  }
});

after(async () => {
  await server?.close();
  if (directory) await rm(directory, { recursive: true, force: true });
});

function storeFor(prefix?: string): S3MediaStore {
  return new S3MediaStore({ bucket: BUCKET, region: 'us-east-1', endpoint, forcePathStyle: true, credentials, prefix });
}

describe('S3MediaStore against s3rver', () => {
  test('put, get, has and delete round-trip bytes and content type', async (t) => {
    if (skipReason) return t.skip(skipReason);
    const store = storeFor();
    t.after(() => store.close());
    const key = `${'c'.repeat(64)}.png`;
    const bytes = new Uint8Array([137, 80, 78, 71, 0, 255]);
    assert.equal(await store.has(key), false);
    assert.equal(await store.get(key), null);

    await store.put(key, bytes, 'image/png');
    assert.equal(await store.has(key), true);
    const got = await store.get(key);
    assert.deepEqual(got && [...got.bytes], [...bytes]);
    assert.equal(got?.contentType, 'image/png');

    await store.delete(key);
    assert.equal(await store.has(key), false);
    assert.equal(await store.get(key), null);
    await store.delete(key);
  });

  test('open streams an object with size and type', async (t) => {
    if (skipReason) return t.skip(skipReason);
    const store = storeFor();
    t.after(() => store.close());
    await store.put('videos/clip.mp4', Buffer.from('moov and mdat'), 'video/mp4');
    const stream = await store.open('videos/clip.mp4');
    assert.ok(stream);
    assert.equal(stream.size, 13);
    assert.equal(stream.contentType, 'video/mp4');
    assert.equal(await text(stream.body), 'moov and mdat');
    const part = await store.open('videos/clip.mp4', { start: 5, end: 7 });
    assert.ok(part);
    assert.equal(part.size, 13, 'the whole object’s size, not the range’s');
    assert.equal(await text(part.body), 'and');
    assert.equal(await store.open('videos/missing.mp4'), null);
  });

  test('putFile streams a file into the bucket', async (t) => {
    if (skipReason) return t.skip(skipReason);
    const store = storeFor();
    t.after(() => store.close());
    const folder = await mkdtemp(join(tmpdir(), 'dateline-s3-upload-'));
    t.after(() => rm(folder, { recursive: true, force: true }));
    const source = join(folder, 'upload.bin');
    await writeFile(source, Buffer.alloc(200 * 1024, 3));
    await store.putFile('files/clip.webm', source, 'video/webm');
    const got = await store.get('files/clip.webm');
    assert.equal(got?.contentType, 'video/webm');
    assert.ok(got && got.bytes.length === 200 * 1024 && got.bytes.every((b) => b === 3));
  });

  test('a prefix keeps stores apart within one bucket', async (t) => {
    if (skipReason) return t.skip(skipReason);
    const one = storeFor('site-one/');
    const two = storeFor('site-two/');
    t.after(() => (one.close(), two.close()));
    await one.put('renditions/x/w320.jpg', Buffer.from('one'), 'image/jpeg');
    assert.equal(await one.has('renditions/x/w320.jpg'), true);
    assert.equal(await two.has('renditions/x/w320.jpg'), false);
  });

  test('unsafe keys are refused before any request', async (t) => {
    if (skipReason) return t.skip(skipReason);
    const store = storeFor();
    t.after(() => store.close());
    await assert.rejects(store.put('../x', Buffer.from('x'), 'text/plain'), { code: 'invalid-key' });
    await assert.rejects(store.get('/abs'), { code: 'invalid-key' });
  });

  test('a missing bucket is a storage failure, not a missing object', async (t) => {
    if (skipReason) return t.skip(skipReason);
    const store = new S3MediaStore({ bucket: 'no-such-bucket', region: 'us-east-1', endpoint, forcePathStyle: true, credentials });
    t.after(() => store.close());
    await assert.rejects(store.get('a.jpg'), { code: 'storage-failed' });
  });
});

test('a malformed prefix is refused at construction', () => {
  assert.throws(() => new S3MediaStore({ bucket: BUCKET, region: 'us-east-1', prefix: '../up' }), { code: 'invalid-key' });
});
