import { HOUR_MS } from '../domain/trending-score.ts';
import type { Executor } from '../store/database.ts';
import { viewsPerBucket } from '../store/repositories/page-view-repository.ts';

export interface DayViews {
  /** The calendar day in the site's time zone, YYYY-MM-DD. */
  readonly date: string;
  readonly views: number;
}

const dayIn = (timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The `n` calendar days ending today, oldest first, computed on dates so a daylight-saving change cannot skip or repeat one. */
function lastDays(today: string, n: number): string[] {
  const [y, m, d] = today.split('-').map(Number);
  return Array.from({ length: n }, (_, i) => new Date(Date.UTC(y, m - 1, d - (n - 1 - i))).toISOString().slice(0, 10));
}

/**
 * Page views per calendar day in the site's time zone, for the last `days`
 * days including today, with zero for days nobody read anything. Views are
 * kept per hour, so each hour is given to the day it starts in.
 */
export async function dailyViews(db: Executor, now: Date, timeZone: string, days = 7): Promise<DayViews[]> {
  const format = dayIn(timeZone);
  const dates = lastDays(format.format(now), days);
  // One extra day covers any time-zone offset; hours outside the window are dropped below.
  const rows = await viewsPerBucket(db, now.getTime() - (days + 1) * 24 * HOUR_MS);
  const totals = new Map(dates.map((d) => [d, 0]));
  for (const r of rows) {
    const date = format.format(new Date(Number(r.bucket_start)));
    if (totals.has(date)) totals.set(date, totals.get(date)! + Number(r.views));
  }
  return dates.map((date) => ({ date, views: totals.get(date)! }));
}
