/**
 * The most recent purges, numbered. A render takes a ticket when it starts;
 * if a purge of one of its keys lands before it is stored, the page was made
 * from data read before the change and must not be kept.
 */
export class PurgeLog {
  private seq = 0;
  /** Oldest first; `keys` null means everything was dropped. */
  private readonly entries: { readonly seq: number; readonly keys: ReadonlySet<string> | null }[] = [];

  constructor(private readonly capacity = 1024) {}

  ticket(): number {
    return this.seq;
  }

  record(keys: Iterable<string> | null): void {
    this.seq += 1;
    this.entries.push({ seq: this.seq, keys: keys === null ? null : new Set(keys) });
    if (this.entries.length > this.capacity) this.entries.shift();
  }

  /** Whether a page rendered since `ticket`, showing `keys`, may still be stored. */
  allows(ticket: number, keys: readonly string[]): boolean {
    if (ticket === this.seq) return true;
    // Purges between the ticket and now were forgotten: they may have touched these keys.
    if (this.entries.length === 0 || this.entries[0].seq > ticket + 1) return false;
    for (let i = this.entries.length - 1; i >= 0 && this.entries[i].seq > ticket; i--) {
      const purged = this.entries[i].keys;
      if (purged === null) return false;
      for (const key of keys) if (purged.has(key)) return false;
    }
    return true;
  }
}
