import autocannon from 'autocannon';

export interface LoadResult {
  readonly requestsPerSecond: number;
  /** Milliseconds. */
  readonly p50: number;
  readonly p99: number;
  readonly requests: number;
  /** Non-2xx answers, connection errors and timeouts: a run with any is not a clean measurement. */
  readonly failures: number;
}

export interface LoadOptions {
  readonly url: string;
  readonly connections: number;
  readonly seconds: number;
  /** Called for each request to pick its path; a fixed path when absent. */
  readonly nextPath?: () => string;
}

/** Drives one server with autocannon, with keep-alive connections, as readers' browsers and a CDN would. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    timeout: 10,
    requests: options.nextPath
      ? [{ setupRequest: (req) => ({ ...req, path: (options.nextPath as () => string)() }) }]
      : undefined,
  });
  return {
    requestsPerSecond: Math.round(result.requests.total / result.duration),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}
