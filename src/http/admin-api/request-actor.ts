import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../domain/actor.ts';
import type { TokenScope } from '../../domain/token-scopes.ts';

/** What authentication established about a request. */
export interface Authenticated {
  readonly actor: Actor;
  readonly via: 'session' | 'token';
  /** Digest of the session id (never the id itself), for a session. */
  readonly sessionIdHash: string | null;
  readonly csrfToken: string | null;
  readonly sessionExpiresAt: Date | null;
  readonly tokenId: number | null;
  readonly scopes: readonly TokenScope[];
}

/**
 * Kept beside the request rather than decorated onto it, so any plugin can
 * use the authenticator without registering a decorator of its own.
 */
const byRequest = new WeakMap<FastifyRequest, Authenticated>();

export function rememberAuthenticated(req: FastifyRequest, auth: Authenticated): void {
  byRequest.set(req, auth);
}

export function authenticatedOf(req: FastifyRequest): Authenticated | null {
  return byRequest.get(req) ?? null;
}

/** The actor of an authenticated request; throws if called on a route without authentication (a wiring bug). */
export function requestActor(req: FastifyRequest): Actor {
  const auth = byRequest.get(req);
  if (!auth) throw new Error(`${req.method} ${req.url} reached its handler without authentication`);
  return auth.actor;
}
