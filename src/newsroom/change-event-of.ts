import type { ChangeEvent, ChangeKind } from '../events/change-event.ts';

export function changeEventOf(kind: ChangeKind, id: number | null, keys: Iterable<string>, at: Date): ChangeEvent {
  return Object.freeze({ kind, id, keys: Object.freeze([...new Set(keys)]), at });
}
