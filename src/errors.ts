/**
 * The one catalogue of failures a caller can act on. Services throw these;
 * `http/` maps codes to statuses once and the CLI prints the message as one
 * line. Anything else is a bug: logged in full, shown as a generic error.
 */
export const ERROR_CODES = {
  'invalid-input': 'The request or file is malformed or breaks a rule.',
  'not-found': 'No such record, or it is not visible to the caller.',
  gone: 'The record was removed for good (a killed story).',
  conflict: 'The change collides with existing data or a newer edit.',
  unauthorized: 'No valid credentials were given.',
  forbidden: 'The caller may not do this.',
  'too-large': 'The input exceeds a size limit.',
  'rate-limited': 'Too many attempts; try again later.',
  'unsupported-media': 'The file is not of a kind Dateline accepts.',
  'store-unavailable': 'The database could not be reached or used.',
  'store-too-new': 'The database was made by a newer version of Dateline.',
  config: 'A setting is missing or invalid.',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class DatelineError extends Error {
  readonly code: ErrorCode;
  /** Safe, structured details a client may see (field names, limits). */
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; details?: Record<string, unknown> }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DatelineError';
    this.code = code;
    this.details = options?.details ? Object.freeze({ ...options.details }) : undefined;
  }
}

export function isDatelineError(e: unknown): e is DatelineError {
  return e instanceof DatelineError;
}
