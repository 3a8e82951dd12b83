/**
 * Just enough HTML reading for page tests: start tags with their decoded
 * attributes, script bodies, JSON-LD and visible text. It reads the markup
 * the way a browser tokenizer does for our output (quoted attributes, no
 * comments), so an injected element or event-handler attribute shows up
 * here as a real tag or attribute, not as a substring match.
 */

export interface StartTag {
  readonly name: string;
  readonly attrs: ReadonlyMap<string, string>;
  readonly index: number;
  readonly source: string;
}

const START_TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Script and style bodies are raw text to a browser: their contents are not tags. */
function withoutRawText(doc: string): string {
  return doc.replace(/(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2>)/gi, (_, open: string, _n, close: string) => open + close);
}

export function startTags(doc: string, name?: string): StartTag[] {
  const source = withoutRawText(doc);
  const out: StartTag[] = [];
  for (const m of source.matchAll(START_TAG)) {
    const tag = m[1].toLowerCase();
    if (name && tag !== name) continue;
    const attrs = new Map<string, string>();
    for (const a of m[2].matchAll(ATTRIBUTE)) attrs.set(a[1].toLowerCase(), decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    out.push({ name: tag, attrs, index: m.index ?? 0, source: m[0] });
  }
  return out;
}

export interface ScriptElement {
  readonly attrs: ReadonlyMap<string, string>;
  readonly body: string;
}

export function scripts(doc: string): ScriptElement[] {
  return [...doc.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map((m) => ({
    attrs: startTags(`<script${m[1]}>`)[0].attrs,
    body: m[2],
  }));
}

/** Every JSON-LD block, parsed. A block that a value broke out of fails to parse here. */
export function jsonLd(doc: string): Record<string, unknown>[] {
  return scripts(doc)
    .filter((s) => s.attrs.get('type') === 'application/ld+json')
    .map((s) => JSON.parse(s.body) as Record<string, unknown>);
}

export function jsonLdOfType(doc: string, type: string): Record<string, any> {
  const node = jsonLd(doc).find((n) => n['@type'] === type);
  if (!node) throw new Error(`no JSON-LD node of type ${type}`);
  return node;
}

const INLINE = /^<\/?(a|abbr|b|em|i|mark|small|span|strong|time)\b/i;

/**
 * The text of a fragment as a reader sees it: inline tags vanish, block
 * boundaries become a space, entities are decoded, spaces collapse.
 */
export function text(fragment: string): string {
  return decodeEntities(withoutRawText(fragment).replace(/<[^>]*>/g, (tag) => (INLINE.test(tag) ? '' : ' ')))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The markup of the first element that opens with `openingTag` up to its matching close. */
export function element(doc: string, openingPattern: RegExp): string {
  const start = doc.search(openingPattern);
  if (start < 0) throw new Error(`no element matches ${openingPattern}`);
  const name = /^<([a-zA-Z0-9-]+)/.exec(doc.slice(start))![1];
  const tagPattern = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
  tagPattern.lastIndex = start;
  let depth = 0;
  for (let m = tagPattern.exec(doc); m; m = tagPattern.exec(doc)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return doc.slice(start, m.index + m[0].length);
  }
  throw new Error(`element ${name} is not closed`);
}

export function metaContent(doc: string, key: string): string[] {
  return startTags(doc, 'meta')
    .filter((t) => t.attrs.get('property') === key || t.attrs.get('name') === key)
    .map((t) => t.attrs.get('content') ?? '');
}
