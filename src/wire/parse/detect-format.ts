import { asRecord, asString, isRecord } from './json-values.ts';
import type { NinjsFormat } from './parse-ninjs.ts';
import type { XmlElement } from './xml-tree.ts';

export type JsonWireFormat = NinjsFormat | 'ap-media';

/** What an XML document is, from its root element (with or without namespace). */
export type XmlWireKind = 'newsml-g2' | 'newsml-g2-fragment' | 'nitf';

/** Names only ninjs 3.x writes (camelCase versions of 2.x names). */
const NINJS_3_KEYS = [
  'versionCreated', 'firstCreated', 'contentCreated', 'pubStatus', 'embargoedUntil', 'altIds',
  'copyrightNotice', 'copyrightHolder', 'usageTerms', 'edNote', 'infoSources', 'representationType',
  'rightsInfo', 'trustIndicators', 'digitalSourceType',
];
/** Arrays that mark ninjs 2.x (1.x has single values, objects or pattern names instead). */
const NINJS_2_ARRAYS = [
  'headlines', 'bodies', 'descriptions', 'subjects', 'genres', 'places', 'people', 'organisations',
  'objects', 'infosources', 'events', 'renditions', 'associations', 'altids',
];
const NINJS_1_KEYS = ['headline', 'byline', 'subject', 'genre', 'place', 'person', 'organisation', 'located'];

/**
 * The format of a parsed JSON document, from its content alone: the AP
 * envelope or AP ids, then the declared ninjs standard version, then shape.
 * Null when it is not a wire item at all.
 */
export function detectJsonFormat(doc: unknown): JsonWireFormat | null {
  if (!isRecord(doc)) return null;
  const data = asRecord(doc.data);
  if (data && (isRecord(data.item) || Array.isArray(data.items))) return 'ap-media';
  if (asString(asRecord(doc.altids)?.itemid)) return 'ap-media';
  const declared = asString(asRecord(doc.standard)?.version)?.trim();
  if (declared?.startsWith('3')) return 'ninjs-3';
  if (declared?.startsWith('2')) return 'ninjs-2';
  if (declared?.startsWith('1')) return 'ninjs-1';
  if (NINJS_3_KEYS.some((key) => key in doc)) return 'ninjs-3';
  if (NINJS_2_ARRAYS.some((key) => Array.isArray(doc[key]))) return 'ninjs-2';
  if (typeof doc.by === 'string' && !('byline' in doc)) return 'ninjs-2';
  const oneDotX = NINJS_1_KEYS.some((key) => key in doc) || Object.keys(doc).some((k) => /^(headline|body|description)_/.test(k));
  if (oneDotX || asString(doc.uri) || asString(doc.guid)) return 'ninjs-1';
  return null;
}

const G2_ITEMS: ReadonlySet<string> = new Set(['newsMessage', 'newsItem', 'packageItem']);
/** Parts of a G2 item that IPTC's documentation quotes on their own. */
const G2_PARTS: ReadonlySet<string> = new Set([
  'contentSet', 'contentMeta', 'itemMeta', 'rightsInfo', 'itemSet', 'groupSet', 'inlineXML', 'inlineData',
  'remoteContent', 'header', 'conceptItem', 'knowledgeItem', 'planningItem', 'catalog',
]);
const G2_NAMESPACE = 'http://iptc.org/std/nar/2006-10-01/';

export function detectXmlFormat(root: XmlElement): XmlWireKind | null {
  if (G2_ITEMS.has(root.local)) return 'newsml-g2';
  if (root.local === 'nitf') return 'nitf';
  const inG2Namespace = Object.entries(root.attrs).some(([name, value]) => /^xmlns(:|$)/.test(name) && value === G2_NAMESPACE);
  return G2_PARTS.has(root.local) || inG2Namespace ? 'newsml-g2-fragment' : null;
}
