import type { WireAction } from '../../domain/wire-lifecycle.ts';

/** What became of one item. */
export interface WireIngestResult {
  /** Provider key, when the item got far enough to have one. */
  readonly provider: string | null;
  readonly guid: string | null;
  readonly version: number | null;
  readonly action: WireAction;
  /** The story's public path, when it has a place on the public site. */
  readonly url: string | null;
  /** Why the item was rejected; only on `rejected`. */
  readonly error?: string;
  /** What went wrong short of a rejection: a picture not fetched, an embargo alert, lenient parsing. */
  readonly problems: readonly string[];
  /**
   * A failure of ours (the store was unavailable), not of the item: the
   * same delivery may succeed later. Drop folders leave such files in place.
   */
  readonly retryable?: boolean;
}

/** The `dateline ingest --json` line: exactly these keys, `error` only on a rejection. */
export function contractLine(r: WireIngestResult): Record<string, unknown> {
  const line: Record<string, unknown> = { guid: r.guid, version: r.version, action: r.action, url: r.url };
  if (r.action === 'rejected') line.error = r.error ?? 'rejected';
  return line;
}

export function rejectedResult(
  error: string,
  ids: { provider?: string | null; guid?: string | null; version?: number | null } = {},
  retryable = false,
): WireIngestResult {
  return Object.freeze({
    provider: ids.provider ?? null, guid: ids.guid ?? null, version: ids.version ?? null, action: 'rejected', url: null, error, problems: [],
    ...(retryable ? { retryable } : {}),
  });
}
