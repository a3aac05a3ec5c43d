import { readFileSync } from 'node:fs';

/** Samples a process's resident set size from /proc and remembers the peak. */
export class RssSampler {
  peakBytes = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly pid: number) {
    this.timer = setInterval(() => this.sample(), 100);
  }

  sample(): void {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${this.pid}/status`, 'utf8'));
      if (match?.[1]) this.peakBytes = Math.max(this.peakBytes, Number(match[1]) * 1024);
    } catch {
      // the process is gone
    }
  }

  stop(): number {
    clearInterval(this.timer);
    return this.peakBytes;
  }
}
