import { readdirSync, readFileSync } from 'node:fs';

/** Resident memory of a process in MB, from /proc; null where there is no /proc or the process is gone. */
export function residentMb(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(status);
    return kb ? Math.round(Number(kb[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** Fields of /proc/PID/stat after the command name: state is [0], ppid [1], utime [11], stime [12]. */
function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
  } catch {
    return null;
  }
}

/** Clock ticks per second as the kernel reports CPU times in /proc; 100 on Linux. */
const TICKS_PER_SECOND = 100;

/**
 * CPU time (user + system) spent so far by a process and its direct
 * children (nginx's workers), in ms; null without /proc. CPU per request
 * stays comparable when other work on the machine steals cores, where
 * requests per second do not.
 */
export function cpuMs(pid: number): number | null {
  const own = statFields(pid);
  if (own === null) return null;
  let ticks = Number(own[11]) + Number(own[12]);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === pid) continue;
    const f = statFields(Number(entry));
    if (f !== null && Number(f[1]) === pid) ticks += Number(f[11]) + Number(f[12]);
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** Samples a process's resident memory while a measurement runs, keeping the peak. */
export class MemoryWatch {
  private peakMb = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly pid: number, everyMs = 200) {
    this.timer = setInterval(() => this.sample(), everyMs);
    this.timer.unref();
    this.sample();
  }

  sample(): number | null {
    const mb = residentMb(this.pid);
    if (mb !== null && mb > this.peakMb) this.peakMb = mb;
    return mb;
  }

  get peak(): number {
    return this.peakMb;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
