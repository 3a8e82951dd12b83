import type { WireParseResult, WirePubStatus } from '../wire-item.ts';
import { buildWireItem, type WireItemDraft } from './build-wire-item.ts';
import { asArray, asCount, asRecord, asString, isRecord, stringList, type JsonRecord } from './json-values.ts';
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
import { parsePubStatus } from './parse-pub-status.ts';
import { lenientWireTime, strictWireTime } from './parse-times.ts';
import { rejected, rejectOnError, WireItemError } from './wire-item-error.ts';

/**
 * AP Media API JSON: an item response (`data.item`), a feed or search page
 * (`data.items[].item`), or a bare item. AP's JSON is ninjs-1.x-shaped, with
 * its own id (`altids.itemid`), integer versions from 0, an etag that changes
 * when media are added, and `signals` saying whether it is news content.
 */
export function parseApMedia(doc: JsonRecord): WireParseResult[] {
  const data = asRecord(doc.data);
  const items = data?.item !== undefined
    ? [data.item]
    : data && Array.isArray(data.items)
      ? data.items.map((entry) => (isRecord(entry) && isRecord(entry.item) ? entry.item : entry))
      : [doc];
  return items.map((raw) => {
    if (!isRecord(raw)) return rejected('AP item is not a JSON object');
    const guid = altIdsOf(raw).get('itemid')?.trim() || null;
    const version = asCount(raw.version);
    return rejectOnError(() => {
      // The uri carries query parameters that change between deliveries; only itemid is stable.
      if (guid === null) throw new WireItemError('AP item has no altids.itemid (its stable id)');
      const warnings: string[] = [];
      return buildWireItem(readApItem(raw, guid, version, warnings), warnings);
    }, guid, version);
  });
}

function readApItem(item: JsonRecord, guid: string, version: number | null, warnings: string[]): WireItemDraft {
  const { pubStatus, embargoed } = apStatus(item.pubstatus);
  const embargo = strictWireTime(item.embargoed, 'embargoed');
  const type = asString(item.type)?.trim().toLowerCase() || 'text';
  const isPicture = type === 'picture' || type === 'graphic';
  const headlines = headlinesOf(item);
  const descriptions = descriptionsOf(item);
  const photographer = asString(asRecord(item.photographer)?.name);
  const dateline = asString(item.located) ?? asString(asRecord(item.datelinelocation)?.city);
  return {
    format: 'ap-media',
    // AP's itemid namespace, whatever the infosource of an item distributed through it.
    provider: 'ap',
    guid,
    version,
    etag: altIdsOf(item).get('etag') ?? null,
    type,
    pubStatus,
    // Advisories, daybooks and the like are newsroom information: stored, never published.
    publishable: stringList(item.signals).some((s) => s.trim().toLowerCase() === 'newscontent'),
    isCorrection: false,
    headline: mainHeadline(headlines) ?? asString(item.title),
    dek: subHeadline(headlines) ?? summaryOf(descriptions),
    byline: apByline(item) ?? (isPicture ? photographer : null),
    dateline,
    body: pickBody(bodiesOf(item)),
    language: asString(item.language),
    firstCreated: lenientWireTime(item.firstcreated, 'firstcreated', warnings),
    versionCreated: lenientWireTime(item.versioncreated, 'versioncreated', warnings),
    // "Embargoed" without a time is held until AP says otherwise, never guessed.
    embargoUntil: embargo ?? (embargoed ? 'indefinite' : null),
    expires: strictWireTime(item.expires, 'expires'),
    copyrightNotice: asString(item.copyrightnotice),
    copyrightHolder: asString(item.copyrightholder),
    usageTerms: stringList(item.usageterms),
    subjects: subjectsOf(item),
    pictures: associationsOf(item.associations).flatMap(({ name, item: assoc }) => {
      const id = altIdsOf(assoc).get('itemid') ?? asString(assoc.uri);
      const picture = ninjsPictureDraft(name, assoc, id, warnings);
      return picture ? [picture] : [];
    }),
    renditions: renditionsOf(item.renditions),
    caption: isPicture ? captionOf(descriptions) : null,
    credit: isPicture ? creditLineOf(descriptions) ?? photographer : null,
    edNotes: stringList(item.ednote),
    slugline: asString(item.slugline),
    urgency: asCount(item.urgency),
  };
}

/** AP writes statuses capitalised and adds "Embargoed"; an embargoed item is otherwise usable. */
function apStatus(raw: unknown): { pubStatus: WirePubStatus; embargoed: boolean } {
  if (typeof raw === 'string' && raw.trim().toLowerCase() === 'embargoed') return { pubStatus: 'usable', embargoed: true };
  return { pubStatus: parsePubStatus(raw), embargoed: false };
}

/** `bylines: [{by: "By DAVID PITT", title: "Associated Press"}]` → "By DAVID PITT, Associated Press". */
function apByline(item: JsonRecord): string | null {
  const parts = asArray(item.bylines)
    .filter(isRecord)
    .map((b) => [asString(b.by)?.trim(), asString(b.title)?.trim()].filter(Boolean).join(', '))
    .filter((b) => b !== '');
  return parts.length > 0 ? parts.join('; ') : asString(item.byline);
}
