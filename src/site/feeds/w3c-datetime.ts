/**
 * W3C datetime (the RFC 3339 profile sitemaps, Atom and JSON Feed use) in UTC
 * with an explicit `+00:00` offset and whole seconds, whatever the process
 * time zone: `2024-05-01T14:30:00+00:00`.
 */
export function w3cDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, '+00:00');
}
