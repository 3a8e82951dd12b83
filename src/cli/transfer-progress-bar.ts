import { Presets, SingleBar } from 'cli-progress';
import type { TransferProgress } from '../transfer/transfer-progress.ts';

/** Runs an export or import with a progress bar on stderr (when it is a terminal), stopped however the run ends. */
export async function withTransferProgress<T>(run: (onProgress: TransferProgress | undefined) => Promise<T>): Promise<T> {
  const bar = transferProgressBar();
  try {
    return await run(bar?.onProgress);
  } finally {
    bar?.stop();
  }
}

/** A progress bar on stderr that follows an export or import kind by kind; null when stderr is not a terminal. */
function transferProgressBar(): { readonly onProgress: TransferProgress; stop(): void } | null {
  if (!process.stderr.isTTY) return null;
  const bar = new SingleBar(
    { stream: process.stderr, clearOnComplete: true, hideCursor: true, format: ' {kind} {bar} {value}/{total}' },
    Presets.shades_classic,
  );
  let current: string | null = null;
  return {
    onProgress(kind, done, total) {
      if (kind !== current) {
        if (current === null) bar.start(total, done, { kind });
        else {
          bar.setTotal(total);
          bar.update(done, { kind });
        }
        current = kind;
      } else {
        bar.update(done);
      }
    },
    stop: () => bar.stop(),
  };
}
