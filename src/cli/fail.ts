import { isDatelineError } from '../errors.ts';

/** A command's failure is one line on stderr and a non-zero exit, never a stack trace. */
export function fail(error: unknown): never {
  const message = isDatelineError(error) ? error.message : error instanceof Error ? error.message : String(error);
  process.stderr.write(`dateline: ${message}\n`);
  if (process.env.DATELINE_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exit(isDatelineError(error) && error.code === 'config' ? 2 : 1);
}
