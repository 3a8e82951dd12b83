/**
 * Renders in progress, by URL. The first request for a cold page leads;
 * the others that arrive while it renders wait for it and are then answered
 * from the cache, so a spike renders the page once.
 */
export class RenderFlights {
  private readonly flights = new Map<string, Promise<void>>();

  has(url: string): boolean {
    return this.flights.has(url);
  }

  /** Resolves when the render of `url` in progress ends, or undefined when none is. */
  wait(url: string): Promise<void> | undefined {
    return this.flights.get(url);
  }

  /** Starts a flight for `url`; the returned function ends it and may be called more than once. */
  lead(url: string): () => void {
    let settle!: () => void;
    const flight = new Promise<void>((resolve) => {
      settle = resolve;
    });
    this.flights.set(url, flight);
    let done = false;
    return () => {
      if (done) return;
      done = true;
      if (this.flights.get(url) === flight) this.flights.delete(url);
      settle();
    };
  }

  get size(): number {
    return this.flights.size;
  }
}
