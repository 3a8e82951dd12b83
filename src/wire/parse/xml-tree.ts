import { collapseWhitespace } from '../../domain/collapse-whitespace.ts';

/**
 * A namespace-agnostic view of an XML document: elements are matched by local
 * name, so `<newsItem>`, `<nar:newsItem>` and TT's namespace-less files read
 * the same. Text keeps its whitespace; callers normalise it.
 */
export interface XmlElement {
  /** Qualified name as written (`nar:newsItem`). */
  readonly name: string;
  /** Local name (`newsItem`). */
  readonly local: string;
  /** Attributes by name as written, values with entities decoded. */
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}

export type XmlNode = XmlElement | string;

export function isElement(node: XmlNode): node is XmlElement {
  return typeof node !== 'string';
}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

export function childElements(el: XmlElement | undefined, local?: string): XmlElement[] {
  if (!el) return [];
  return el.children.filter((c): c is XmlElement => isElement(c) && (local === undefined || c.local === local));
}

export function firstChild(el: XmlElement | undefined, local: string): XmlElement | undefined {
  return el?.children.find((c): c is XmlElement => isElement(c) && c.local === local);
}

/** Follows a path of local names through first children: `path(item, 'itemMeta', 'pubStatus')`. */
export function path(el: XmlElement | undefined, ...locals: string[]): XmlElement | undefined {
  return locals.reduce<XmlElement | undefined>((at, local) => firstChild(at, local), el);
}

/** Every descendant with the local name, in document order. */
export function descendants(el: XmlElement, local: string): XmlElement[] {
  return childElements(el).flatMap((c) => [...(c.local === local ? [c] : []), ...descendants(c, local)]);
}

/** Attribute by local name (`xml:lang` answers to `lang`). */
export function attr(el: XmlElement | undefined, local: string): string | undefined {
  if (!el) return undefined;
  if (el.attrs[local] !== undefined) return el.attrs[local];
  const key = Object.keys(el.attrs).find((k) => localName(k) === local);
  return key === undefined ? undefined : el.attrs[key];
}

/** All text inside the element, markup removed, whitespace as written. */
export function textContent(el: XmlElement | undefined): string {
  if (!el) return '';
  return el.children.map((c) => (isElement(c) ? textContent(c) : c)).join('');
}

/** Text content with whitespace collapsed, or null when empty. */
export function textOf(el: XmlElement | undefined): string | null {
  const text = collapseWhitespace(textContent(el));
  return text === '' ? null : text;
}
