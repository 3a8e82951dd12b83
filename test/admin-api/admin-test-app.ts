import { Writable } from 'node:stream';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type InjectOptions, type LightMyRequestResponse } from 'fastify';
import { adminApiRoutes } from '../../src/http/admin-api/admin-api-routes.ts';
import type { AdminApiServices } from '../../src/http/admin-api/admin-route.ts';
import { handleErrors } from '../../src/http/handle-errors.ts';
import { createLogger } from '../../src/logger.ts';
import type { ServiceContext } from '../../src/service-context.ts';
import type { BrowserSession } from '../accounts/account-fixtures.ts';

/** Every log line the app wrote, so tests can prove no secret reached one. */
export class CapturedLog {
  readonly lines: string[] = [];
  readonly stream = new Writable({
    write: (chunk: Buffer, _enc, done) => {
      this.lines.push(chunk.toString('utf8'));
      done();
    },
  });
  text(): string {
    return this.lines.join('');
  }
}

/**
 * The admin API mounted the way the application mounts it (prefix, the one
 * error handler), with a trace-level logger writing into `log`.
 */
export async function buildAdminTestApp(
  ctx: ServiceContext,
  options: AdminApiServices & { trustProxy?: boolean } = {},
): Promise<{ app: FastifyInstance; log: CapturedLog }> {
  const log = new CapturedLog();
  const app = Fastify({
    loggerInstance: createLogger('trace', log.stream) as FastifyBaseLogger,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 1024 * 1024,
  });
  handleErrors(app, null);
  await app.register(adminApiRoutes, { prefix: '/api/admin', ctx, webhooks: options.webhooks, secureCookies: options.secureCookies });
  await app.ready();
  return { app, log };
}

export type Caller = (method: InjectOptions['method'], url: string, body?: unknown, headers?: Record<string, string>) => Promise<LightMyRequestResponse>;

/** Requests as a signed-in browser (cookie, plus the CSRF header on changes), as a token holder, or anonymously. */
export function caller(app: FastifyInstance, who: BrowserSession | { token: string } | null): Caller {
  return (method, url, body, headers = {}) => {
    const h: Record<string, string> = { ...headers };
    if (who && 'token' in who) h.authorization = `Bearer ${who.token}`;
    if (who && 'cookie' in who) {
      h.cookie = who.cookie;
      if (method !== 'GET' && method !== 'HEAD' && !('x-csrf-token' in headers)) h['x-csrf-token'] = who.csrf;
    }
    return app.inject({ method, url: `/api/admin${url}`, headers: h, ...(body !== undefined ? { payload: body as object } : {}) });
  };
}
