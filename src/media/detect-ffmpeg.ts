import { MediaError } from './media-error.ts';
import { runTool } from './run-tool.ts';

export interface FfmpegTools {
  readonly ffmpeg: string;
  readonly ffprobe: string;
  /** e.g. "5.1.9-0+deb12u1" */
  readonly version: string;
}

export interface FfmpegPaths {
  readonly ffmpeg?: string;
  readonly ffprobe?: string;
}

const detected = new Map<string, Promise<FfmpegTools | null>>();

/**
 * Finds ffmpeg and ffprobe (on PATH unless given), once per process: they
 * are optional (Debian's `ffmpeg` package), and without them videos simply
 * get no generated poster. Null when either is missing or does not run.
 */
export function detectFfmpeg(paths: FfmpegPaths = {}): Promise<FfmpegTools | null> {
  const ffmpeg = paths.ffmpeg ?? 'ffmpeg';
  const ffprobe = paths.ffprobe ?? 'ffprobe';
  const cacheKey = `${ffmpeg}\0${ffprobe}`;
  let found = detected.get(cacheKey);
  if (!found) {
    found = probeTools(ffmpeg, ffprobe);
    detected.set(cacheKey, found);
  }
  return found;
}

/** `detectFfmpeg`, or `MediaError('ffmpeg-missing')` for callers that cannot go on without it. */
export async function requireFfmpeg(paths: FfmpegPaths = {}): Promise<FfmpegTools> {
  const tools = await detectFfmpeg(paths);
  if (tools === null) throw new MediaError('ffmpeg-missing', 'ffmpeg and ffprobe are needed for video posters (Debian package "ffmpeg")');
  return tools;
}

async function probeTools(ffmpeg: string, ffprobe: string): Promise<FfmpegTools | null> {
  const limits = { timeoutMs: 10_000, maxStdoutBytes: 1 << 20 };
  try {
    const [encoder, prober] = await Promise.all([runTool(ffmpeg, ['-version'], limits), runTool(ffprobe, ['-version'], limits)]);
    if (encoder.exitCode !== 0 || prober.exitCode !== 0) return null;
    const version = /^ffmpeg version (\S+)/.exec(encoder.stdout.toString('utf8'))?.[1] ?? 'unknown';
    return { ffmpeg, ffprobe, version };
  } catch {
    return null;
  }
}
