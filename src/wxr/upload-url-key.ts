/**
 * One key for every URL of an uploaded file: scheme, `www.`, query and
 * WordPress's size variants (`photo-300x200.jpg`, `photo-scaled.jpg`) aside,
 * so an inline thumbnail finds the attachment it was cut from.
 */
export function uploadUrlKey(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    path = parsed.pathname;
  }
  path = path.replace(/-(?:\d{1,5}x\d{1,5}|scaled)(?=\.[A-Za-z0-9]{2,5}$)/, '');
  return `${parsed.hostname.toLowerCase().replace(/^www\./, '')}${path}`;
}
