import { open } from 'node:fs/promises';
import { MediaError } from './media-error.ts';
import type { VideoProbe } from './probe-video.ts';

export interface VideoFileFormat {
  /** File name extension of the stored file: `mp4`, `mov` or `webm`. */
  readonly ext: 'mp4' | 'mov' | 'webm';
  /** What the file is served as. */
  readonly mimeType: 'video/mp4' | 'video/quicktime' | 'video/webm';
}

/**
 * What an uploaded video is, from its content: ffprobe's demuxer, and for
 * the MP4 family the major brand of the `ftyp` box, since ffprobe names MP4
 * and QuickTime alike. The declared Content-Type plays no part.
 */
export async function videoFileFormat(path: string, probe: VideoProbe): Promise<VideoFileFormat> {
  const demuxers = probe.container.split(',');
  if (demuxers.includes('mov') || demuxers.includes('mp4')) {
    return (await majorBrand(path)) === 'qt  ' ? { ext: 'mov', mimeType: 'video/quicktime' } : { ext: 'mp4', mimeType: 'video/mp4' };
  }
  if (demuxers.includes('matroska') || demuxers.includes('webm')) return { ext: 'webm', mimeType: 'video/webm' };
  throw new MediaError('unsupported-type', `not an MP4, QuickTime or WebM video (${probe.container})`);
}

/** The four-character brand at bytes 8..12 of an ISO-BMFF file, or null when it does not open with `ftyp`. */
async function majorBrand(path: string): Promise<string | null> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(12);
    const { bytesRead } = await handle.read(head, 0, 12, 0);
    if (bytesRead < 12 || head.toString('latin1', 4, 8) !== 'ftyp') return null;
    return head.toString('latin1', 8, 12);
  } finally {
    await handle.close();
  }
}
