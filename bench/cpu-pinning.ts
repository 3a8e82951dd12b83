import { spawnSync } from 'node:child_process';

/**
 * On a small machine the load generator and the server fight for the same
 * cores, and the numbers swing from run to run. Pinning each to a core of
 * its own (taskset) makes runs comparable: the server under test, Dateline
 * or the static reference alike, gets one core, the load generator another.
 */
export interface CpuPlan {
  readonly pinned: boolean;
  /** Command prefix for server processes, e.g. ['taskset', '-c', '1']. */
  readonly serverPrefix: readonly string[];
  readonly note: string;
  /**
   * Gives this process every core again, for the parts measured in process
   * (renditions, ingest, search): their worker threads would otherwise
   * share the load generator's one core.
   */
  release(): void;
}

export function planCpus(wanted: boolean, cpus: number): CpuPlan {
  const unpinned = (note: string): CpuPlan => ({ pinned: false, serverPrefix: [], note, release: () => {} });
  if (!wanted) return unpinned('not pinned');
  if (cpus < 2) return unpinned('not pinned (one core)');
  if (spawnSync('taskset', ['-V']).error) return unpinned('not pinned (no taskset)');
  const self = spawnSync('taskset', ['-a', '-c', '-p', '0', String(process.pid)]);
  if (self.status !== 0) return unpinned('not pinned (taskset refused)');
  return {
    pinned: true,
    serverPrefix: ['taskset', '-c', '1'],
    note: 'server on core 1, load generator on core 0 (renditions, ingest and search measured on all cores)',
    release: () => void spawnSync('taskset', ['-a', '-c', '-p', `0-${cpus - 1}`, String(process.pid)]),
  };
}
