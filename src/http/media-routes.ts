import type { FastifyInstance } from 'fastify';
import { DatelineError } from '../errors.ts';
import { parseRenditionPath } from '../media/rendition-path.ts';
import type { RenditionService } from '../media/rendition-service.ts';
import type { Store } from '../store/store.ts';
import { findMediaByHash } from '../store/repositories/media-repository.ts';

/**
 * Image renditions at content-addressed URLs. A URL never changes meaning,
 * so browsers and CDNs may keep it for a year; the first request makes the
 * rendition, later ones read it from the media store.
 */
export async function mediaRoutes(app: FastifyInstance, opts: { renditions: RenditionService; store: Store }): Promise<void> {
  app.get('/media/:hash/:file', async (req, reply) => {
    const parsed = parseRenditionPath(req.url.split('?')[0]);
    if (!parsed) throw new DatelineError('not-found', 'no such image');
    const asset = await findMediaByHash(opts.store.db, parsed.hash);
    if (!asset) throw new DatelineError('not-found', 'no such image');
    const rendition = await opts.renditions.ensure(asset, parsed.variant);
    return reply
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('x-content-type-options', 'nosniff')
      .type(rendition.contentType)
      .send(Buffer.from(rendition.bytes.buffer, rendition.bytes.byteOffset, rendition.bytes.byteLength));
  });
}
