import { isElement, localName, type XmlNode } from './xml-tree.ts';

const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
]);

/**
 * Writes XML nodes (XHTML or HTML carried in `inlineXML`) back out as an HTML
 * string for the sanitizer. Prefixes and namespace declarations are dropped;
 * text and attribute values are escaped again after the XML parser decoded them.
 */
export function serializeHtml(nodes: readonly XmlNode[]): string {
  return nodes.map(serializeNode).join('');
}

function serializeNode(node: XmlNode): string {
  if (!isElement(node)) return escapeText(node);
  const tag = node.local.toLowerCase();
  const attrs = Object.entries(node.attrs)
    .filter(([name]) => !name.includes(':') && name !== 'xmlns')
    .map(([name, value]) => ` ${localName(name)}="${escapeAttr(value)}"`)
    .join('');
  if (VOID_ELEMENTS.has(tag)) return `<${tag}${attrs}>`;
  return `<${tag}${attrs}>${serializeHtml(node.children)}</${tag}>`;
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}
