import type { IncomingHttpHeaders } from 'node:http';

/**
 * A feed page's link to what comes next: an HTTP `Link: <…>; rel="next"`
 * header, else AP's `data.next_page` (or a top-level `next_page`/`next`) in
 * a JSON body. Resolved against the page's URL; only http(s) links count.
 */
export function nextPageLink(pageUrl: string, headers: IncomingHttpHeaders, body: string): string | null {
  const fromHeader = linkHeaderNext(headers.link);
  const raw = fromHeader ?? jsonNext(body);
  if (raw === null) return null;
  try {
    const url = new URL(raw, pageUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

function linkHeaderNext(header: string | string[] | undefined): string | null {
  const values = Array.isArray(header) ? header : header ? [header] : [];
  for (const value of values) {
    for (const part of value.split(/,(?=\s*<)/)) {
      const m = /^\s*<([^>]*)>(.*)$/.exec(part);
      if (m && /;\s*rel\s*=\s*"?(?:[^";]*\s)?next(?:\s[^";]*)?"?\s*(?:;|$)/i.test(m[2])) return m[1];
    }
  }
  return null;
}

function jsonNext(body: string): string | null {
  const start = body.trimStart();
  if (!start.startsWith('{')) return null;
  try {
    const doc = JSON.parse(start) as Record<string, unknown>;
    const data = doc.data && typeof doc.data === 'object' ? (doc.data as Record<string, unknown>) : null;
    for (const candidate of [data?.next_page, doc.next_page, doc.next]) {
      if (typeof candidate === 'string' && candidate.trim() !== '') return candidate.trim();
    }
  } catch {
    // Not JSON after all: the ingest reports that; there is no link to follow.
  }
  return null;
}
