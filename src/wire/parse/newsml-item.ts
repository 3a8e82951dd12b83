import type { WireSubject } from '../wire-item.ts';
import type { WireItemDraft } from './build-wire-item.ts';
import { readNewsmlContent } from './newsml-content.ts';
import { parsePubStatus } from './parse-pub-status.ts';
import { lenientWireTime, strictWireTime } from './parse-times.ts';
import { providerKey } from './provider-key.ts';
import { WireItemError } from './wire-item-error.ts';
import { attr, childElements, firstChild, textContent, textOf, type XmlElement } from './xml-tree.ts';

/**
 * One G2 `newsItem` as a draft. Throws WireItemError for what cannot be
 * ingested: no guid, no `itemMeta` (elided items), an unknown status, an
 * embargo or expiry without a zone.
 */
export function readNewsItem(item: XmlElement, warnings: string[]): WireItemDraft {
  const guid = attr(item, 'guid')?.trim() || null;
  if (guid === null) throw new WireItemError('newsItem has no guid');
  const version = newsmlVersion(item, warnings);
  const fail = (message: string) => new WireItemError(`newsItem ${guid}: ${message}`, guid, version);
  const itemMeta = firstChild(item, 'itemMeta');
  if (!itemMeta) throw fail('no itemMeta (an elided or incomplete item)');
  const itemClass = qcode(firstChild(itemMeta, 'itemClass'));
  if (!itemClass) throw fail('no itemClass');
  const contentMeta = firstChild(item, 'contentMeta');
  const content = readNewsmlContent(firstChild(item, 'contentSet'));
  const type = code(itemClass);
  const isPicture = type === 'picture' || type === 'graphic';
  const rights = childElements(item, 'rightsInfo');
  const provider = firstChild(itemMeta, 'provider');
  const creators = childElements(contentMeta, 'creator');
  const photographer = textOf(firstChild(creators.find((c) => code(attr(c, 'role')) === 'photographer'), 'name'));
  const by = textOf(firstChild(contentMeta, 'by'));
  const creditline = textOf(firstChild(contentMeta, 'creditline'));
  const descriptions = childElements(contentMeta, 'description');
  const headlines = childElements(contentMeta, 'headline');
  const language = attr(firstChild(contentMeta, 'language'), 'tag') ?? attr(item, 'lang') ?? null;
  const nitf = content.nitfHead;
  return {
    format: 'newsml-g2',
    provider: providerKey({
      declared: [attr(provider, 'qcode'), attr(provider, 'literal'), attr(provider, 'uri'), textOf(firstChild(provider, 'name'))],
      ids: [guid],
      names: rights.flatMap((r) => holderNames(r)),
    }),
    guid,
    version,
    etag: null,
    type,
    pubStatus: parsePubStatus(pubStatusCode(itemMeta), 'pubStatus'),
    publishable: true,
    isCorrection: childElements(itemMeta, 'signal').some((s) => code(qcode(s)) === 'correction'),
    headline: mainHeadline(headlines) ?? nitf?.headline ?? null,
    dek:
      textOf(headlines.find((h) => /sub/i.test(attr(h, 'role') ?? ''))) ??
      textOf(descriptions.find((d) => ['summary', 'teaser'].includes(code(attr(d, 'role'))))) ??
      nitf?.dek ??
      null,
    // dpa puts account handles ("tholl.gregor") in creator; only a name with a space is a byline.
    byline: by ?? nitf?.byline ?? (isPicture ? null : creators.map((c) => textOf(firstChild(c, 'name'))).find((n) => n?.includes(' ')) ?? null),
    dateline: textOf(firstChild(contentMeta, 'dateline')) ?? nitf?.dateline ?? locatedName(firstChild(contentMeta, 'located')),
    body: content.body,
    language,
    firstCreated: lenientWireTime(textContent(firstChild(itemMeta, 'firstCreated')), 'firstCreated', warnings),
    versionCreated: lenientWireTime(textContent(firstChild(itemMeta, 'versionCreated')), 'versionCreated', warnings),
    embargoUntil: embargo(firstChild(itemMeta, 'embargoed'), fail),
    expires: strictTime(firstChild(itemMeta, 'expires'), 'expires', fail),
    copyrightNotice: rights.map((r) => textOf(firstChild(r, 'copyrightNotice'))).find((n) => n) ?? null,
    copyrightHolder: rights.flatMap((r) => holderNames(r))[0] ?? null,
    usageTerms: rights.flatMap((r) => childElements(r, 'usageTerms')).map((u) => textOf(u) ?? ''),
    subjects: subjectsOf(contentMeta, language),
    pictures: [],
    renditions: content.renditions,
    caption: isPicture ? textOf(descriptions.find((d) => code(attr(d, 'role')) === 'caption') ?? descriptions[0]) : null,
    credit: isPicture ? creditline ?? photographer ?? by : null,
    // dpa's notepad repeats the other notes as XHTML.
    edNotes: childElements(itemMeta, 'edNote').filter((n) => code(attr(n, 'role')) !== 'notepad').map((n) => textOf(n) ?? ''),
    slugline: textOf(firstChild(contentMeta, 'slugline')),
    urgency: urgency(textOf(firstChild(contentMeta, 'urgency'))),
  };
}

/** G2 versions are integers from 1, and 1 when absent. */
export function newsmlVersion(item: XmlElement, warnings: string[]): number | null {
  const raw = attr(item, 'version');
  if (raw === undefined) return 1;
  if (/^\s*\d{1,15}\s*$/.test(raw)) return Number.parseInt(raw, 10);
  warnings.push(`version "${raw}" is not an integer; ordering by versionCreated`);
  return null;
}

/** Empty `<embargoed/>` holds the item with no time; a time must carry its zone. */
export function embargo(el: XmlElement | undefined, fail: (message: string) => WireItemError): Date | 'indefinite' | null {
  if (!el) return null;
  if (textContent(el).trim() === '') return 'indefinite';
  return strictTime(el, 'embargoed', fail);
}

/** The status code of an item's `pubStatus`; null (usable) when the element is absent. */
export function pubStatusCode(itemMeta: XmlElement | undefined): string | null {
  const el = firstChild(itemMeta, 'pubStatus');
  if (!el) return null;
  return qcode(el) ?? '';
}

function strictTime(el: XmlElement | undefined, field: string, fail: (message: string) => WireItemError): Date | null {
  try {
    return strictWireTime(el ? textContent(el) : null, field);
  } catch (error) {
    throw error instanceof WireItemError ? fail(error.message) : error;
  }
}

/** The headline without a sub-headline role, lowest `rank` first (dpa ranks its kicker 3). */
function mainHeadline(headlines: readonly XmlElement[]): string | null {
  const main = headlines
    .filter((h) => !/sub/i.test(attr(h, 'role') ?? ''))
    .map((h) => ({ h, rank: Number.parseInt(attr(h, 'rank') ?? '1', 10) || 1 }))
    .sort((a, b) => a.rank - b.rank)[0];
  return main ? textOf(main.h) : null;
}

function holderNames(rights: XmlElement): string[] {
  return childElements(rights, 'copyrightHolder')
    .map((h) => textOf(firstChild(h, 'name')) ?? attr(h, 'literal') ?? null)
    .filter((n): n is string => n !== null && n.trim() !== '');
}

function locatedName(located: XmlElement | undefined): string | null {
  return textOf(firstChild(located, 'name')) ?? attr(located, 'literal') ?? null;
}

const SUBJECT_KINDS: Readonly<Record<string, string>> = {
  geoarea: 'place', poi: 'place', person: 'person', organisation: 'organisation', organization: 'organisation',
};

function subjectsOf(contentMeta: XmlElement | undefined, language: string | null): WireSubject[] {
  const concept = (el: XmlElement, kind: string): WireSubject => ({
    name: conceptName(el, language),
    code: attr(el, 'qcode') ?? attr(el, 'uri') ?? attr(el, 'literal') ?? null,
    kind,
  });
  return [
    ...childElements(contentMeta, 'subject').map((s) => concept(s, SUBJECT_KINDS[code(attr(s, 'type'))] ?? 'subject')),
    ...childElements(contentMeta, 'genre').map((g) => concept(g, 'genre')),
    ...childElements(contentMeta, 'keyword').map((k) => ({ name: textOf(k), code: null, kind: 'keyword' })),
  ];
}

/** The concept's name in the item's language when it has several, else the first. */
function conceptName(el: XmlElement, language: string | null): string | null {
  const names = childElements(el, 'name');
  const prefix = language?.slice(0, 2).toLowerCase();
  const inLanguage = names.find((n) => prefix && attr(n, 'lang')?.toLowerCase().startsWith(prefix));
  return textOf(inLanguage ?? names[0]);
}

function qcode(el: XmlElement | undefined): string | null {
  return attr(el, 'qcode')?.trim() || attr(el, 'uri')?.trim() || attr(el, 'literal')?.trim() || null;
}

/** "ninat:picture" → "picture", "http://cv.iptc.org/newscodes/ninature/text" → "text". */
function code(value: string | null | undefined): string {
  return (value ?? '').trim().toLowerCase().split(/[:/]/).pop() ?? '';
}

function urgency(value: string | null): number | null {
  const n = value !== null && /^\d$/.test(value) ? Number(value) : null;
  return n !== null && n >= 1 ? n : null;
}
