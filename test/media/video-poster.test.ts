import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { detectFfmpeg, requireFfmpeg, type FfmpegTools } from '../../src/media/detect-ffmpeg.ts';
import { DiskMediaStore } from '../../src/media/disk-media-store.ts';
import { probeVideo } from '../../src/media/probe-video.ts';
import { parseRenditionPath } from '../../src/media/rendition-path.ts';
import { runTool } from '../../src/media/run-tool.ts';
import { makeVideoPoster } from '../../src/media/video-poster.ts';

let tools: FfmpegTools | null = null;
let dir = '';
let clip = '';
let skipReason: string | false = false;

before(async () => {
  tools = await detectFfmpeg();
  if (tools === null) {
    skipReason = 'ffmpeg/ffprobe are not installed (Debian package "ffmpeg")';
    return;
  }
  dir = await mkdtemp(join(tmpdir(), 'dateline-video-'));
  clip = join(dir, 'clip.mp4');
  // Two seconds of ffmpeg's own test pattern, made here rather than shipped.
  const made = await runTool(
    tools.ffmpeg,
    ['-hide_banner', '-loglevel', 'error', '-nostdin', '-f', 'lavfi', '-i', 'testsrc=duration=2:size=320x240:rate=25',
      '-pix_fmt', 'yuv420p', '-c:v', 'libx264', '-preset', 'ultrafast', clip],
    { timeoutMs: 60_000, maxStdoutBytes: 1 << 20 },
  );
  if (made.exitCode !== 0) skipReason = `ffmpeg could not make the test clip: ${made.stderr}`;
});

after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('with ffmpeg', () => {
  test('ffprobe reads duration, size and codec', async (t) => {
    if (skipReason) return t.skip(skipReason);
    const probe = await probeVideo(tools!, clip);
    assert.ok(probe.durationSeconds !== null && Math.abs(probe.durationSeconds - 2) < 0.1, `duration ${probe.durationSeconds}`);
    assert.deepEqual([probe.width, probe.height, probe.codec], [320, 240, 'h264']);
    assert.match(probe.container, /mp4/);
  });

  test('a poster frame and a 16:9 thumbnail are stored, with the duration', async (t) => {
    if (skipReason) return t.skip(skipReason);
    const store = new DiskMediaStore(join(dir, 'media-poster'));
    const result = await makeVideoPoster(store, clip, { tools: tools! });
    assert.ok(result.durationSeconds !== null && Math.abs(result.durationSeconds - 2) < 0.1);

    assert.equal(result.poster.mimeType, 'image/png');
    assert.deepEqual([result.poster.width, result.poster.height], [320, 240]);
    const poster = await store.get(result.poster.storageKey);
    assert.ok(poster);
    const posterMeta = await sharp(poster.bytes).metadata();
    assert.deepEqual([posterMeta.format, posterMeta.width, posterMeta.height], ['png', 320, 240]);
    // The test pattern is colourful: a real frame, not a black or empty one.
    const stats = await sharp(poster.bytes).stats();
    assert.ok(stats.channels.some((c) => c.stdev > 30), 'the frame has picture content');

    assert.equal(result.thumbnail.contentType, 'image/jpeg');
    assert.equal(await store.has(result.thumbnail.key), true);
    const thumbMeta = await sharp(result.thumbnail.bytes).metadata();
    assert.deepEqual([thumbMeta.format, thumbMeta.width, thumbMeta.height], ['jpeg', 320, 180]);
    const parsed = parseRenditionPath(result.thumbnail.path);
    assert.equal(parsed?.hash, result.poster.sha256);
    assert.equal(parsed?.variant.kind, 'crop');
  });

  test('a playlist disguised as .mp4 is refused: only video demuxers may open it', async (t) => {
    if (skipReason) return t.skip(skipReason);
    const secret = join(dir, 'secret.txt');
    await writeFile(secret, 'do not leak');
    const evil = join(dir, 'evil.mp4');
    await writeFile(evil, `#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:0\n#EXTINF:10.0,\nfile://${secret}\n#EXT-X-ENDLIST\n`);
    const store = new DiskMediaStore(join(dir, 'media-evil'));
    await assert.rejects(makeVideoPoster(store, evil, { tools: tools! }), { name: 'MediaError', code: 'unsupported-type' });
  });

  test('a text file is not a video', async (t) => {
    if (skipReason) return t.skip(skipReason);
    const path = join(dir, 'notes.mp4');
    await writeFile(path, 'just some words\n'.repeat(100));
    await assert.rejects(probeVideo(tools!, path), { code: 'unsupported-type' });
  });

  test('a tool that overruns its time is stopped with timeout', async (t) => {
    if (skipReason) return t.skip(skipReason);
    await assert.rejects(probeVideo(tools!, clip, 1), { code: 'timeout' });
  });

  test('a file name that looks like an option or URL is still read as a path', async (t) => {
    if (skipReason) return t.skip(skipReason);
    const odd = join(dir, 'http:-y.mp4');
    await copyFile(clip, odd);
    const probe = await probeVideo(tools!, odd);
    assert.equal(probe.width, 320);
  });
});

test('without ffmpeg the error is ffmpeg-missing', async () => {
  const missing = { ffmpeg: '/nonexistent/ffmpeg', ffprobe: '/nonexistent/ffprobe' };
  assert.equal(await detectFfmpeg(missing), null);
  await assert.rejects(requireFfmpeg(missing), { name: 'MediaError', code: 'ffmpeg-missing' });
  const store = new DiskMediaStore(join(tmpdir(), 'dateline-never-written'));
  await assert.rejects(makeVideoPoster(store, '/nonexistent/clip.mp4', { tools: { ...missing, version: 'none' } }), {
    code: 'ffmpeg-missing',
  });
});
