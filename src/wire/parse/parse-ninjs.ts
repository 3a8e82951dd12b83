import type { WireParseResult } from '../wire-item.ts';
import { buildWireItem, type WireItemDraft } from './build-wire-item.ts';
import { asCount, asRecord, asString, isRecord, stringList, type JsonRecord } from './json-values.ts';
import {
  altIdsOf,
  associationsOf,
  bodiesOf,
  captionOf,
  creditLineOf,
  descriptionsOf,
  headlinesOf,
  mainHeadline,
  pickBody,
  renditionsOf,
  subHeadline,
  subjectsOf,
  summaryOf,
} from './ninjs-fields.ts';
import { ninjsPictureDraft } from './ninjs-picture.ts';
import type { NinjsSchemaValidator } from './ninjs-schema.ts';
import { parsePubStatus } from './parse-pub-status.ts';
import { lenientWireTime, strictWireTime } from './parse-times.ts';
import { providerKey } from './provider-key.ts';
import { rejectOnError, WireItemError } from './wire-item-error.ts';

export type NinjsFormat = 'ninjs-1' | 'ninjs-2' | 'ninjs-3';

export interface NinjsParseOptions {
  /** When given, schema violations are reported as warnings; they never reject an item. */
  readonly schemaValidator?: NinjsSchemaValidator | null;
}

/**
 * One ninjs document (1.x, 2.x, 3.x, or the Superdesk dialect with `guid`
 * for `uri`) as a parse result. Shape is read leniently; status, embargo and
 * expiry strictly.
 */
export function parseNinjs(doc: JsonRecord, format: NinjsFormat, options: NinjsParseOptions = {}): WireParseResult {
  const warnings = (options.schemaValidator?.validate(doc, format) ?? []).map((v) => `schema: ${v}`);
  // 3.x uses the 2.x names in camelCase; lower-casing the keys lets one reader serve both.
  const item = format === 'ninjs-3' ? lowerCaseKeys(doc) : doc;
  const uri = asString(item.uri)?.trim() || asString(item.guid)?.trim() || null;
  const provider = providerKey({
    declared: [asString(item.provider), asString(item.source)],
    ids: [uri],
    names: [asString(item.copyrightholder), asString(item.by), asString(item.byline)],
  });
  const guid = uri !== null && provider === 'ap' ? apStableId(uri, altIdsOf(item)) : uri;
  return rejectOnError(() => {
    if (guid === null) throw new WireItemError('item has no stable id (no uri or guid)');
    return buildWireItem(readNinjs(item, { format, provider, guid }, warnings), warnings);
  }, guid, asCount(item.version));
}

interface Identity {
  readonly format: NinjsFormat;
  readonly provider: string;
  readonly guid: string;
}

function readNinjs(doc: JsonRecord, { format, provider, guid }: Identity, warnings: string[]): WireItemDraft {
  const version = readVersion(doc.version, warnings);
  const pubStatus = parsePubStatus(doc.pubstatus);
  const embargoUntil = strictWireTime(doc.embargoed, format === 'ninjs-3' ? 'embargoedUntil' : 'embargoed');
  const expires = strictWireTime(doc.expires, 'expires');

  const headlines = headlinesOf(doc);
  const descriptions = descriptionsOf(doc);
  const renditions = renditionsOf(doc.renditions);
  const type = itemType(doc, renditions.some((r) => r.mimeType?.startsWith('image/')));
  const isPicture = type === 'picture' || type === 'graphic';
  const by = asString(doc.by) ?? asString(doc.byline);
  return {
    format,
    provider,
    guid,
    version,
    etag: altIdsOf(doc).get('etag') ?? null,
    type,
    pubStatus,
    publishable: true,
    isCorrection: false,
    headline: mainHeadline(headlines),
    dek: subHeadline(headlines) ?? summaryOf(descriptions),
    byline: by,
    dateline: asString(doc.located),
    body: pickBody(bodiesOf(doc)),
    language: asString(doc.language),
    firstCreated: lenientWireTime(doc.firstcreated, 'firstcreated', warnings),
    versionCreated: lenientWireTime(doc.versioncreated, 'versioncreated', warnings),
    embargoUntil,
    expires,
    copyrightNotice: asString(doc.copyrightnotice),
    copyrightHolder: asString(doc.copyrightholder),
    usageTerms: stringList(doc.usageterms),
    subjects: subjectsOf(doc),
    pictures: associationsOf(doc.associations).flatMap(({ name, item }) => {
      const id = asString(item.uri)?.trim() || asString(item.guid)?.trim() || null;
      const pictureId = id && provider === 'ap' ? apStableId(id, altIdsOf(item)) : id;
      const picture = ninjsPictureDraft(name, item, pictureId, warnings);
      return picture ? [picture] : [];
    }),
    renditions,
    caption: isPicture ? captionOf(descriptions) : null,
    credit: isPicture ? creditLineOf(descriptions) ?? by : null,
    edNotes: stringList(doc.ednote),
    slugline: asString(doc.slugline),
    urgency: asCount(doc.urgency),
  };
}

/**
 * ninjs `type` when given; otherwise a story, unless the item only carries
 * images. Unknown declared types pass through in lower case.
 */
function itemType(doc: JsonRecord, hasImages: boolean): string {
  const declared = asString(doc.type)?.trim().toLowerCase();
  if (declared) return declared;
  const hasStory = headlinesOf(doc).length > 0 || bodiesOf(doc).length > 0;
  return !hasStory && hasImages ? 'picture' : 'text';
}

/** ninjs versions are strings ("10" > "9"); AP's are integers. Anything else orders by versioncreated. */
function readVersion(raw: unknown, warnings: string[]): number | null {
  if (raw === undefined || raw === null) return null;
  const version = asCount(raw);
  if (version === null) warnings.push(`version ${JSON.stringify(raw)} is not a number; ordering by versioncreated`);
  return version;
}

/**
 * AP content URIs carry query parameters that change between deliveries of
 * the same item; AP's itemid (in `altids`, or the URI path) is the stable id.
 */
function apStableId(uri: string, altIds: Map<string, string>): string {
  const itemId = altIds.get('itemid') ?? /\/content\/([0-9a-f]{32})(?:[.?/#]|$)/i.exec(uri)?.[1];
  return itemId ?? uri;
}

function lowerCaseKeys(value: unknown): JsonRecord {
  const lower = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(lower);
    if (!isRecord(v)) return v;
    return Object.fromEntries(
      Object.entries(v).map(([key, inner]) => [key === 'embargoedUntil' ? 'embargoed' : key.toLowerCase(), lower(inner)]),
    );
  };
  return asRecord(lower(value)) ?? {};
}
