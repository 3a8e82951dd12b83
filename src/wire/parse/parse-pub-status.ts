import type { WirePubStatus } from '../wire-item.ts';
import { WireItemError } from './wire-item-error.ts';

const STATUSES: ReadonlySet<string> = new Set(['usable', 'withheld', 'canceled']);

/**
 * Strict on status: absent means `usable` (the default in every format), an
 * unknown value rejects the item. Case and a scheme prefix (`stat:`, a NewsCodes
 * URI) are ignored; spelling is not ("cancelled" is not a status).
 */
export function parsePubStatus(raw: unknown, field = 'pubstatus'): WirePubStatus {
  if (raw === null || raw === undefined) return 'usable';
  const value = typeof raw === 'string' ? statusCode(raw) : '';
  if (STATUSES.has(value)) return value as WirePubStatus;
  throw new WireItemError(`${field} ${JSON.stringify(raw)} is not one of usable, withheld, canceled`);
}

/** The more restrictive of two statuses: a kill outranks a withhold, which outranks usable. */
export function stricterStatus(a: WirePubStatus, b: WirePubStatus): WirePubStatus {
  const rank = { usable: 0, withheld: 1, canceled: 2 } as const;
  return rank[a] >= rank[b] ? a : b;
}

/** "stat:usable", "http://cv.iptc.org/newscodes/pubstatusg2/usable", " Usable " → "usable". */
function statusCode(raw: string): string {
  return raw.trim().toLowerCase().split(/[:/]/).pop() ?? '';
}
