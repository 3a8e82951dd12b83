/**
 * A URL that is safe to put in `href` or `src`: http(s) or a path on this
 * site. Escaping stops markup, not `javascript:` links, so any URL that did
 * not come from `urls` passes through here.
 */
export function safeUrl(url: string): string | null {
  const trimmed = url.trim();
  // `//host` and `/\host` are read by browsers as another site, so only a single leading slash counts as a path.
  if (/^\/(?![/\\])/.test(trimmed)) return /[\s\u0000-\u001f]/.test(trimmed) ? null : trimmed;
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
