import { sanitizeBodyHtml } from '../../domain/sanitize-html.ts';
import { serializeHtml } from './serialize-html.ts';
import { attr, childElements, firstChild, isElement, path, textOf, type XmlElement, type XmlNode } from './xml-tree.ts';

/** NITF's `body.head` fields that map to story metadata. */
export interface NitfHead {
  readonly headline: string | null;
  /** `hl2` in the hedline, else the abstract. */
  readonly dek: string | null;
  readonly byline: string | null;
  readonly dateline: string | null;
}

/**
 * The story text of an NITF document (`body.content`) as sanitized HTML:
 * `hl1`/`hl2` become h2/h3, `block` is unwrapped, `bq` is a blockquote and
 * `media` a figure. Elements without an HTML meaning keep only their content.
 */
export function nitfToHtml(nitf: XmlElement): string {
  const content = path(nitf, 'body', 'body.content');
  return content ? sanitizeBodyHtml(serializeHtml(toHtmlNodes(content.children))) : '';
}

export function readNitfHead(nitf: XmlElement): NitfHead {
  const head = path(nitf, 'body', 'body.head');
  // NITF names it `hedline`; AP's G2 output writes `headline`.
  const hedline = firstChild(head, 'hedline') ?? firstChild(head, 'headline');
  return {
    headline: textOf(firstChild(hedline, 'hl1')),
    dek: textOf(firstChild(hedline, 'hl2')) ?? textOf(firstChild(head, 'abstract')),
    byline: textOf(firstChild(head, 'byline')),
    dateline: textOf(firstChild(head, 'dateline')),
  };
}

const SAME_NAME: ReadonlySet<string> = new Set([
  'p', 'ul', 'ol', 'li', 'em', 'strong', 'b', 'i', 'br', 'hr', 'table', 'caption', 'thead', 'tbody',
  'tfoot', 'tr', 'th', 'td',
]);
const RENAMED: Readonly<Record<string, string>> = { hl1: 'h2', hl2: 'h3', bq: 'blockquote', pre: 'p' };
const KEPT_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = { a: ['href'], td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan'] };

function toHtmlNodes(nodes: readonly XmlNode[]): XmlNode[] {
  return nodes.flatMap((node): XmlNode[] => {
    if (!isElement(node)) return [node];
    const local = node.local.toLowerCase();
    if (local === 'media') return mediaFigure(node);
    const html = RENAMED[local] ?? (SAME_NAME.has(local) || local === 'a' ? local : null);
    if (html === null) return toHtmlNodes(node.children);
    return [element(html, keptAttributes(node, local), toHtmlNodes(node.children))];
  });
}

/** `<media media-type="image">` with a `media-reference` and `media-caption` → figure. */
function mediaFigure(media: XmlElement): XmlNode[] {
  const reference = childElements(media, 'media-reference').find((r) => attr(r, 'source'));
  if (attr(media, 'media-type')?.toLowerCase() !== 'image' || !reference) return [];
  const img = element('img', { src: attr(reference, 'source') ?? '', alt: attr(reference, 'alternate-text') ?? '' }, []);
  const caption = firstChild(media, 'media-caption');
  const children = caption ? [img, element('figcaption', {}, toHtmlNodes(caption.children))] : [img];
  return [element('figure', {}, children)];
}

function keptAttributes(node: XmlElement, local: string): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of KEPT_ATTRIBUTES[local] ?? []) {
    const value = attr(node, name);
    if (value !== undefined) kept[name] = value;
  }
  return kept;
}

function element(name: string, attrs: Record<string, string>, children: XmlNode[]): XmlElement {
  return { name, local: name, attrs, children };
}
