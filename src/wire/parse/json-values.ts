/** Readers for untrusted JSON: each returns null instead of trusting a shape. */

export type JsonRecord = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asRecord(value: unknown): JsonRecord | null {
  return isRecord(value) ? value : null;
}

export function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Strings as given, numbers as their decimal text; anything else is absent. */
export function asString(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** A non-negative integer from a number or a string of digits ("10" > "9" once parsed). */
export function asCount(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : null;
  if (typeof value === 'string' && /^\s*\d{1,15}\s*$/.test(value)) return Number.parseInt(value, 10);
  return null;
}

/** A string or an array of strings (AP sends `usageterms` as an array, ninjs as a string). */
export function stringList(value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value];
  return values.map(asString).filter((v): v is string => v !== null);
}
