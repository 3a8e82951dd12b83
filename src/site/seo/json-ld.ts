/** A schema.org node as plain JSON data. */
export type JsonLd = { readonly [key: string]: JsonLdValue };
export type JsonLdValue = string | number | boolean | null | JsonLd | readonly JsonLdValue[];

/** Drops keys whose value is null, so optional facts are left out rather than sent empty. */
export function compact(node: { readonly [key: string]: JsonLdValue | undefined }): JsonLd {
  const out: { [key: string]: JsonLdValue } = {};
  for (const [key, value] of Object.entries(node)) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = value;
  }
  return out;
}
