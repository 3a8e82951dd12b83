/** Somewhere outside the process that keeps copies of pages and drops them by surrogate key. */
export interface PurgeTarget {
  /** For logs: what this is and where, without secrets. */
  readonly name: string;
  /** Most keys one request may carry. */
  readonly maxKeysPerRequest: number;
  /** Resolves when the target confirmed the purge; rejects otherwise. */
  purge(keys: readonly string[]): Promise<void>;
}
