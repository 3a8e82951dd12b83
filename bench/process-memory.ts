import { readFileSync } from 'node:fs';

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
