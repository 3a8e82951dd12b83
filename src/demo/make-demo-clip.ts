import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectFfmpeg } from '../media/detect-ffmpeg.ts';
import type { MediaStore } from '../media/media-store.ts';
import { runTool } from '../media/run-tool.ts';

export const DEMO_CLIP_KEY = 'files/demo-clip.mp4';

/**
 * A six-second test-pattern clip for the demo videos, drawn by ffmpeg so
 * nothing is downloaded. Without ffmpeg the videos keep their posters and
 * the player says the clip is missing; returns whether a clip was made.
 */
export async function makeDemoClip(media: MediaStore): Promise<boolean> {
  if (await media.has(DEMO_CLIP_KEY)) return true;
  const tools = await detectFfmpeg();
  if (!tools) return false;
  const dir = mkdtempSync(join(tmpdir(), 'dateline-clip-'));
  try {
    const out = join(dir, 'clip.mp4');
    await runTool(
      tools.ffmpeg,
      [
        '-nostdin', '-loglevel', 'error',
        '-f', 'lavfi', '-i', 'testsrc2=size=640x360:rate=25:duration=6',
        '-f', 'lavfi', '-i', 'sine=frequency=440:duration=6',
        '-c:v', 'libx264', '-preset', 'veryfast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', '-movflags', '+faststart',
        out,
      ],
      { timeoutMs: 60_000, maxStdoutBytes: 64 * 1024 },
    );
    await media.put(DEMO_CLIP_KEY, readFileSync(out), 'video/mp4');
    return true;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
