import { fail } from './fail.ts';

/** Runs a command's work; any failure becomes one line on stderr and a non-zero exit. */
export async function runCommand(work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (e) {
    fail(e);
  }
}
