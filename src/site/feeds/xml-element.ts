import { cdataSection, escapeXml } from './xml-escape.ts';

/** Attribute values; `null` and `undefined` leave the attribute out. */
export type XmlAttributes = Readonly<Record<string, string | number | null | undefined>>;

/** Text that must reach the document verbatim (HTML bodies), written as CDATA. */
export interface XmlCdata {
  readonly cdata: string;
}

export interface XmlElement {
  readonly name: string;
  readonly attributes: XmlAttributes;
  readonly children: readonly XmlNode[];
}

/** Plain strings are text and are always escaped; CDATA is the only other way in. */
export type XmlNode = XmlElement | XmlCdata | string;

/** What `el` accepts as children: nodes, nested lists of them, and gaps for optional parts. */
export type XmlContent = XmlNode | null | undefined | false | readonly XmlContent[];

export function el(name: string, attributes: XmlAttributes, ...content: XmlContent[]): XmlElement {
  return Object.freeze({ name, attributes, children: Object.freeze(flatten(content)) });
}

export function cdata(text: string): XmlCdata {
  return Object.freeze({ cdata: text });
}

/** A complete UTF-8 document: declaration, then `root` with two-space indentation. */
export function renderXmlDocument(root: XmlElement): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  write(root, 0, out);
  out.push('\n');
  return out.join('');
}

function flatten(content: readonly XmlContent[]): XmlNode[] {
  const nodes: XmlNode[] = [];
  for (const item of content) {
    if (item === null || item === undefined || item === false) continue;
    if (Array.isArray(item)) nodes.push(...flatten(item));
    else nodes.push(item as XmlNode);
  }
  return nodes;
}

function isElement(node: XmlNode): node is XmlElement {
  return typeof node === 'object' && 'name' in node;
}

function write(node: XmlNode, depth: number, out: string[]): void {
  if (typeof node === 'string') {
    out.push(escapeXml(node));
    return;
  }
  if (!isElement(node)) {
    out.push(cdataSection(node.cdata));
    return;
  }
  out.push('<', node.name);
  for (const [key, value] of Object.entries(node.attributes)) {
    if (value !== null && value !== undefined) out.push(' ', key, '="', escapeXml(String(value), true), '"');
  }
  if (node.children.length === 0) {
    out.push('/>');
    return;
  }
  out.push('>');
  // Indent only between elements: inside text-bearing elements whitespace would become content.
  const block = node.children.every(isElement);
  for (const child of node.children) {
    if (block) out.push('\n', '  '.repeat(depth + 1));
    write(child, depth + 1, out);
  }
  if (block) out.push('\n', '  '.repeat(depth));
  out.push('</', node.name, '>');
}
