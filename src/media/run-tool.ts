import { spawn } from 'node:child_process';
import { MediaError } from './media-error.ts';

export interface ToolResult {
  readonly exitCode: number;
  readonly stdout: Buffer;
  /** The tail of stderr, for error messages. */
  readonly stderr: string;
}

export interface RunToolOptions {
  readonly timeoutMs: number;
  /** Output past this is a failure, so a hostile file cannot make a tool fill memory. */
  readonly maxStdoutBytes: number;
}

const STDERR_TAIL = 4096;

/**
 * Runs an external program with arguments as an array (no shell, so file
 * names cannot inject anything), bounded in time and output. A program that
 * is not installed is `ffmpeg-missing`; one that overruns is `timeout`.
 */
export function runTool(command: string, args: readonly string[], options: RunToolOptions): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stdoutBytes = 0;
    let stderr = '';
    let failure: MediaError | null = null;

    const stop = (error: MediaError) => {
      failure ??= error;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => stop(new MediaError('timeout', `${command} ran longer than ${options.timeoutMs} ms`)), options.timeoutMs);

    child.stdout.on('data', (chunk: Buffer) => {
      stdoutBytes += chunk.length;
      if (stdoutBytes > options.maxStdoutBytes) stop(new MediaError('too-large', `${command} wrote more than ${options.maxStdoutBytes} bytes`));
      else chunks.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_TAIL);
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      if (error.code === 'ENOENT') reject(new MediaError('ffmpeg-missing', `${command} is not installed`, { cause: error }));
      else reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (failure) reject(failure);
      else resolve({ exitCode: code ?? -1, stdout: Buffer.concat(chunks), stderr: stderr.trim() });
    });
  });
}
