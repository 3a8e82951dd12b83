import type { Readable } from 'node:stream';
import { requirePermission } from '../accounts/require-permission.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../domain/actor.ts';
import type { MediaAsset, Video } from '../domain/media.ts';
import { DatelineError } from '../errors.ts';
import { requireFfmpeg, type FfmpegPaths } from '../media/detect-ffmpeg.ts';
import type { IngestedImage } from '../media/ingest-image.ts';
import type { MediaStore } from '../media/media-store.ts';
import { probeVideo } from '../media/probe-video.ts';
import type { RenditionService } from '../media/rendition-service.ts';
import { spoolUpload } from '../media/spool-upload.ts';
import { videoFileFormat } from '../media/video-file-format.ts';
import { makeVideoPoster } from '../media/video-poster.ts';
import type { ServiceContext } from '../service-context.ts';
import { findMediaById, insertMediaAsset } from '../store/repositories/media-repository.ts';
import { updateVideoRow } from '../store/repositories/video-admin-repository.ts';
import { findVideoById } from '../store/repositories/video-repository.ts';
import { changeEventOf } from './change-event-of.ts';
import { videoKeys } from './save-video.ts';

/** A default that fits a few minutes of 1080p news footage; longer pieces belong on a video host. */
export const DEFAULT_VIDEO_MAX_BYTES = 500 * 1024 * 1024;

export interface VideoFileOptions {
  /** Bytes at most; more is `MediaError('too-large')`. */
  readonly maxBytes: number;
  /** Where ffmpeg and ffprobe are; found on PATH when omitted. */
  readonly ffmpeg?: FfmpegPaths;
  /** Shares the rendition queue with page serving; used only when it works on `media`. */
  readonly renditions?: RenditionService;
}

export interface UploadedVideoFile {
  readonly video: Video;
  readonly poster: MediaAsset;
  /** Size of the stored file. */
  readonly bytes: number;
}

/**
 * Takes in a video's own file: written to a temp file as it arrives, refused
 * unless ffprobe reads it as a video, stored by content at
 * `files/<sha256>.<ext>`, given a poster frame (a picture in the library),
 * and then the video points at all of it in one transaction. Refusals:
 * DatelineError `not-found`, `invalid-input`; MediaError `ffmpeg-missing`,
 * `too-large`, `unsupported-type`, `corrupt`, `timeout`.
 */
export async function uploadVideoFile(
  ctx: ServiceContext,
  media: MediaStore,
  actor: Actor,
  id: number,
  body: Readable,
  options: VideoFileOptions,
): Promise<UploadedVideoFile> {
  requirePermission(actor, 'curation.manage');
  // Both checks come before the body is read: neither answer should cost the caller a 500 MB upload.
  if (!(await findVideoById(ctx.store.db, id))) throw new DatelineError('not-found', `no video with id ${id}`);
  const tools = await requireFfmpeg(options.ffmpeg);

  const upload = await spoolUpload(body, options.maxBytes);
  let stored: { sourceUrl: string; durationSeconds: number | null; poster: IngestedImage };
  try {
    if (upload.bytes === 0) throw new DatelineError('invalid-input', 'the video file is empty');
    const probe = await probeVideo(tools, upload.path);
    const format = await videoFileFormat(upload.path, probe);
    const name = `${upload.sha256}.${format.ext}`;
    // Stored by content: the same file uploaded again (or for another video) is kept once.
    if (!(await media.has(`files/${name}`))) await media.putFile(`files/${name}`, upload.path, format.mimeType);
    const renditions = options.renditions?.store === media ? options.renditions : undefined;
    const made = await makeVideoPoster(media, upload.path, { tools, renditions });
    stored = {
      sourceUrl: `/media/files/${name}`,
      // Videos keep whole seconds, as `durationSeconds` is checked everywhere else.
      durationSeconds: made.durationSeconds === null ? null : Math.round(made.durationSeconds),
      poster: made.poster,
    };
  } finally {
    await upload.dispose();
  }

  const now = ctx.now();
  const { before, after, poster } = await ctx.store.transaction(async (trx) => {
    const found = await findVideoById(trx, id);
    if (!found) throw new DatelineError('not-found', `no video with id ${id}`);
    const current = found.thumbnailMediaId === null ? null : await findMediaById(trx, found.thumbnailMediaId);
    // Uploading the same file again keeps its poster, and any words an editor has since given it.
    const poster = current?.storageKey === stored.poster.storageKey
      ? current
      : await insertMediaAsset(trx, {
        storageKey: stored.poster.storageKey, mimeType: stored.poster.mimeType, width: stored.poster.width, height: stored.poster.height,
        bytes: stored.poster.bytes, alt: `Poster for the video titled “${found.title}”`, caption: null, credit: null, focal: { x: 0.5, y: 0.5 },
        wireProvider: null, wireGuid: null, createdAt: now,
      });
    await updateVideoRow(trx, id, { sourceUrl: stored.sourceUrl, durationSeconds: stored.durationSeconds, thumbnailMediaId: poster.id });
    await recordAudit(trx, actor, now, {
      action: 'video.upload', targetType: 'video', targetId: id,
      details: { bytes: upload.bytes, sourceUrl: stored.sourceUrl, durationSeconds: stored.durationSeconds, posterMediaId: poster.id },
    });
    return { before: found, after: (await findVideoById(trx, id))!, poster };
  });
  await ctx.bus.publish([changeEventOf('video.changed', id, videoKeys(before, after), now)]);
  return { video: after, poster, bytes: upload.bytes };
}
