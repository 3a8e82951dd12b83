import { requirePermission } from '../accounts/require-permission.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../domain/actor.ts';
import type { Video } from '../domain/media.ts';
import { plainText } from '../domain/sanitize-html.ts';
import { keys } from '../domain/surrogate-keys.ts';
import { DatelineError } from '../errors.ts';
import type { ServiceContext } from '../service-context.ts';
import type { Executor } from '../store/database.ts';
import { findMediaById } from '../store/repositories/media-repository.ts';
import { findSectionById } from '../store/repositories/section-repository.ts';
import { findSeriesById } from '../store/repositories/series-repository.ts';
import { isUniqueViolation } from '../store/repositories/unique-violation.ts';
import { deleteVideoRow, updateVideoRow } from '../store/repositories/video-admin-repository.ts';
import { findVideoById, insertVideo } from '../store/repositories/video-repository.ts';
import { changeEventOf } from './change-event-of.ts';
import { requireName, requireSlug } from './require-slug.ts';

export interface VideoInput {
  readonly title?: string;
  readonly slug?: string;
  readonly description?: string | null;
  readonly thumbnailMediaId?: number | null;
  readonly sourceUrl?: string;
  readonly durationSeconds?: number | null;
  readonly publishedAt?: Date;
  readonly seriesId?: number | null;
  readonly sectionId?: number | null;
}

/** An http(s) URL (MP4 or HLS on a CDN), or a key of an uploaded file in the media store. */
function requireSource(raw: string): string {
  const url = raw.trim();
  const remote = /^https?:\/\/[^\s/\\]+\S*$/i.test(url);
  const stored = /^[A-Za-z0-9][\w./-]{0,300}$/.test(url) && !url.includes('..');
  if (remote || stored) return url;
  throw new DatelineError('invalid-input', 'sourceUrl must be an http(s) URL or a media key', { details: { field: 'sourceUrl' } });
}

async function checkLinks(db: Executor, v: VideoInput): Promise<void> {
  if (v.thumbnailMediaId != null && !(await findMediaById(db, v.thumbnailMediaId))) {
    throw new DatelineError('invalid-input', `no image with id ${v.thumbnailMediaId}`, { details: { field: 'thumbnailMediaId' } });
  }
  if (v.seriesId != null && !(await findSeriesById(db, v.seriesId))) {
    throw new DatelineError('invalid-input', `no series with id ${v.seriesId}`, { details: { field: 'seriesId' } });
  }
  if (v.sectionId != null && !(await findSectionById(db, v.sectionId))) {
    throw new DatelineError('invalid-input', `no section with id ${v.sectionId}`, { details: { field: 'sectionId' } });
  }
  if (v.durationSeconds != null && (!Number.isInteger(v.durationSeconds) || v.durationSeconds < 0)) {
    throw new DatelineError('invalid-input', 'durationSeconds must be a whole number of seconds', { details: { field: 'durationSeconds' } });
  }
}

/** Every page a video can appear on: its own, the video hub and rails, its series. */
export function videoKeys(...videos: (Video | null)[]): string[] {
  const out: string[] = [keys.videos];
  for (const v of videos) {
    if (!v) continue;
    out.push(keys.video(v.id));
    if (v.seriesId !== null) out.push(keys.series(v.seriesId));
    if (v.sectionId !== null) out.push(keys.section(v.sectionId));
  }
  return out;
}

const taken = (slug: string | undefined) => new DatelineError('conflict', `there is already a video "${slug ?? ''}"`, { details: { field: 'slug' } });

export async function createVideo(ctx: ServiceContext, actor: Actor, input: VideoInput): Promise<Video> {
  requirePermission(actor, 'curation.manage');
  const title = requireName(plainText(input.title ?? ''), 'title', 300);
  const slug = requireSlug(input.slug, title);
  if (input.sourceUrl === undefined) throw new DatelineError('invalid-input', 'a video needs a sourceUrl', { details: { field: 'sourceUrl' } });
  const sourceUrl = requireSource(input.sourceUrl);
  const now = ctx.now();
  try {
    const video = await ctx.store.transaction(async (trx) => {
      await checkLinks(trx, input);
      const created = await insertVideo(trx, {
        slug, title, description: input.description ? plainText(input.description) || null : null, thumbnailMediaId: input.thumbnailMediaId ?? null,
        sourceUrl, durationSeconds: input.durationSeconds ?? null, publishedAt: input.publishedAt ?? now, seriesId: input.seriesId ?? null,
        sectionId: input.sectionId ?? null,
      });
      await recordAudit(trx, actor, now, { action: 'video.create', targetType: 'video', targetId: created.id, details: { slug, title } });
      return created;
    });
    await ctx.bus.publish([changeEventOf('video.changed', video.id, videoKeys(video), now)]);
    return video;
  } catch (e) {
    if (isUniqueViolation(e)) throw taken(slug);
    throw e;
  }
}

export async function updateVideo(ctx: ServiceContext, actor: Actor, id: number, input: VideoInput): Promise<Video> {
  requirePermission(actor, 'curation.manage');
  const now = ctx.now();
  const title = input.title === undefined ? undefined : requireName(plainText(input.title), 'title', 300);
  const sourceUrl = input.sourceUrl === undefined ? undefined : requireSource(input.sourceUrl);
  try {
    const { before, after } = await ctx.store.transaction(async (trx) => {
      const found = await findVideoById(trx, id);
      if (!found) throw new DatelineError('not-found', `no video with id ${id}`);
      await checkLinks(trx, input);
      const slug = input.slug === undefined ? undefined : requireSlug(input.slug, title ?? found.title);
      await updateVideoRow(trx, id, {
        ...input, title, slug, sourceUrl,
        ...(input.description !== undefined ? { description: input.description ? plainText(input.description) || null : null } : {}),
      });
      await recordAudit(trx, actor, now, { action: 'video.update', targetType: 'video', targetId: id, details: { fields: Object.keys(input).sort() } });
      return { before: found, after: (await findVideoById(trx, id))! };
    });
    await ctx.bus.publish([changeEventOf('video.changed', id, videoKeys(before, after), now)]);
    return after;
  } catch (e) {
    if (isUniqueViolation(e)) throw taken(input.slug);
    throw e;
  }
}

export async function deleteVideo(ctx: ServiceContext, actor: Actor, id: number): Promise<void> {
  requirePermission(actor, 'curation.manage');
  const now = ctx.now();
  const before = await ctx.store.transaction(async (trx) => {
    const found = await findVideoById(trx, id);
    if (!found) throw new DatelineError('not-found', `no video with id ${id}`);
    await deleteVideoRow(trx, id);
    await recordAudit(trx, actor, now, { action: 'video.delete', targetType: 'video', targetId: id, details: { slug: found.slug, title: found.title } });
    return found;
  });
  await ctx.bus.publish([changeEventOf('video.changed', id, videoKeys(before), now)]);
}
