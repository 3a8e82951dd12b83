/**
 * Reader-facing dates in the station's zone and locale. Formatters are
 * costly to build and pages format many dates, so one is kept per
 * locale, zone and style.
 */
export type DateStyle = 'date-time' | 'date' | 'year';

const OPTIONS: Readonly<Record<DateStyle, Intl.DateTimeFormatOptions>> = {
  // "May 5, 2020 at 3:42 PM CDT": the zone name matters to readers outside the market.
  'date-time': { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' },
  date: { year: 'numeric', month: 'long', day: 'numeric' },
  year: { year: 'numeric' },
};

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, timeZone: string, style: DateStyle): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${style}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...OPTIONS[style], timeZone });
    cache.set(key, f);
  }
  return f;
}

export interface DateZone {
  readonly locale: string;
  readonly timeZone: string;
}

/**
 * Formatted times by formatter: rails and cards show the same stories' times
 * on page after page, and formatting costs more than a look-up. Bounded, and
 * emptied when full.
 */
const formatted = new WeakMap<Intl.DateTimeFormat, Map<number, string>>();
const FORMATTED_MAX = 20_000;

export function formatDateTime(date: Date, zone: DateZone, style: DateStyle = 'date-time'): string {
  const f = formatter(zone.locale, zone.timeZone, style);
  const ms = date.getTime();
  let seen = formatted.get(f);
  if (!seen) formatted.set(f, (seen = new Map()));
  let text = seen.get(ms);
  if (text === undefined) {
    text = f.format(date);
    if (seen.size >= FORMATTED_MAX) seen.clear();
    seen.set(ms, text);
  }
  return text;
}
