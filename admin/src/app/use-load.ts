import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { messageOf } from '../api/http.ts';

export interface Loaded<T> {
  readonly value: T | undefined;
  readonly error: string | null;
  readonly loading: boolean;
  /** Loads again (after a change), keeping what is shown until the new answer arrives. */
  readonly reload: () => void;
  readonly set: (value: T) => void;
}

/** Loads `fn` whenever `deps` change; an answer that arrives after a newer request started is dropped. */
export function useLoad<T>(fn: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [value, setValue] = useState<T | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [round, setRound] = useState(0);
  const latest = useRef(fn);
  latest.current = fn;

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    latest
      .current(controller.signal)
      .then((v) => {
        if (controller.signal.aborted) return;
        setValue(v);
        setError(null);
      })
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setError(messageOf(e));
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
  }, [...deps, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { value, error, loading, reload, set: setValue };
}
