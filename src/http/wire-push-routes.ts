import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WireSource } from '../domain/wire-source.ts';
import { DatelineError } from '../errors.ts';
import type { ServiceContext } from '../service-context.ts';
import { findWireSourceByPushToken } from '../store/repositories/wire-source-repository.ts';
import { ingestDocument } from '../wire/ingest/ingest-document.ts';
import type { WireIngestDeps } from '../wire/ingest/wire-ingest-deps.ts';
import { contractLine } from '../wire/ingest/wire-ingest-result.ts';
import { DEFAULT_MAX_WIRE_BYTES } from '../wire/parse/parse-wire-document.ts';
import { requireCredentials } from './admin-api/authenticate.ts';
import { authenticatedOf } from './admin-api/request-actor.ts';

export interface WirePushOptions {
  readonly ctx: ServiceContext;
  readonly ingest: WireIngestDeps;
}

/** Each endpoint takes one family of documents; the body's own content then decides the exact format. */
const ENDPOINTS = [
  { path: '/ninjs', label: 'ninjs or AP Media API JSON', contentType: /\bjson\b/i, opens: /^[{[]/ },
  { path: '/newsml', label: 'NewsML-G2 XML', contentType: /\bxml\b/i, opens: /^</ },
] as const;

/**
 * The agency push endpoints, under /api/wire: POST a document, get one
 * result per item (the same objects `dateline ingest --json` prints). Only
 * a bearer token scoped `wire:push` and tied to a wire source gets in; the
 * source's settings (policy, sections, dateline) apply to what it sends.
 * 200: every item went in. 422: some item was rejected (the rest went in).
 * 503: the store failed; sending the same document again is safe.
 */
export async function wirePushRoutes(app: FastifyInstance, opts: WirePushOptions): Promise<void> {
  // The body is read as text and checked here: the parsers never see a half-decoded object.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string', bodyLimit: DEFAULT_MAX_WIRE_BYTES }, (_req, body, done) => done(null, body));
  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('cache-control', 'no-store');
    return payload;
  });
  const authenticated = requireCredentials(opts.ctx, { scope: 'wire:push', permission: 'wire.manage' });

  for (const endpoint of ENDPOINTS) {
    app.post(endpoint.path, { onRequest: authenticated, bodyLimit: DEFAULT_MAX_WIRE_BYTES }, async (req, reply) => {
      const source = await pushingSource(opts.ctx, req);
      const type = String(req.headers['content-type'] ?? '');
      const text = typeof req.body === 'string' ? req.body.replace(/^\uFEFF/, '') : '';
      if (!endpoint.contentType.test(type) || !endpoint.opens.test(text.trimStart())) {
        throw new DatelineError('unsupported-media', `POST /api/wire${endpoint.path} takes ${endpoint.label}`);
      }
      const results = await ingestDocument(opts.ingest, text, { source });
      const status = results.some((r) => r.retryable) ? 503 : results.some((r) => r.action === 'rejected') ? 422 : 200;
      return reply.code(status).send({ source: source.name, items: results.map(contractLine) });
    });
  }
}

async function pushingSource(ctx: ServiceContext, req: FastifyRequest): Promise<WireSource> {
  const tokenId = authenticatedOf(req)?.tokenId ?? null;
  const source = tokenId === null ? null : await findWireSourceByPushToken(ctx.store.db, tokenId);
  if (!source) {
    throw new DatelineError('forbidden', 'this token is not tied to a wire source (dateline wire-source add NAME --push-token ID)');
  }
  return source;
}
