import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const DATELINE = fileURLToPath(new URL('../bin/dateline.mjs', import.meta.url));

/** A program serving HTTP in a process of its own, for the load generator to measure from outside. */
export interface ServerProcess {
  readonly name: string;
  readonly pid: number;
  readonly baseUrl: string;
  stop(): Promise<void>;
}

/** Starts a program and waits until `readyPath` answers 200; fails with its output if it exits or never answers. */
export async function startProcess(
  name: string,
  command: readonly string[],
  options: { env?: NodeJS.ProcessEnv; port: number; readyPath: string; timeoutMs?: number },
): Promise<ServerProcess> {
  const child: ChildProcess = spawn(command[0], command.slice(1), { env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (d: Buffer) => {
    output = (output + d.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${name} exited before serving:\n${output}`);
    const ok = await fetch(baseUrl + options.readyPath).then((r) => r.status === 200, () => false);
    if (ok) break;
    if (Date.now() > deadline) {
      // SIGTERM, so a master process (nginx) takes its workers down with it.
      child.kill('SIGTERM');
      throw new Error(`${name} did not answer ${options.readyPath} in time:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    name,
    pid: child.pid as number,
    baseUrl,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(killer);
    },
  };
}

/** `dateline serve` on `port`, as an operator would run it, with the page cache at its defaults. */
export function startDateline(options: { port: number; env: NodeJS.ProcessEnv; prefix: readonly string[]; name?: string }): Promise<ServerProcess> {
  const env = { ...process.env, LOG_LEVEL: 'warn', DATELINE_DEMO: 'false', HOST: '127.0.0.1', PORT: String(options.port), ...options.env };
  return startProcess(options.name ?? 'dateline', [...options.prefix, process.execPath, DATELINE, 'serve'], { env, port: options.port, readyPath: '/healthz' });
}
