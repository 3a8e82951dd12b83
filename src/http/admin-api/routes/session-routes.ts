import type { FastifyRequest } from 'fastify';
import { changeOwnPassword } from '../../../accounts/change-password.ts';
import { endSession } from '../../../accounts/resolve-session.ts';
import { signIn } from '../../../accounts/sign-in.ts';
import { findUserById } from '../../../store/repositories/user-repository.ts';
import { isDatelineError } from '../../../errors.ts';
import { type AdminApiServices, defineRoutes } from '../admin-route.ts';
import { schema } from '../json-schema.ts';
import { presentUser } from '../presenters/present-user.ts';
import { clearedSessionCookie, readSessionCookie, sessionCookie } from '../session-cookie.ts';

function secure(req: FastifyRequest, options: AdminApiServices): boolean {
  const s = options.secureCookies ?? 'auto';
  return s === 'auto' ? req.protocol === 'https' : s;
}

export const sessionRoutes = defineRoutes([
  {
    method: 'POST',
    url: '/session',
    operationId: 'signIn',
    summary: 'Sign in with email and password; sets the session cookie and returns the CSRF token for later changes.',
    tag: 'session',
    access: 'public',
    body: schema.object({ email: schema.string({ min: 1, max: 254 }), password: schema.string({ min: 1, max: 1024 }) }, ['email', 'password']),
    async handle({ ctx, req, reply, body, options }) {
      const { email, password } = body as { email: string; password: string };
      const previous = readSessionCookie(req);
      let result: Awaited<ReturnType<typeof signIn>>;
      try {
        result = await signIn(ctx, { email, password, ip: req.ip, userAgent: req.headers['user-agent'] ?? null });
      } catch (e) {
        if (isDatelineError(e) && e.code === 'rate-limited') reply.header('retry-after', String(e.details?.retryAfterSeconds ?? 900));
        throw e;
      }
      if (previous) await endSession(ctx, previous);
      reply.header('set-cookie', sessionCookie(result.session.sessionId, result.session.expiresAt, secure(req, options)));
      return {
        data: {
          user: presentUser(result.user),
          csrfToken: result.session.csrfToken,
          expiresAt: result.session.expiresAt.toISOString(),
          mustChangePassword: result.user.mustChangePassword,
        },
      };
    },
  },
  {
    method: 'GET',
    url: '/session',
    operationId: 'getSession',
    summary: 'Who is signed in (or whose token this is), with the CSRF token of a browser session.',
    tag: 'session',
    access: 'account.self',
    beforePasswordChange: true,
    async handle({ ctx, auth }) {
      const user = await findUserById(ctx.store.db, auth!.actor.principal!.userId);
      return {
        data: {
          user: presentUser(user!),
          via: auth!.via,
          csrfToken: auth!.csrfToken,
          expiresAt: auth!.sessionExpiresAt?.toISOString() ?? null,
          scopes: [...auth!.scopes],
        },
      };
    },
  },
  {
    method: 'DELETE',
    url: '/session',
    operationId: 'signOut',
    summary: 'Sign out: the session ends in the store and the cookie is cleared.',
    tag: 'session',
    access: 'account.self',
    tokens: false,
    beforePasswordChange: true,
    status: 204,
    async handle({ ctx, req, reply, options }) {
      const cookie = readSessionCookie(req);
      if (cookie) await endSession(ctx, cookie);
      reply.header('set-cookie', clearedSessionCookie(secure(req, options)));
      return null;
    },
  },
  {
    method: 'PUT',
    url: '/session/password',
    operationId: 'changeOwnPassword',
    summary: 'Replace your own password (required after a one-time password); ends your other sessions.',
    tag: 'session',
    access: 'account.self',
    tokens: false,
    beforePasswordChange: true,
    body: schema.object({ currentPassword: schema.string({ min: 1, max: 1024 }), newPassword: schema.string({ min: 1, max: 1024 }) }, [
      'currentPassword', 'newPassword',
    ]),
    async handle({ ctx, actor, auth, body }) {
      const { currentPassword, newPassword } = body as { currentPassword: string; newPassword: string };
      await changeOwnPassword(ctx, actor, { currentPassword, newPassword, keepSessionIdHash: auth!.sessionIdHash ?? undefined });
      return { data: { user: presentUser((await findUserById(ctx.store.db, actor.principal!.userId))!) } };
    },
  },
]);
