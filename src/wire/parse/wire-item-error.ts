import type { WireParseResult } from '../wire-item.ts';

/**
 * Why one item (or a whole document) cannot be ingested. Thrown inside the
 * parsers and turned into a rejected result at the item boundary, so one bad
 * item never hides the good ones beside it.
 */
export class WireItemError extends Error {
  constructor(
    message: string,
    readonly guid: string | null = null,
    readonly version: number | null = null,
  ) {
    super(message);
    this.name = 'WireItemError';
  }
}

export function rejected(error: string, guid: string | null = null, version: number | null = null): WireParseResult {
  return { ok: false, guid, version, error };
}

/** Runs one item's parser; a WireItemError becomes that item's rejection, anything else propagates. */
export function rejectOnError(
  parse: () => WireParseResult,
  guid: string | null,
  version: number | null,
): WireParseResult {
  try {
    return parse();
  } catch (error) {
    if (error instanceof WireItemError) return rejected(error.message, error.guid ?? guid, error.version ?? version);
    throw error;
  }
}
