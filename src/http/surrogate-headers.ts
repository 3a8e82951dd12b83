import type { FastifyReply } from 'fastify';

/**
 * Marks a response with the keys of what it shows: `Surrogate-Key` for
 * Fastly-style CDNs, `xkey` for Varnish. Keys are kept on the reply for the
 * page cache too.
 */
export function tagReply(reply: FastifyReply, keys: Iterable<string>): void {
  const existing = (reply.getHeader('surrogate-key') as string | undefined)?.split(' ') ?? [];
  const all = [...new Set([...existing, ...keys])].join(' ');
  reply.header('surrogate-key', all);
  reply.header('xkey', all);
}
