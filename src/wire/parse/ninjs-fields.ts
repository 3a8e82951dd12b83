import type { WireRendition, WireSubject } from '../wire-item.ts';
import { asArray, asCount, asRecord, asString, isRecord, type JsonRecord } from './json-values.ts';
import { isMarkupType, wireBody, type WireBody } from './wire-body.ts';

/**
 * Field readers shared by ninjs 1.x/2.x/3.x and AP's ninjs-shaped JSON. Each
 * accepts both shapes of a field (1.x objects and pattern names, 2.x arrays),
 * because real feeds mix them. 3.x documents arrive here with lower-cased keys.
 */

export interface RoleValue {
  readonly role: string | null;
  readonly contentType: string | null;
  readonly value: string;
}

/** `headlines[]`, or 1.x `headline` and `headline_<role>`. */
export function headlinesOf(doc: JsonRecord): RoleValue[] {
  return [...singleAsRole(doc.headline, 'main'), ...patternFields(doc, 'headline'), ...roleArray(doc.headlines)];
}

/** `descriptions[]`, or 1.x `description_<role>` (`description_caption`, `description_text` ...). */
export function descriptionsOf(doc: JsonRecord): RoleValue[] {
  return [...patternFields(doc, 'description'), ...roleArray(doc.descriptions)];
}

/** `bodies[]`, or 1.x `body_<role>` (`body_html`, `body_xhtml`, `body_text` ...). */
export function bodiesOf(doc: JsonRecord): RoleValue[] {
  return [...patternFields(doc, 'body'), ...roleArray(doc.bodies)];
}

export function mainHeadline(headlines: readonly RoleValue[]): string | null {
  const candidates = headlines.filter((h) => !isSubRole(h.role));
  const main = candidates.find((h) => h.role?.toLowerCase() === 'main') ?? candidates.find((h) => h.role === null);
  return (main ?? candidates[0])?.value ?? null;
}

export function subHeadline(headlines: readonly RoleValue[]): string | null {
  return headlines.find((h) => isSubRole(h.role))?.value ?? null;
}

export function summaryOf(descriptions: readonly RoleValue[]): string | null {
  return descriptions.find((d) => /^(summary|teaser|abstract)$/i.test(d.role ?? ''))?.value ?? null;
}

/** The markup body if there is one (text/html, XHTML, TT's "richhtml5"), else the plain one. */
export function pickBody(bodies: readonly RoleValue[]): WireBody | null {
  const markup = bodies.find((b) => isMarkupType(b.contentType ?? b.role) && b.value.trim() !== '');
  if (markup) return wireBody(markup.value, 'text/html');
  // Other declared types (TT's private NITF dialect as application/xml) are not bodies we read.
  const plain = bodies.find((b) => (b.contentType === null || /^text\/plain/i.test(b.contentType)) && b.value.trim() !== '');
  return plain ? wireBody(plain.value, plain.contentType) : null;
}

const NOT_CAPTION = /^(creditline|credit|writer|alt|alttext|alternativetext|summary|teaser|abstract)$/i;

/** Caption role first; else the item's own text description; never a creditline. */
export function captionOf(descriptions: readonly RoleValue[]): string | null {
  const byRole = descriptions.find((d) => /^caption$/i.test(d.role ?? ''));
  const plain = descriptions.find((d) => d.role === null || /^(text|main|richtext|html|xhtml)$/i.test(d.role));
  const other = descriptions.find((d) => !NOT_CAPTION.test(d.role ?? ''));
  return (byRole ?? plain ?? other)?.value ?? null;
}

export function creditLineOf(descriptions: readonly RoleValue[]): string | null {
  return descriptions.find((d) => /^(creditline|credit)$/i.test(d.role ?? ''))?.value ?? null;
}

export function altOf(descriptions: readonly RoleValue[]): string | null {
  return descriptions.find((d) => /^(alt|alttext|alternativetext)$/i.test(d.role ?? ''))?.value ?? null;
}

/**
 * Renditions as an object keyed by name (1.x, AP) or an array with `name`
 * (2.x). Only http(s) links are kept: anything else (file:, relative paths,
 * tag: ids) is not something the ingest may fetch.
 */
export function renditionsOf(value: unknown): WireRendition[] {
  return namedEntries(value).flatMap(({ name, item }) => {
    const href = asString(item.href)?.trim() ?? '';
    if (!/^https?:\/\/[^/\s]/i.test(href)) return [];
    return [{
      name,
      href,
      mimeType: asString(item.contenttype ?? item.mimetype)?.trim().toLowerCase() || null,
      width: asCount(item.width),
      height: asCount(item.height),
      bytes: asCount(item.sizeinbytes),
    }];
  });
}

/** Associations as an object keyed by name (1.x, AP) or an array with `name` (2.x). */
export function associationsOf(value: unknown): { readonly name: string; readonly item: JsonRecord }[] {
  return namedEntries(value);
}

const SUBJECT_FIELDS: readonly (readonly [string, string])[] = [
  ['subject', 'subject'], ['subjects', 'subject'],
  ['genre', 'genre'], ['genres', 'genre'],
  ['place', 'place'], ['places', 'place'],
  ['person', 'person'], ['people', 'person'],
  ['organisation', 'organisation'], ['organisations', 'organisation'],
];

/** Subjects, genres, places, people and organisations of either branch, plus AP `keywords`. */
export function subjectsOf(doc: JsonRecord): WireSubject[] {
  const concepts = SUBJECT_FIELDS.flatMap(([field, kind]) =>
    asArray(doc[field]).filter(isRecord).map((c) => ({ name: asString(c.name), code: conceptCode(c), kind })),
  );
  const keywords = asArray(doc.keywords)
    .map(asString)
    .filter((k): k is string => k !== null)
    .map((name) => ({ name, code: null, kind: 'keyword' }));
  return [...concepts, ...keywords];
}

/** `altids` as a 1.x/AP object or a 2.x `[{role, value}]` array, keyed by lower-case role. */
export function altIdsOf(doc: JsonRecord): Map<string, string> {
  const ids = new Map<string, string>();
  const raw = doc.altids;
  if (Array.isArray(raw)) {
    for (const entry of raw.filter(isRecord)) {
      const role = asString(entry.role);
      const value = asString(entry.value);
      if (role && value) ids.set(role.toLowerCase(), value);
    }
  } else if (isRecord(raw)) {
    for (const [role, v] of Object.entries(raw)) {
      const value = asString(v);
      if (value) ids.set(role.toLowerCase(), value);
    }
  }
  return ids;
}

/** The concept's identifier: a URI, a scheme-qualified code (1.x/AP `scheme` + `code`), or a literal. */
function conceptCode(c: JsonRecord): string | null {
  const uri = asString(c.uri);
  if (uri) return uri;
  const code = asString(c.code);
  const scheme = asString(c.scheme);
  if (code && scheme) return /[/#:]$/.test(scheme) ? `${scheme}${code}` : `${scheme}:${code}`;
  return code ?? asString(c.literal);
}

function isSubRole(role: string | null): boolean {
  return role !== null && /^sub/i.test(role);
}

function singleAsRole(value: unknown, role: string): RoleValue[] {
  const text = asString(value);
  return text === null ? [] : [{ role, contentType: null, value: text }];
}

function patternFields(doc: JsonRecord, prefix: string): RoleValue[] {
  const out: RoleValue[] = [];
  for (const [key, raw] of Object.entries(doc)) {
    const m = new RegExp(`^${prefix}_([a-z0-9_]+)$`, 'i').exec(key);
    const value = asString(raw);
    if (!m || value === null) continue;
    const role = m[1].toLowerCase();
    out.push({ role, contentType: /html|xhtml|richtext/.test(role) ? 'text/html' : null, value });
  }
  return out;
}

function roleArray(value: unknown): RoleValue[] {
  return asArray(value)
    .filter(isRecord)
    .flatMap((entry) => {
      const text = asString(entry.value);
      if (text === null) return [];
      return [{ role: asString(entry.role)?.trim() || null, contentType: asString(entry.contenttype)?.trim() || null, value: text }];
    });
}

function namedEntries(value: unknown): { name: string; item: JsonRecord }[] {
  if (Array.isArray(value)) {
    return value.filter(isRecord).map((item, i) => ({ name: asString(item.name)?.trim() || `${i + 1}`, item }));
  }
  const record = asRecord(value);
  if (!record) return [];
  return Object.entries(record).flatMap(([name, item]) => (isRecord(item) ? [{ name, item }] : []));
}
