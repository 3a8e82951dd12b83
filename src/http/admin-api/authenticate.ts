import type { FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import { resolveApiToken } from '../../accounts/resolve-api-token.ts';
import { resolveSession } from '../../accounts/resolve-session.ts';
import { sameSecret } from '../../accounts/secret-token.ts';
import { can, type Permission } from '../../domain/roles.ts';
import { scopeAllows, type TokenScope } from '../../domain/token-scopes.ts';
import { userActor } from '../../domain/user.ts';
import { DatelineError } from '../../errors.ts';
import type { ServiceContext } from '../../service-context.ts';
import { type Authenticated, rememberAuthenticated } from './request-actor.ts';
import { readSessionCookie } from './session-cookie.ts';

export const CSRF_HEADER = 'x-csrf-token';

export interface Requirement {
  /** What a token must be scoped for. */
  readonly scope: TokenScope;
  /** What the person (or the token's owner) must be allowed to do. */
  readonly permission: Permission;
  /** Whether a signed-in browser session may be used, or only a token. */
  readonly allowSession: boolean;
  /** Whether a token may be used, or only a session (for acts a leaked token must not be able to do). */
  readonly allowToken: boolean;
  /** Whether the route works while the account still has its one-time password. */
  readonly beforePasswordChange: boolean;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function unauthorized(reply: FastifyReply, message: string): DatelineError {
  reply.header('www-authenticate', 'Bearer realm="dateline"');
  return new DatelineError('unauthorized', message);
}

function bearerOf(req: FastifyRequest, reply: FastifyReply): string | null {
  const header = req.headers.authorization;
  if (!header) return null;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!m) throw unauthorized(reply, 'the Authorization header must be "Bearer <token>"');
  return m[1];
}

/**
 * Establishes who is asking and whether they may, or throws: `unauthorized`
 * without valid credentials, `forbidden` when they fall short. A bearer
 * token wins over a cookie. Cookie-authenticated changes must repeat the
 * session's CSRF token in a header, which another site cannot read.
 */
export async function authenticate(ctx: ServiceContext, req: FastifyRequest, reply: FastifyReply, need: Requirement): Promise<Authenticated> {
  const bearer = bearerOf(req, reply);
  let auth: Authenticated;
  if (bearer !== null) {
    const token = await resolveApiToken(ctx, bearer);
    if (!token) throw unauthorized(reply, 'the token is unknown, revoked or expired');
    if (!need.allowToken) throw new DatelineError('forbidden', 'this needs a signed-in session; tokens cannot do it');
    if (!scopeAllows(token.scopes, need.scope)) {
      throw new DatelineError('forbidden', `the token is not scoped for ${need.scope}`, { details: { scope: need.scope } });
    }
    auth = {
      actor: userActor(token.user, 'token', req.ip), via: 'token', sessionIdHash: null, csrfToken: null, sessionExpiresAt: null,
      tokenId: token.tokenId, scopes: token.scopes,
    };
    if (token.user.mustChangePassword && !need.beforePasswordChange) {
      throw new DatelineError('forbidden', 'the token owner must first replace their one-time password', { details: { reason: 'password-change-required' } });
    }
  } else {
    if (!need.allowSession) throw unauthorized(reply, 'this needs an API token (Authorization: Bearer ...)');
    const cookie = readSessionCookie(req);
    const session = cookie ? await resolveSession(ctx, cookie) : null;
    if (!session) throw unauthorized(reply, 'sign in first');
    if (!SAFE_METHODS.has(req.method)) {
      const sent = req.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameSecret(sent, session.csrfToken)) {
        throw new DatelineError('forbidden', `missing or wrong ${CSRF_HEADER} header`, { details: { reason: 'csrf' } });
      }
    }
    auth = {
      actor: userActor(session.user, 'session', req.ip), via: 'session', sessionIdHash: session.idHash, csrfToken: session.csrfToken,
      sessionExpiresAt: session.expiresAt, tokenId: null, scopes: [],
    };
    if (session.user.mustChangePassword && !need.beforePasswordChange) {
      throw new DatelineError('forbidden', 'replace your one-time password first (PUT /api/admin/session/password)', {
        details: { reason: 'password-change-required' },
      });
    }
  }
  const principal = auth.actor.principal;
  if (!principal) throw new Error('a signed-in actor always has a principal');
  if (!can(principal, need.permission)) {
    throw new DatelineError('forbidden', `a ${principal.role} may not do this (${need.permission})`, { details: { permission: need.permission } });
  }
  rememberAuthenticated(req, auth);
  return auth;
}

/**
 * A hook for other plugins' routes: the wire push endpoint uses
 * `requireCredentials(ctx, { scope: 'wire:push', permission: 'wire.manage' })`
 * and reads the caller with `requestActor(req)`. Tokens only, unless
 * `allowSession` is set.
 */
export function requireCredentials(
  ctx: ServiceContext,
  need: { scope: TokenScope; permission: Permission; allowSession?: boolean },
): onRequestHookHandler {
  const full: Requirement = { scope: need.scope, permission: need.permission, allowSession: need.allowSession ?? false, allowToken: true, beforePasswordChange: false };
  return async (req, reply) => {
    await authenticate(ctx, req, reply, full);
  };
}
