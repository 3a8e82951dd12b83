import type { FastifyInstance } from 'fastify';
import { INLINE_SCRIPT_HASHES } from '../site/inline-scripts.ts';

/**
 * Public pages run only our two inline scripts, allowed by hash; nothing
 * from another origin may run, frame us or be posted to.
 */
export const PUBLIC_PAGE_CSP = [
  "default-src 'self'",
  `script-src ${INLINE_SCRIPT_HASHES.join(' ')}`,
  "style-src 'self'",
  "img-src 'self' data: https:",
  "media-src 'self' https: blob:",
  'frame-src https://www.youtube-nocookie.com https://player.vimeo.com',
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

export function securityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (req, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'strict-origin-when-cross-origin');
    const type = reply.getHeader('content-type');
    if (typeof type === 'string' && type.startsWith('text/html') && !req.url.startsWith('/admin')) {
      reply.header('content-security-policy', PUBLIC_PAGE_CSP);
      reply.header('x-frame-options', 'SAMEORIGIN');
    }
    return payload;
  });
}
