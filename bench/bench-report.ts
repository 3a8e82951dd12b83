import type { IngestBenchResult } from './ingest-bench.ts';
import type { SearchBenchResult } from './search-bench.ts';

/** What `npm run bench` writes as JSON; the README's table is made from it. */
export interface BenchReport {
  readonly at: string;
  readonly articles: number;
  readonly storeGeneratedSeconds: number | null;
  readonly scenarios: readonly Scenario[];
  readonly memory: { readonly peakMb: number; readonly endMb: number | null };
  readonly publishToVisible: {
    readonly nodes: number;
    readonly storeArticles: number;
    readonly runsMs: readonly number[];
    readonly medianMs: number | null;
    readonly maxMs: number | null;
    readonly perNodeMaxMs: Readonly<Record<string, number>>;
    /** Why it was not measured, when it was not. */
    readonly skipped: string | null;
  };
  readonly renditions: { readonly perSecond: number | null; readonly detail: unknown; readonly skipped: string | null };
  /** Wire ingest of generated ninjs items on SQLite, first and repeated. */
  readonly ingest: IngestBenchResult | { readonly skipped: string };
  /** Search query latency over the generated corpus. */
  readonly search: SearchBenchResult | { readonly skipped: string };
  readonly targets: readonly Target[];
  readonly environment: {
    readonly node: string;
    readonly cpus: number;
    readonly cpuNote: string;
    readonly staticServer: string;
    readonly connections: number;
    readonly seconds: number;
    readonly rounds: number;
    readonly loadAverageAtStart: readonly number[];
  };
}

export interface Scenario {
  readonly name: string;
  readonly path: string;
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  /** Server CPU time per request, µs: steadier than requests/s when other work shares the machine. */
  readonly serverCpuUs: number | null;
  readonly requests: number;
  readonly failures: number;
  /** Requests/s against the static server's for the same bytes, when compared. */
  readonly vsStatic: number | null;
  /** Every round, when it was run more than once. */
  readonly rounds?: readonly number[];
}

export interface Target {
  readonly name: string;
  readonly wanted: string;
  readonly measured: string;
  readonly met: boolean | null;
}
