import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { errorCodes, type FastifyInstance, type FastifyRequest } from 'fastify';
import type { ServiceContext } from '../../service-context.ts';
import type { AdminApiServices, AdminCall, AdminRoute } from './admin-route.ts';
import { ADMIN_ROUTES } from './admin-route-table.ts';
import { authenticate, type Requirement } from './authenticate.ts';
import { type JsonSchema, schema } from './json-schema.ts';
import { authenticatedOf } from './request-actor.ts';

export interface AdminApiOptions extends AdminApiServices {
  readonly ctx: ServiceContext;
}

/**
 * Bodies are checked as sent: no type coercion, and unknown fields are an
 * error rather than silently dropped (a misspelt field must not look saved).
 * Path and query values arrive as text, so they are coerced to numbers and
 * booleans.
 */
function validators() {
  const body = new Ajv({ allErrors: false, coerceTypes: false, removeAdditional: false, useDefaults: false, strict: false });
  const text = new Ajv({ allErrors: false, coerceTypes: true, removeAdditional: false, useDefaults: false, strict: false });
  addFormats.default(body);
  addFormats.default(text);
  return ({ schema: s, httpPart }: { schema: object; httpPart?: string }) => (httpPart === 'body' ? body : text).compile(s);
}

function paramsSchema(url: string): JsonSchema | undefined {
  const names = [...url.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]);
  if (names.length === 0) return undefined;
  return schema.object(Object.fromEntries(names.map((n) => [n, schema.integer()])), names);
}

function requirementOf(route: AdminRoute): Requirement | null {
  if (route.access === 'public') return null;
  return {
    scope: route.method === 'GET' ? 'admin:read' : 'admin:write',
    permission: route.access,
    allowSession: true,
    allowToken: route.tokens !== false,
    beforePasswordChange: route.beforePasswordChange === true,
  };
}

/**
 * The admin API, registered under /api/admin. Every route comes from
 * ADMIN_ROUTES; credentials and permission are checked when the request
 * arrives (before its body is even read), so an anonymous or
 * under-privileged caller learns nothing from validation errors.
 */
export async function adminApiRoutes(app: FastifyInstance, opts: AdminApiOptions): Promise<void> {
  // A cross-site form can send text/plain without a preflight; the admin API accepts JSON only.
  app.removeContentTypeParser('text/plain');
  // Uploads arrive as the file itself; its content is checked by decoding it, not by this header.
  const streamedTypes = new Set(ADMIN_ROUTES.flatMap((r) => (r.upload?.stream ? r.upload.types : [])));
  const uploadTypes = [...new Set(ADMIN_ROUTES.flatMap((r) => (r.upload && !r.upload.stream ? r.upload.types : [])))];
  // A content type has one parser for the whole API, so it is either read into memory or streamed, never both.
  const clash = uploadTypes.find((t) => streamedTypes.has(t));
  if (clash) throw new Error(`${clash} is both a streamed and an in-memory upload type`);
  if (uploadTypes.length > 0) app.addContentTypeParser(uploadTypes, { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
  if (streamedTypes.size > 0) {
    app.addContentTypeParser([...streamedTypes], (req, payload, done) => {
      // An honest client that declares too much is refused before a byte is read; the handler counts what arrives.
      if (Number(req.headers['content-length']) > req.routeOptions.bodyLimit) done(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE(), undefined);
      else done(null, payload);
    });
  }
  app.setValidatorCompiler(validators());
  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('cache-control', 'no-store');
    reply.header('x-content-type-options', 'nosniff');
    return payload;
  });

  for (const route of ADMIN_ROUTES) {
    const need = requirementOf(route);
    const params = paramsSchema(route.url);
    app.route({
      method: route.method,
      url: route.url,
      ...(route.upload ? { bodyLimit: route.upload.maxBytes } : {}),
      schema: {
        ...(params ? { params } : {}),
        ...(route.query ? { querystring: route.query } : {}),
        ...(route.body ? { body: route.body } : {}),
      },
      ...(need ? { onRequest: async (req: FastifyRequest, reply) => void (await authenticate(opts.ctx, req, reply, need)) } : {}),
      handler: async (req, reply) => {
        const auth = authenticatedOf(req);
        const call: AdminCall = {
          ctx: opts.ctx,
          req,
          reply,
          auth,
          get actor() {
            if (!auth) throw new Error(`${route.operationId} is open to anonymous callers and has no actor`);
            return auth.actor;
          },
          params: (req.params ?? {}) as Record<string, number>,
          query: (req.query ?? {}) as Record<string, unknown>,
          body: req.body,
          options: opts,
          route,
        };
        const result = await route.handle(call);
        if (route.status === 204) return reply.code(204).send();
        return reply.code(route.status ?? 200).send(result);
      },
    });
  }
}
