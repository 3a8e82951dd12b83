import { MediaError } from './media-error.ts';
import type { FfmpegTools } from './detect-ffmpeg.ts';
import { runTool, type ToolResult } from './run-tool.ts';
import { videoInputArgs } from './video-input-args.ts';

export interface VideoProbe {
  /** Null for streams that do not state one. */
  readonly durationSeconds: number | null;
  readonly width: number;
  readonly height: number;
  /** Codec of the first video stream, e.g. "h264". */
  readonly codec: string;
  /** Demuxer names, e.g. "mov,mp4,m4a,3gp,3g2,mj2". */
  readonly container: string;
}

interface FfprobeOutput {
  format?: { format_name?: string; duration?: string };
  streams?: { codec_type?: string; codec_name?: string; width?: number; height?: number; duration?: string }[];
}

/** Reads a video file's duration and picture size with ffprobe. Refusals: `unsupported-type`, `corrupt`, `timeout`. */
export async function probeVideo(tools: FfmpegTools, path: string, timeoutMs = 30_000): Promise<VideoProbe> {
  const args = ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', ...videoInputArgs(path)];
  const result = await runTool(tools.ffprobe, args, { timeoutMs, maxStdoutBytes: 4 << 20 });
  if (result.exitCode !== 0) throw videoFailure(result);

  let output: FfprobeOutput;
  try {
    output = JSON.parse(result.stdout.toString('utf8')) as FfprobeOutput;
  } catch (error) {
    throw new MediaError('corrupt', 'ffprobe gave no readable answer', { cause: error });
  }
  const video = output.streams?.find((s) => s.codec_type === 'video');
  if (!video || !video.width || !video.height) throw new MediaError('unsupported-type', 'the file has no video stream');
  return {
    durationSeconds: seconds(output.format?.duration) ?? seconds(video.duration),
    width: video.width,
    height: video.height,
    codec: video.codec_name ?? 'unknown',
    container: output.format?.format_name ?? 'unknown',
  };
}

function seconds(text: string | undefined): number | null {
  const value = text === undefined ? NaN : Number(text);
  return Number.isFinite(value) && value >= 0 ? value : null;
}

/** What an ffmpeg/ffprobe failure means for the file: not a video we take, or a broken one. */
export function videoFailure(result: ToolResult): MediaError {
  const detail = result.stderr.split('\n').slice(-3).join(' ').slice(0, 500);
  if (/not on whitelist|Invalid data found|could not find codec|Unknown format/i.test(result.stderr)) {
    return new MediaError('unsupported-type', `not a video file we accept: ${detail}`);
  }
  return new MediaError('corrupt', `the video does not decode: ${detail}`);
}
