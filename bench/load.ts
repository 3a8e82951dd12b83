import autocannon from 'autocannon';
import { cpuMs } from './process-stats.ts';

export interface LoadResult {
  readonly requestsPerSecond: number;
  /** Milliseconds. */
  readonly p50: number;
  readonly p99: number;
  readonly requests: number;
  /** Server CPU time per request in µs (null without /proc): the measure other load on the machine disturbs least. */
  readonly serverCpuUs: number | null;
  /** Non-2xx answers, connection errors and timeouts: a run with any is not a clean measurement. */
  readonly failures: number;
}

export interface LoadOptions {
  readonly url: string;
  readonly connections: number;
  readonly seconds: number;
  /** Called for each request to pick its path; a fixed path when absent. */
  readonly nextPath?: () => string;
  /** The server's process, to charge its CPU time to the requests. */
  readonly serverPid?: number;
}

/** Drives one server with autocannon, with keep-alive connections, as readers' browsers and a CDN would. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const cpuBefore = options.serverPid === undefined ? null : cpuMs(options.serverPid);
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    timeout: 10,
    requests: options.nextPath
      ? [{ setupRequest: (req) => ({ ...req, path: (options.nextPath as () => string)() }) }]
      : undefined,
  });
  const cpuAfter = options.serverPid === undefined ? null : cpuMs(options.serverPid);
  const serverCpuUs = cpuBefore === null || cpuAfter === null || result.requests.total === 0 ? null : Math.round(((cpuAfter - cpuBefore) * 1000) / result.requests.total);
  return {
    serverCpuUs,
    requestsPerSecond: Math.round(result.requests.total / result.duration),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}
