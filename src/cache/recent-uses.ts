/**
 * How often each URL was asked for lately, for the page cache's admission:
 * the counts of about the last `window` distinct URLs, kept in two
 * generations. When the current generation is full it becomes the previous
 * one and the oldest is dropped, so memory stays bounded whatever a crawler
 * walks through, and a URL readers keep asking for is always remembered.
 */
export class RecentUses {
  private current = new Map<string, number>();
  private previous = new Map<string, number>();

  constructor(private readonly window: number) {
    if (!Number.isInteger(window) || window < 2) throw new RangeError(`window must be a whole number of at least 2, got ${window}`);
  }

  /** Counts one more request for `url`; returns how many there were lately, this one included. */
  count(url: string): number {
    const uses = (this.current.get(url) ?? this.previous.get(url) ?? 0) + 1;
    if (!this.current.has(url) && this.current.size >= this.window / 2) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(url, uses);
    return uses;
  }
}
