import type { FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'dateline_session';

/** The session cookie's value, or null. Only this one cookie is read; the rest of the header is ignored. */
export function readSessionCookie(req: FastifyRequest): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    if (part.slice(0, eq).trim() === SESSION_COOKIE) return part.slice(eq + 1).trim() || null;
  }
  return null;
}

/**
 * HttpOnly (no script can read it), SameSite=Lax (other sites' forms and
 * scripts do not carry it), Secure whenever the request came over TLS, and
 * for the whole site so the newsroom UI under /admin and the API share it.
 */
export function sessionCookie(value: string, expires: Date, secure: boolean): string {
  return [`${SESSION_COOKIE}=${value}`, 'Path=/', `Expires=${expires.toUTCString()}`, 'HttpOnly', 'SameSite=Lax', ...(secure ? ['Secure'] : [])].join('; ');
}

export function clearedSessionCookie(secure: boolean): string {
  return [`${SESSION_COOKIE}=`, 'Path=/', 'Expires=Thu, 01 Jan 1970 00:00:00 GMT', 'Max-Age=0', 'HttpOnly', 'SameSite=Lax', ...(secure ? ['Secure'] : [])].join('; ');
}
