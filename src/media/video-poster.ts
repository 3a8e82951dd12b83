import { requireFfmpeg, type FfmpegTools } from './detect-ffmpeg.ts';
import { DEFAULT_IMAGE_LIMITS, imageLimits, type ImageLimits } from './image-limits.ts';
import { ingestImage, type IngestedImage } from './ingest-image.ts';
import { MediaError } from './media-error.ts';
import type { MediaStore } from './media-store.ts';
import { cropRegion, offeredWidths } from './plan-rendition.ts';
import { probeVideo, videoFailure } from './probe-video.ts';
import { renditionPath } from './rendition-path.ts';
import { RenditionService, type Rendition } from './rendition-service.ts';
import { CROP_BOXES, type CropVariant } from './rendition-variant.ts';
import { runTool } from './run-tool.ts';
import { videoInputArgs } from './video-input-args.ts';

export interface VideoPosterOptions {
  /** Shares the rendition queue and store; made for `store` when omitted. */
  readonly renditions?: RenditionService;
  /** Found on PATH when omitted. */
  readonly tools?: FfmpegTools;
  /** Pixel limit for the frame; the byte limit does not apply to a frame ffmpeg wrote. */
  readonly limits?: ImageLimits;
  readonly timeoutMs?: number;
}

export interface VideoPoster {
  readonly durationSeconds: number | null;
  /** The full-size frame, stored like any uploaded picture: its storage key can back a `MediaAsset`. */
  readonly poster: IngestedImage;
  /** A 16:9 thumbnail of the poster for video rails, stored as a rendition. */
  readonly thumbnail: Rendition & { readonly path: string };
}

/** A wide rail card; 640 covers 2× screens at the rail's 320 CSS pixels. */
const THUMBNAIL_WIDTH = 640;
const MAX_FRAME_BYTES = 256 * 1024 * 1024;

/**
 * Makes a poster frame and thumbnail for an uploaded video file and reads its
 * duration. Refusals: `ffmpeg-missing`, `unsupported-type`, `corrupt`, `timeout`.
 */
export async function makeVideoPoster(store: MediaStore, videoPath: string, options: VideoPosterOptions = {}): Promise<VideoPoster> {
  const renditions = options.renditions ?? new RenditionService({ store, limits: options.limits });
  if (renditions.store !== store) throw new TypeError('the rendition service must use the same media store');
  const tools = options.tools ?? (await requireFfmpeg());
  const timeoutMs = options.timeoutMs ?? 60_000;
  const limits = options.limits ?? DEFAULT_IMAGE_LIMITS;

  const probe = await probeVideo(tools, videoPath, timeoutMs);
  const frame = await renditions.queue.run(() => extractFrame(tools, videoPath, posterTime(probe.durationSeconds), timeoutMs));
  const poster = await ingestImage(store, frame, {
    limits: imageLimits({ maxPixels: limits.maxPixels, maxBytes: MAX_FRAME_BYTES }),
    queue: renditions.queue,
  });

  const focal = { x: 500, y: 500 };
  const sourceWidth = cropRegion(poster, 'thumb', focal).width;
  const width = offeredWidths(CROP_BOXES.thumb.widths, sourceWidth, THUMBNAIL_WIDTH).at(-1)!;
  const variant: CropVariant = { kind: 'crop', box: 'thumb', width, focal, format: 'jpeg' };
  const rendition = await renditions.ensure({ storageKey: poster.storageKey, focal: { x: 0.5, y: 0.5 } }, variant);
  return {
    durationSeconds: probe.durationSeconds,
    poster,
    thumbnail: { ...rendition, path: renditionPath(poster.sha256, variant) },
  };
}

/** A little way in, past the fade from black most clips open with. */
function posterTime(duration: number | null): number {
  return duration !== null && duration > 1 ? Math.min(duration * 0.1, 5) : 0;
}

async function extractFrame(tools: FfmpegTools, path: string, atSeconds: number, timeoutMs: number): Promise<Buffer> {
  const frame = await grabFrame(tools, path, atSeconds, timeoutMs);
  if (frame.length > 0) return frame;
  // A stated duration can be wrong; the first frame is always there.
  if (atSeconds > 0) {
    const first = await grabFrame(tools, path, 0, timeoutMs);
    if (first.length > 0) return first;
  }
  throw new MediaError('corrupt', 'no video frame decodes');
}

async function grabFrame(tools: FfmpegTools, path: string, atSeconds: number, timeoutMs: number): Promise<Buffer> {
  const args = [
    '-hide_banner', '-loglevel', 'error', '-nostdin',
    '-ss', atSeconds.toFixed(3),
    ...videoInputArgs(path),
    '-map', '0:v:0', '-an', '-sn', '-dn',
    // Of the next 25 frames, the one most like their average: rarely a blur or a cut.
    '-vf', 'thumbnail=25',
    '-frames:v', '1', '-f', 'image2pipe', '-c:v', 'png', 'pipe:1',
  ];
  const result = await runTool(tools.ffmpeg, args, { timeoutMs, maxStdoutBytes: MAX_FRAME_BYTES });
  if (result.exitCode !== 0) throw videoFailure(result);
  return result.stdout;
}
