import { Readable } from 'node:stream';
import { createVideo, deleteVideo, updateVideo, type VideoInput } from '../../../newsroom/save-video.ts';
import { DEFAULT_VIDEO_MAX_BYTES, uploadVideoFile } from '../../../newsroom/upload-video-file.ts';
import { DatelineError } from '../../../errors.ts';
import { listAllVideos } from '../../../store/repositories/video-admin-repository.ts';
import { findVideoById } from '../../../store/repositories/video-repository.ts';
import { defineRoutes } from '../admin-route.ts';
import { schema } from '../json-schema.ts';
import { presentVideo } from '../presenters/present-curation.ts';
import { presentMedia } from '../presenters/present-media.ts';
import { dateOf, limitOf } from '../request-values.ts';

const FIELDS = {
  title: schema.string({ min: 1, max: 300 }),
  slug: schema.string({ min: 1, max: 120 }),
  description: schema.text(2000),
  thumbnailMediaId: schema.nullableId('Poster image.'),
  sourceUrl: schema.string({ min: 1, max: 2000, description: 'MP4 or HLS URL, or the media key of an uploaded file.' }),
  durationSeconds: { type: ['integer', 'null'], minimum: 0, maximum: 86_400 },
  publishedAt: schema.dateTime('The video is public from this time; defaults to now.'),
  seriesId: schema.nullableId(),
  sectionId: schema.nullableId(),
};

/** What a video file may be sent as; ffprobe decides what it is, whatever the header says. */
export const VIDEO_UPLOAD_TYPES = ['video/mp4', 'video/webm', 'video/quicktime'] as const;

type VideoBody = Omit<VideoInput, 'publishedAt'> & { publishedAt?: string };
const inputOf = (b: VideoBody): VideoInput => ({ ...b, publishedAt: dateOf(b.publishedAt) ?? undefined });

export const videoRoutes = defineRoutes([
  {
    method: 'GET', url: '/videos', operationId: 'listVideos', summary: 'Videos, scheduled ones included, newest first.', tag: 'videos',
    access: 'curation.manage',
    query: schema.object({ limit: schema.integer({ min: 1, max: 100 }), page: schema.integer({ min: 1, max: 1000 }) }),
    async handle({ ctx, query }) {
      const limit = limitOf(query.limit, 50);
      const page = typeof query.page === 'number' ? query.page : 1;
      return { data: (await listAllVideos(ctx.store.db, { limit, offset: (page - 1) * limit })).map(presentVideo) };
    },
  },
  {
    method: 'POST', url: '/videos', operationId: 'createVideo', summary: 'Add a video.', tag: 'videos', access: 'curation.manage', status: 201,
    body: schema.object(FIELDS, ['title', 'sourceUrl']),
    async handle({ ctx, actor, body }) {
      return { data: presentVideo(await createVideo(ctx, actor, inputOf(body as VideoBody))) };
    },
  },
  {
    method: 'GET', url: '/videos/:id', operationId: 'getVideo', summary: 'One video.', tag: 'videos', access: 'curation.manage',
    async handle({ ctx, params }) {
      const video = await findVideoById(ctx.store.db, params.id);
      if (!video) throw new DatelineError('not-found', `no video with id ${params.id}`);
      return { data: presentVideo(video) };
    },
  },
  {
    method: 'PATCH', url: '/videos/:id', operationId: 'updateVideo', summary: 'Change a video.', tag: 'videos', access: 'curation.manage',
    body: schema.object(FIELDS),
    async handle({ ctx, actor, params, body }) {
      return { data: presentVideo(await updateVideo(ctx, actor, params.id, inputOf(body as VideoBody))) };
    },
  },
  {
    method: 'POST', url: '/videos/:id/file', operationId: 'uploadVideoFile',
    summary: 'Upload the video\'s own file as the raw request body (Content-Type video/mp4, video/webm or video/quicktime). ' +
      'It must read as a video; it is stored by content and served from /media/files/, its duration is read, and a frame from it ' +
      'becomes the poster (a new picture in the library). Needs ffmpeg on the server: without it the answer is 503.',
    tag: 'videos', access: 'curation.manage',
    upload: { types: VIDEO_UPLOAD_TYPES, maxBytes: DEFAULT_VIDEO_MAX_BYTES, stream: true },
    async handle({ ctx, actor, params, body, options, route }) {
      if (!(body instanceof Readable)) throw new DatelineError('invalid-input', 'send the video file as the request body');
      if (!options.media) throw new Error('the admin API was mounted without a media store');
      const { video, poster, bytes } = await uploadVideoFile(ctx, options.media, actor, params.id, body, {
        maxBytes: route.upload!.maxBytes, ffmpeg: options.ffmpeg, renditions: options.renditions,
      });
      return { data: presentVideo(video), poster: presentMedia(poster), bytes };
    },
  },
  {
    method: 'DELETE', url: '/videos/:id', operationId: 'deleteVideo', summary: 'Remove a video.', tag: 'videos', access: 'curation.manage', status: 204,
    async handle({ ctx, actor, params }) {
      await deleteVideo(ctx, actor, params.id);
      return null;
    },
  },
]);
