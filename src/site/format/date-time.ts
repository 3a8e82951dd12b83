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

export function formatDateTime(date: Date, zone: DateZone, style: DateStyle = 'date-time'): string {
  return formatter(zone.locale, zone.timeZone, style).format(date);
}
