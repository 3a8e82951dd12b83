import { updateMedia, uploadMedia } from '../../../newsroom/save-media.ts';
import { DatelineError } from '../../../errors.ts';
import { listMediaAssets } from '../../../store/repositories/media-library-repository.ts';
import { findMediaById } from '../../../store/repositories/media-repository.ts';
import { DEFAULT_IMAGE_LIMITS } from '../../../media/image-limits.ts';
import { defineRoutes } from '../admin-route.ts';
import { schema } from '../json-schema.ts';
import { presentMedia } from '../presenters/present-media.ts';
import { limitOf } from '../request-values.ts';

/** What an upload may be sent as; the content is checked by decoding it, whatever the header says. */
export const UPLOAD_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif', 'image/tiff', 'image/heic', 'image/heif'] as const;

const FOCAL = schema.object({ x: { type: 'number', minimum: 0, maximum: 1 }, y: { type: 'number', minimum: 0, maximum: 1 } }, ['x', 'y']);

export const mediaRoutes = defineRoutes([
  {
    method: 'GET', url: '/media', operationId: 'listMedia', summary: 'The picture library, newest first; search alt text, captions and credits.', tag: 'media',
    access: 'article.read',
    query: schema.object({
      q: schema.string({ max: 200 }),
      limit: schema.integer({ min: 1, max: 100 }),
      before: schema.integer({ description: 'Only pictures with a smaller id (the last id of the previous page).' }),
    }),
    async handle({ ctx, query }) {
      const limit = limitOf(query.limit, 40);
      const rows = await listMediaAssets(ctx.store.db, { text: query.q as string | undefined, beforeId: query.before as number | undefined }, limit + 1);
      const page = rows.slice(0, limit);
      return { data: page.map(presentMedia), nextBefore: rows.length > limit ? page[page.length - 1].id : null };
    },
  },
  {
    method: 'GET', url: '/media/:id', operationId: 'getMedia', summary: 'One picture.', tag: 'media', access: 'article.read',
    async handle({ ctx, params }) {
      const asset = await findMediaById(ctx.store.db, params.id);
      if (!asset) throw new DatelineError('not-found', `no picture with id ${params.id}`);
      return { data: presentMedia(asset) };
    },
  },
  {
    method: 'POST', url: '/media', operationId: 'uploadMedia',
    summary: 'Upload a picture as the raw request body (Content-Type image/jpeg, image/png, ...); alt text, caption and credit in the query. ' +
      'It is stripped of metadata and stored once: the same picture again answers with the existing record and created: false.',
    tag: 'media', access: 'article.create', status: 201,
    upload: { types: UPLOAD_TYPES, maxBytes: DEFAULT_IMAGE_LIMITS.maxBytes },
    query: schema.object({ alt: schema.string({ max: 500 }), caption: schema.string({ max: 1000 }), credit: schema.string({ max: 300 }) }),
    async handle({ ctx, actor, body, query, options }) {
      if (!(body instanceof Uint8Array) || body.byteLength === 0) throw new DatelineError('invalid-input', 'send the picture as the request body');
      if (!options.media) throw new Error('the admin API was mounted without a media store');
      const { asset, created } = await uploadMedia(ctx, options.media, actor, body, {
        alt: query.alt as string | undefined, caption: query.caption as string | undefined, credit: query.credit as string | undefined,
      });
      return { data: presentMedia(asset), created };
    },
  },
  {
    method: 'PATCH', url: '/media/:id', operationId: 'updateMedia',
    summary: 'Change a picture\'s alt text, caption, credit or focal point (0..1 from the left and top); pages showing it are refreshed.', tag: 'media',
    access: 'article.publish',
    body: schema.object({ alt: schema.string({ max: 500 }), caption: schema.text(1000), credit: schema.text(300), focal: FOCAL }),
    async handle({ ctx, actor, params, body }) {
      return { data: presentMedia(await updateMedia(ctx, actor, params.id, body as { alt?: string; caption?: string | null; credit?: string | null; focal?: { x: number; y: number } })) };
    },
  },
]);
