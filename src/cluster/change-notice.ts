import { createHash } from 'node:crypto';
import type { ChangeEvent, ChangeKind } from '../events/change-event.ts';

/** A change as it travels between nodes in one NOTIFY payload. */
export interface ChangeNotice {
  /** The node that made the change; it ignores its own notices. */
  readonly node: string;
  readonly kind: ChangeKind;
  readonly id: number | null;
  readonly keys: readonly string[];
  /** Epoch ms. */
  readonly at: number;
}

/** PostgreSQL refuses payloads of 8000 bytes or more; keep clear of it. */
const MAX_PAYLOAD_BYTES = 7500;
const MAX_CHANNEL_BYTES = 63;

/**
 * The channel of one Dateline store. Stores in different schemas of one
 * database share its notifications, so the schema is part of the name.
 */
export function changeChannel(schema: string): string {
  const plain = `dateline_changes_${schema}`;
  if (Buffer.byteLength(plain) <= MAX_CHANNEL_BYTES) return plain;
  return `dateline_changes_${createHash('sha256').update(schema).digest('hex').slice(0, 32)}`;
}

/** The notices for one change: one, or several when its keys do not fit one payload. */
export function encodeNotices(node: string, event: ChangeEvent): string[] {
  const base = { n: node, k: event.kind, i: event.id, t: event.at.getTime() };
  const fixed = Buffer.byteLength(JSON.stringify({ ...base, s: [] }));
  const out: string[] = [];
  let batch: string[] = [];
  let size = fixed;
  for (const key of event.keys) {
    const cost = Buffer.byteLength(JSON.stringify(key)) + 1;
    if (batch.length > 0 && size + cost > MAX_PAYLOAD_BYTES) {
      out.push(JSON.stringify({ ...base, s: batch }));
      batch = [];
      size = fixed;
    }
    batch.push(key);
    size += cost;
  }
  out.push(JSON.stringify({ ...base, s: batch }));
  return out;
}

/** Reads a payload; null for anything that is not a well-formed notice. */
export function decodeNotice(payload: string | undefined): ChangeNotice | null {
  if (payload === undefined) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(payload);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const { n, k, i, s, t } = raw as Record<string, unknown>;
  if (typeof n !== 'string' || typeof k !== 'string' || !/^[a-z]+\.[a-z]+$/.test(k)) return null;
  if (i !== null && !Number.isInteger(i)) return null;
  if (!Array.isArray(s) || !s.every((key) => typeof key === 'string')) return null;
  if (typeof t !== 'number' || !Number.isFinite(t)) return null;
  return { node: n, kind: k as ChangeKind, id: i as number | null, keys: s as string[], at: t };
}
