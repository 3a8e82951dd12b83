/**
 * A session ends after 12 hours without use, and after 7 days however busy:
 * a shift's worth of idleness, a week's worth of trust.
 */
export const SESSION_POLICY = Object.freeze({
  idleMs: 12 * 3_600_000,
  absoluteMs: 7 * 24 * 3_600_000,
  /** Recording every request would be a write per click; once a minute is close enough. */
  touchEveryMs: 60_000,
});
