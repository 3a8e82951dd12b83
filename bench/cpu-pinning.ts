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
}

export function planCpus(wanted: boolean, cpus: number): CpuPlan {
  if (!wanted) return { pinned: false, serverPrefix: [], note: 'not pinned' };
  if (cpus < 2) return { pinned: false, serverPrefix: [], note: 'not pinned (one core)' };
  if (spawnSync('taskset', ['-V']).error) return { pinned: false, serverPrefix: [], note: 'not pinned (no taskset)' };
  const self = spawnSync('taskset', ['-a', '-c', '-p', '0', String(process.pid)]);
  if (self.status !== 0) return { pinned: false, serverPrefix: [], note: 'not pinned (taskset refused)' };
  return { pinned: true, serverPrefix: ['taskset', '-c', '1'], note: 'server on core 1, load generator on core 0' };
}
