import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { DiskMediaStore } from '../../src/media/disk-media-store.ts';
import { tempDir } from './support/temp-dir.ts';

async function listAll(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

test('put, get, has and delete round-trip bytes and content type', async (t) => {
  const store = new DiskMediaStore(await tempDir(t));
  const bytes = new Uint8Array([1, 2, 3, 250]);
  assert.equal(await store.has('renditions/ab/w640.webp'), false);
  assert.equal(await store.get('renditions/ab/w640.webp'), null);

  await store.put('renditions/ab/w640.webp', bytes, 'image/webp');
  assert.equal(await store.has('renditions/ab/w640.webp'), true);
  const got = await store.get('renditions/ab/w640.webp');
  assert.deepEqual(got && [...got.bytes], [1, 2, 3, 250]);
  assert.equal(got?.contentType, 'image/webp');

  await store.delete('renditions/ab/w640.webp');
  assert.equal(await store.has('renditions/ab/w640.webp'), false);
  assert.equal(await store.get('renditions/ab/w640.webp'), null);
  await store.delete('renditions/ab/w640.webp');
});

test('objects are plain files at their key, with no temp files left behind', async (t) => {
  const root = await tempDir(t);
  const store = new DiskMediaStore(root);
  await store.put('a/b.txt', Buffer.from('hello'), 'text/plain');
  assert.equal(await readFile(join(root, 'a', 'b.txt'), 'utf8'), 'hello');
  const files = (await listAll(root)).map((f) => f.slice(root.length));
  assert.deepEqual(files.sort(), ['/a/.b.txt.type', '/a/b.txt']);
});

test('overwriting replaces the object whole, also under concurrent writers', async (t) => {
  const root = await tempDir(t);
  const store = new DiskMediaStore(root);
  const versions = Array.from({ length: 8 }, (_, i) => Buffer.alloc(256 * 1024, i));
  await Promise.all(versions.map((v) => store.put('x.bin', v, 'application/x-test')));
  const got = await store.get('x.bin');
  assert.ok(got);
  assert.equal(got.bytes.length, 256 * 1024);
  // Whatever writer won, its bytes are all the same value: no interleaving.
  assert.ok(got.bytes.every((b) => b === got.bytes[0]));
  assert.equal((await listAll(root)).filter((f) => f.endsWith('.tmp')).length, 0);
});

test('open streams an object with its size and type', async (t) => {
  const store = new DiskMediaStore(await tempDir(t));
  await store.put('videos/clip.mp4', Buffer.from('not really a video'), 'video/mp4');
  const stream = await store.open('videos/clip.mp4');
  assert.ok(stream);
  assert.equal(stream.size, 18);
  assert.equal(stream.contentType, 'video/mp4');
  assert.equal(await text(stream.body), 'not really a video');
  const part = await store.open('videos/clip.mp4', { start: 4, end: 9 });
  assert.ok(part);
  assert.equal(part.size, 18, 'the whole object’s size, not the range’s');
  assert.equal(await text(part.body), 'really');
  assert.equal(await store.open('videos/none.mp4'), null);
  assert.equal(await store.open('videos'), null, 'a folder is not an object');
});

test('putFile copies a file in, with its type and no temp files left behind', async (t) => {
  const root = await tempDir(t);
  const source = join(await tempDir(t), 'upload');
  await writeFile(source, Buffer.alloc(300 * 1024, 7));
  const store = new DiskMediaStore(root);
  await store.putFile('files/clip.mp4', source, 'video/mp4');
  const got = await store.get('files/clip.mp4');
  assert.equal(got?.contentType, 'video/mp4');
  assert.ok(got && got.bytes.length === 300 * 1024 && got.bytes.every((b) => b === 7));
  assert.equal(await readFile(source).then((b) => b.length), 300 * 1024, 'the source is copied, not moved');
  assert.deepEqual((await listAll(root)).map((f) => f.slice(root.length)).sort(), ['/files/.clip.mp4.type', '/files/clip.mp4']);
});

test('an object without its type file reads as octet-stream', async (t) => {
  const root = await tempDir(t);
  const store = new DiskMediaStore(root);
  await writeFile(join(root, 'dropped-in.bin'), 'x');
  assert.equal((await store.get('dropped-in.bin'))?.contentType, 'application/octet-stream');
});

test('path traversal and other unsafe keys are refused by every method', async (t) => {
  const parent = await tempDir(t);
  const store = new DiskMediaStore(join(parent, 'media'));
  await writeFile(join(parent, 'secret.txt'), 'secret');
  for (const key of ['../secret.txt', 'a/../../secret.txt', '/etc/passwd', '..', '.a.type', 'a//b', 'A.JPG']) {
    const invalid = { name: 'MediaError', code: 'invalid-key' };
    await assert.rejects(store.get(key), invalid, key);
    await assert.rejects(store.open(key), invalid, key);
    await assert.rejects(store.has(key), invalid, key);
    await assert.rejects(store.put(key, Buffer.from('x'), 'text/plain'), invalid, key);
    await assert.rejects(store.delete(key), invalid, key);
  }
  assert.equal(await readFile(join(parent, 'secret.txt'), 'utf8'), 'secret');
});

test('a key that runs through a file holds nothing', async (t) => {
  const store = new DiskMediaStore(await tempDir(t));
  await store.put('a.jpg', Buffer.from('x'), 'image/jpeg');
  assert.equal(await store.get('a.jpg/b'), null);
  assert.equal(await store.has('a.jpg/b'), false);
  await assert.rejects(store.put('a.jpg/b', Buffer.from('y'), 'image/jpeg'), { code: 'storage-failed' });
});

test('inDataFolder keeps media under <data>/media', () => {
  assert.equal(DiskMediaStore.inDataFolder('/srv/dateline/data').root, '/srv/dateline/data/media');
});
