export const HOUR_MS = 3_600_000;

/** Start of the hour bucket that `t` falls in. */
export function bucketStart(t: number): number {
  return t - (t % HOUR_MS);
}

/**
 * Time-decayed popularity: each bucket's views count half as much per
 * half-life of age, measured from the bucket's middle. A story read by 500
 * people this hour beats one read by 2,000 yesterday.
 */
export function decayedScore(buckets: readonly { bucketStart: number; views: number }[], now: number, halfLifeHours: number): number {
  const halfLife = halfLifeHours * HOUR_MS;
  let score = 0;
  for (const b of buckets) {
    const age = Math.max(0, now - (b.bucketStart + HOUR_MS / 2));
    score += b.views * Math.pow(0.5, age / halfLife);
  }
  return score;
}

/** Requests from crawlers, monitors and previewers are not readers. */
const BOT_PATTERN =
  /bot|crawl|spider|slurp|facebookexternalhit|embedly|preview|monitor|curl|wget|python-requests|httpclient|headless|lighthouse|pingdom|uptime|feedfetcher|axios|node-fetch|go-http-client|java\//i;

export function isBot(userAgent: string | undefined): boolean {
  return !userAgent || BOT_PATTERN.test(userAgent);
}
