/** One place in a curated list, as editors arrange it. */
export interface ListSlot {
  readonly articleId: number;
  readonly pinned: boolean;
  readonly expiresAt: Date | null;
}

/**
 * Adds a story at the top of a list. Pinned entries keep their positions;
 * the unpinned ones shift down around them. A story already in the list
 * moves rather than appearing twice.
 */
export function addAtTop(slots: readonly ListSlot[], added: ListSlot): ListSlot[] {
  const rest = slots.filter((s) => s.articleId !== added.articleId);
  if (added.pinned) return [added, ...rest];
  const out: (ListSlot | null)[] = rest.map((s) => (s.pinned ? s : null));
  const flowing = [added, ...rest.filter((s) => !s.pinned)];
  for (let i = 0; i < out.length && flowing.length > 0; i++) if (out[i] === null) out[i] = flowing.shift()!;
  return [...out.filter((s): s is ListSlot => s !== null), ...flowing];
}

/** Moves one story to `position` (0-based, clamped); every other entry keeps its relative order. */
export function moveTo(slots: readonly ListSlot[], articleId: number, position: number): ListSlot[] {
  const moving = slots.find((s) => s.articleId === articleId);
  if (!moving) return [...slots];
  const rest = slots.filter((s) => s.articleId !== articleId);
  const at = Math.max(0, Math.min(rest.length, Math.trunc(position)));
  return [...rest.slice(0, at), moving, ...rest.slice(at)];
}
