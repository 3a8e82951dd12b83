import type { FastifyInstance } from 'fastify';
import { isBot } from '../domain/trending-score.ts';
import type { ViewCounter } from '../trending/view-counter.ts';

/**
 * The page-view beacon: `{"id": 123}` sent by navigator.sendBeacon (as
 * text/plain) or fetch. No cookie is read or set and the address is not
 * looked at; crawlers are not counted. Always 204, so it tells nothing.
 */
export async function beaconRoute(app: FastifyInstance, opts: { views: ViewCounter }): Promise<void> {
  app.addContentTypeParser('text/plain', { parseAs: 'string', bodyLimit: 256 }, (_req, body, done) => {
    try {
      done(null, JSON.parse(body as string));
    } catch {
      done(null, null);
    }
  });
  app.post('/beacon', { bodyLimit: 256 }, async (req, reply) => {
    const id = (req.body as { id?: unknown } | null)?.id;
    if (Number.isInteger(id) && (id as number) > 0 && !isBot(req.headers['user-agent'])) opts.views.count(id as number);
    return reply.code(204).header('cache-control', 'no-store').send();
  });
}
