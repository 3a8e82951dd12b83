import { WireItemError } from './wire-item-error.ts';

/** A wire timestamp as read, before any rule decides what a missing zone means. */
export type WireTime =
  | { readonly kind: 'absent' }
  | { readonly kind: 'invalid'; readonly raw: string }
  | { readonly kind: 'time'; readonly date: Date; readonly zoned: boolean };

// ISO 8601 in extended form with the leniency real feeds need: a space for
// "T", offsets written "+0100" or "+01", and "," as the decimal sign.
const EXTENDED =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
// Basic form, as NITF `norm` attributes write it: 20190703T040512Z. Same groups as EXTENDED.
const BASIC = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(?:(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|[+-]\d{2}(?:\d{2})?)?$/i;

/** Reads a timestamp; surrounding whitespace is ignored. Empty strings and null are absent. */
export function readWireTime(raw: unknown): WireTime {
  if (raw === null || raw === undefined) return { kind: 'absent' };
  if (typeof raw !== 'string') return { kind: 'invalid', raw: String(raw) };
  const text = raw.trim();
  if (text === '') return { kind: 'absent' };
  const m = EXTENDED.exec(text) ?? BASIC.exec(text);
  if (!m) return { kind: 'invalid', raw: text };
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone] = m;
  const offset = zone === undefined ? 0 : zoneOffsetMinutes(zone);
  const fields = [Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s)] as const;
  if (offset === null || !validFields(...fields)) return { kind: 'invalid', raw: text };
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years below 100 as 19xx.
  date.setUTCFullYear(fields[0], fields[1] - 1, fields[2]);
  date.setUTCHours(fields[3], fields[4] - offset, fields[5], Number(fraction.padEnd(3, '0').slice(0, 3)));
  return { kind: 'time', date, zoned: zone !== undefined };
}

/**
 * Embargo and expiry decide when a story may be seen, so a value we cannot
 * place exactly rejects the item: an unparseable time, or one without a zone
 * (never guess one).
 */
export function strictWireTime(raw: unknown, field: string): Date | null {
  const t = readWireTime(raw);
  if (t.kind === 'absent') return null;
  if (t.kind === 'invalid') throw new WireItemError(`${field} "${t.raw}" is not a valid date-time`);
  if (!t.zoned) throw new WireItemError(`${field} "${String(raw).trim()}" has no time zone; refusing to guess one`);
  return t.date;
}

/** Any other time: zone-less values are taken as UTC and unreadable ones dropped, each with a warning. */
export function lenientWireTime(raw: unknown, field: string, warnings: string[]): Date | null {
  const t = readWireTime(raw);
  if (t.kind === 'absent') return null;
  if (t.kind === 'invalid') {
    warnings.push(`${field} "${t.raw}" is not a valid date-time; ignored`);
    return null;
  }
  if (!t.zoned) warnings.push(`${field} "${String(raw).trim()}" has no time zone; assumed UTC`);
  return t.date;
}

function zoneOffsetMinutes(zone: string): number | null {
  if (zone.toUpperCase() === 'Z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  if (hours > 23 || minutes > 59) return null;
  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}

function validFields(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return false;
  const lastDay = new Date(0);
  lastDay.setUTCFullYear(y, mo, 0);
  const daysInMonth = lastDay.getUTCDate();
  return d <= daysInMonth;
}
