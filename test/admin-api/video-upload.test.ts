import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, before, test } from 'node:test';
import Fastify from 'fastify';
import { keys } from '../../src/domain/surrogate-keys.ts';
import { adminApiRoutes } from '../../src/http/admin-api/admin-api-routes.ts';
import { handleErrors } from '../../src/http/handle-errors.ts';
import { detectFfmpeg } from '../../src/media/detect-ffmpeg.ts';
import { isMediaError } from '../../src/media/media-error.ts';
import { runTool } from '../../src/media/run-tool.ts';
import { spoolUpload } from '../../src/media/spool-upload.ts';
import { DEFAULT_VIDEO_MAX_BYTES } from '../../src/newsroom/upload-video-file.ts';
import { listAuditRecords } from '../../src/store/repositories/audit-log-repository.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { describeEachStore } from '../support/test-stores.ts';
import { type BrowserSession, makeUser, signedIn } from '../accounts/account-fixtures.ts';

let dir = '';
let clip: Buffer = Buffer.alloc(0);
let skipReason: string | false = false;

before(async () => {
  const tools = await detectFfmpeg();
  if (tools === null) {
    skipReason = 'ffmpeg/ffprobe are not installed (Debian package "ffmpeg"), so no test video can be made or read';
    return;
  }
  dir = await mkdtemp(join(tmpdir(), 'dateline-video-upload-'));
  const path = join(dir, 'clip.mp4');
  // Two seconds of ffmpeg's own test pattern, made here rather than shipped.
  const made = await runTool(
    tools.ffmpeg,
    ['-hide_banner', '-loglevel', 'error', '-nostdin', '-f', 'lavfi', '-i', 'testsrc=duration=2:size=320x240:rate=25',
      '-pix_fmt', 'yuv420p', '-c:v', 'libx264', '-preset', 'ultrafast', '-movflags', '+faststart', path],
    { timeoutMs: 60_000, maxStdoutBytes: 1 << 20 },
  );
  if (made.exitCode !== 0) skipReason = `ffmpeg could not make the test clip: ${made.stderr}`;
  else clip = await readFile(path);
});

after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const uploadDirs = async () => (await readdir(tmpdir())).filter((name) => name.startsWith('dateline-upload-')).sort();

test('a body past the limit is refused as soon as it passes, and leaves no temp file', async () => {
  const leftBefore = await uploadDirs();
  // Sent in pieces with no declared length, as a chunked upload arrives: only counting can stop it.
  const pieces = Readable.from((function* () {
    for (let i = 0; i < 8; i++) yield Buffer.alloc(1024, i);
  })());
  await assert.rejects(spoolUpload(pieces, 5000), (e) => isMediaError(e, 'too-large'));
  assert.deepEqual(await uploadDirs(), leftBefore);

  const fits = await spoolUpload(Readable.from([Buffer.from('abc'), Buffer.from('def')]), 6);
  try {
    assert.equal(fits.bytes, 6);
    assert.equal(fits.sha256, createHash('sha256').update('abcdef').digest('hex'));
    assert.equal(await readFile(fits.path, 'utf8'), 'abcdef');
  } finally {
    await fits.dispose();
  }
  assert.deepEqual(await uploadDirs(), leftBefore);
});

describeEachStore('video files through the admin API', (getStore) => {
  let t: TestApp;
  let editor: BrowserSession;

  before(async () => {
    t = await buildTestApp(getStore());
    editor = await signedIn(t.ctx, await makeUser(t.ctx, 'editor'));
  });
  after(async () => {
    await t.close();
  });

  const headers = (type: string, extra: Record<string, string> = {}) => ({ cookie: editor.cookie, 'x-csrf-token': editor.csrf, 'content-type': type, ...extra });
  const newVideo = async (title: string) => {
    const res = await t.app.inject({
      method: 'POST', url: '/api/admin/videos', headers: { cookie: editor.cookie, 'x-csrf-token': editor.csrf },
      payload: { title, sourceUrl: 'https://video.example.net/placeholder.mp4' },
    });
    assert.equal(res.statusCode, 201, res.body);
    return res.json().data as { id: number; sourceUrl: string; thumbnailMediaId: number | null; durationSeconds: number | null };
  };
  const sendFile = (id: number, payload: Buffer, type = 'video/mp4', extra: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: `/api/admin/videos/${id}/file`, headers: headers(type, extra), payload });

  test('an uploaded file becomes the source, with its duration and a poster in the library', async (c) => {
    if (skipReason) return c.skip(skipReason);
    const video = await newVideo('Harbor crane test');
    t.ctx.events.length = 0;
    const res = await sendFile(video.id, clip);
    assert.equal(res.statusCode, 200, res.body);
    const { data, poster, bytes } = res.json();

    const sha256 = createHash('sha256').update(clip).digest('hex');
    assert.equal(data.sourceUrl, `/media/files/${sha256}.mp4`);
    assert.equal(data.durationSeconds, 2);
    assert.equal(bytes, clip.length);
    assert.equal(data.thumbnailMediaId, poster.id);
    assert.equal(poster.alt, 'Poster for the video titled “Harbor crane test”');
    assert.deepEqual([poster.width, poster.height], [320, 240]);

    const stored = await t.app.inject({ url: `/api/admin/videos/${video.id}`, headers: { cookie: editor.cookie } });
    assert.equal(stored.json().data.sourceUrl, data.sourceUrl, 'the change is saved, not only answered');
    const asset = await t.app.inject({ url: `/api/admin/media/${poster.id}`, headers: { cookie: editor.cookie } });
    assert.equal(asset.statusCode, 200);
    const picture = await t.app.inject({ url: asset.json().data.url });
    assert.equal(picture.statusCode, 200, 'the poster renders like any library picture');

    const event = t.ctx.events.find((e) => e.kind === 'video.changed' && e.id === video.id);
    assert.ok(event, 'the change is announced');
    assert.ok(event.keys.includes(keys.videos) && event.keys.includes(keys.video(video.id)), `keys ${event.keys.join(',')}`);
    const audit = await listAuditRecords(t.ctx.store.db, { action: 'video.upload', targetId: String(video.id) }, 5);
    assert.equal(audit.length, 1);

    const whole = await t.app.inject({ url: data.sourceUrl });
    assert.equal(whole.statusCode, 200);
    assert.equal(whole.headers['content-type'], 'video/mp4');
    assert.ok(whole.rawPayload.equals(clip), 'the stored file is the uploaded one, byte for byte');
    const part = await t.app.inject({ url: data.sourceUrl, headers: { range: 'bytes=100-199' } });
    assert.equal(part.statusCode, 206);
    assert.equal(part.headers['content-range'], `bytes 100-199/${clip.length}`);
    assert.ok(part.rawPayload.equals(clip.subarray(100, 200)));

    const again = await sendFile(video.id, clip);
    assert.equal(again.statusCode, 200, again.body);
    assert.equal(again.json().poster.id, poster.id, 'the same file again keeps its poster rather than adding a copy');
  });

  test('what is not a video is refused by its content, whatever its header says', async (c) => {
    if (skipReason) return c.skip(skipReason);
    const video = await newVideo('Council meeting');
    const text = await sendFile(video.id, Buffer.from('Minutes of the council meeting, 4 March.\n'.repeat(200)));
    assert.equal(text.statusCode, 415, text.body);
    assert.equal(text.json().error.code, 'unsupported-type');
    assert.match(text.json().error.message, /not a video/);

    const empty = await sendFile(video.id, Buffer.alloc(0));
    assert.equal(empty.statusCode, 400, empty.body);

    const unchanged = await t.app.inject({ url: `/api/admin/videos/${video.id}`, headers: { cookie: editor.cookie } });
    assert.equal(unchanged.json().data.sourceUrl, video.sourceUrl);
    assert.equal(unchanged.json().data.thumbnailMediaId, null);
  });

  test('a declared size past the limit is refused before the body is read', async () => {
    const video = await newVideo('Long meeting');
    const res = await sendFile(video.id, Buffer.from('tiny'), 'video/mp4', { 'content-length': String(DEFAULT_VIDEO_MAX_BYTES + 1) });
    assert.equal(res.statusCode, 413, res.body);
    assert.equal(res.json().error.code, 'too-large');
  });

  test('types other than video are refused outright', async () => {
    const video = await newVideo('Wrong type');
    const res = await sendFile(video.id, Buffer.from('%PDF-1.7'), 'application/pdf');
    assert.equal(res.statusCode, 415, res.body);
  });

  test('a video that does not exist is a 404 before anything is read', async () => {
    const res = await sendFile(999_999, Buffer.from('x'));
    assert.equal(res.statusCode, 404, res.body);
  });

  test('without ffmpeg the answer is 503, saying what to install', async () => {
    const app = Fastify({ bodyLimit: 1024 * 1024 });
    handleErrors(app, null);
    const missing = join(tmpdir(), 'dateline-no-such-tool', 'ffmpeg');
    await app.register(adminApiRoutes, { prefix: '/api/admin', ctx: t.ctx, media: t.deps.media, ffmpeg: { ffmpeg: missing, ffprobe: missing } });
    try {
      const video = await newVideo('No tools here');
      const res = await app.inject({ method: 'POST', url: `/api/admin/videos/${video.id}/file`, headers: headers('video/mp4'), payload: Buffer.from('x') });
      assert.equal(res.statusCode, 503, res.body);
      assert.equal(res.json().error.code, 'ffmpeg-missing');
      assert.match(res.json().error.message, /ffmpeg/);
    } finally {
      await app.close();
    }
  });
});
