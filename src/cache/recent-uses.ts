/**
 * How often each URL was asked for lately, for the page cache's admission:
 * the counts of about the last `window` distinct URLs, kept in two
 * generations. When the current generation is full it becomes the previous
 * one and the oldest is dropped, so memory stays bounded whatever a crawler
 * walks through, and a URL readers keep asking for is always remembered.
 * URLs are counted by a 32-bit hash, so that long or made-up URLs cost no
 * more than short ones; two URLs sharing a hash only mean a page kept one
 * request early.
 */
export class RecentUses {
  private current = new Map<number, number>();
  private previous = new Map<number, number>();

  constructor(private readonly window: number) {
    if (!Number.isInteger(window) || window < 2) throw new RangeError(`window must be a whole number of at least 2, got ${window}`);
  }

  /** Counts one more request for `url`; returns how many there were lately, this one included. */
  count(url: string): number {
    const key = fnv1a(url);
    const uses = (this.current.get(key) ?? this.previous.get(key) ?? 0) + 1;
    if (!this.current.has(key) && this.current.size >= this.window / 2) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, uses);
    return uses;
  }
}

/** FNV-1a over the UTF-16 code units: fast, and spread well enough for counting. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
