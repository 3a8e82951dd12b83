/** The lead of one render: see `RenderFlights.lead`. */
export interface FlightLead {
  /** Ends the flight and lets its waiters go; may be called more than once. */
  settle(): void;
  /** Whether another request waited for this render: a page several readers wanted at once. */
  readonly awaited: boolean;
}

interface Flight {
  readonly done: Promise<void>;
  waiters: number;
}

/**
 * Renders in progress, by URL. The first request for a cold page leads;
 * the others that arrive while it renders wait for it and are then answered
 * from the cache, so a spike renders the page once.
 */
export class RenderFlights {
  private readonly flights = new Map<string, Flight>();

  has(url: string): boolean {
    return this.flights.has(url);
  }

  /** Resolves when the render of `url` in progress ends, or undefined when none is. */
  wait(url: string): Promise<void> | undefined {
    const flight = this.flights.get(url);
    if (flight === undefined) return undefined;
    flight.waiters += 1;
    return flight.done;
  }

  /** Starts a flight for `url`, led by the caller. */
  lead(url: string): FlightLead {
    let resolve!: () => void;
    const flight: Flight = { done: new Promise<void>((r) => (resolve = r)), waiters: 0 };
    this.flights.set(url, flight);
    let ended = false;
    return {
      settle: () => {
        if (ended) return;
        ended = true;
        if (this.flights.get(url) === flight) this.flights.delete(url);
        resolve();
      },
      get awaited() {
        return flight.waiters > 0;
      },
    };
  }

  get size(): number {
    return this.flights.size;
  }
}
