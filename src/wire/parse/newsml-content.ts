import type { WireRendition } from '../wire-item.ts';
import { nitfToHtml, readNitfHead, type NitfHead } from './nitf-to-html.ts';
import { serializeHtml } from './serialize-html.ts';
import { wireBody, type WireBody } from './wire-body.ts';
import { attr, childElements, descendants, firstChild, isElement, localName, textContent, type XmlElement } from './xml-tree.ts';

/** What a G2 `contentSet` delivers. */
export interface NewsmlContent {
  readonly body: WireBody | null;
  /** Head fields of an NITF body, which fill in what `contentMeta` lacks. */
  readonly nitfHead: NitfHead | null;
  readonly renditions: readonly WireRendition[];
}

interface Candidate {
  readonly rank: number;
  readonly body: WireBody;
  readonly nitfHead: NitfHead | null;
}

/**
 * Picks the body (XHTML or HTML in `inlineXML` first, then NITF, then
 * `inlineData`) and lists `remoteContent` links as renditions.
 */
export function readNewsmlContent(contentSet: XmlElement | undefined): NewsmlContent {
  const candidates: Candidate[] = [];
  for (const part of childElements(contentSet)) {
    if (part.local === 'inlineXML') candidates.push(...inlineXmlBody(part));
    if (part.local === 'inlineData') {
      const body = wireBody(textContent(part), attr(part, 'contenttype') ?? null);
      if (body) candidates.push({ rank: 2, body, nitfHead: null });
    }
  }
  const best = candidates.sort((a, b) => a.rank - b.rank)[0];
  return {
    body: best?.body ?? null,
    nitfHead: best?.nitfHead ?? null,
    renditions: childElements(contentSet, 'remoteContent').flatMap((r, i) => remoteRendition(r, i)),
  };
}

function inlineXmlBody(part: XmlElement): Candidate[] {
  const root = part.children.find(isElement);
  if (!root) return [];
  const contentType = attr(part, 'contenttype') ?? '';
  if (root.local === 'nitf' || /nitf/i.test(contentType)) {
    const nitf = root.local === 'nitf' ? root : descendants(part, 'nitf')[0];
    if (!nitf) return [];
    const html = nitfToHtml(nitf);
    return html === '' ? [] : [{ rank: 1, body: { kind: 'html', value: html }, nitfHead: readNitfHead(nitf) }];
  }
  // An XHTML document contributes its body; its head holds only the title again.
  const body = root.local === 'html' ? firstChild(root, 'body') : undefined;
  const html = serializeHtml(body ? body.children : part.children);
  return html.trim() === '' ? [] : [{ rank: 0, body: { kind: 'html', value: html }, nitfHead: null }];
}

/**
 * Only http(s) links become renditions: `remoteContent` may point at relative
 * files, `file:` URLs or `tag:` ids, none of which the ingest may fetch.
 */
function remoteRendition(remote: XmlElement, index: number): WireRendition[] {
  const href = attr(remote, 'href')?.trim() ?? '';
  if (!/^https?:\/\/[^/\s]/i.test(href)) return [];
  const rendition = attr(remote, 'rendition');
  return [{
    name: rendition ? localName(rendition) : `remote-${index + 1}`,
    href,
    mimeType: attr(remote, 'contenttype')?.trim().toLowerCase() || null,
    width: count(attr(remote, 'width')),
    height: count(attr(remote, 'height')),
    bytes: count(attr(remote, 'size')),
  }];
}

function count(value: string | undefined): number | null {
  return value !== undefined && /^\s*\d{1,15}\s*$/.test(value) ? Number.parseInt(value, 10) : null;
}
