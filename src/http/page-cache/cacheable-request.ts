import type { IncomingMessage } from 'node:http';

/** Answers that depend on who asks, or change on every call: never stored, never answered from the cache. */
const NEVER_CACHED = /^\/(?:admin|api\/admin|beacon|healthz|search)(?:[/?]|$)/;

/**
 * Whether a request may be answered from the page cache, or its answer
 * stored there: a GET or HEAD of a public path, without credentials (an
 * API token could one day see more than the public does).
 */
export function isCacheableRequest(req: IncomingMessage): boolean {
  const method = req.method;
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (req.headers.authorization !== undefined) return false;
  return req.url !== undefined && !NEVER_CACHED.test(req.url);
}
