import { parseXml, XmlDocumentError } from '../wire/parse/parse-xml.ts';
import { attr, childElements, firstChild, textContent, type XmlElement } from '../wire/parse/xml-tree.ts';
import { DatelineError } from '../errors.ts';
import type { WxrAuthor, WxrCategory, WxrDocument, WxrItem, WxrItemTerm } from './wxr-document.ts';

/** Namespaces the two `encoded` elements are told apart by. */
const CONTENT_NS = /purl\.org\/rss\/1\.0\/modules\/content/;
const EXCERPT_NS = /wordpress\.org\/export\/[\d.]+\/excerpt/;

const text = (el: XmlElement | undefined): string => textContent(el).trim();
const optional = (el: XmlElement | undefined): string | null => text(el) || null;

function integer(el: XmlElement | undefined): number | null {
  const t = text(el);
  return /^\d{1,15}$/.test(t) ? Number(t) : null;
}

/** `0000-00-00 00:00:00` is how WordPress writes "no time". */
function wpTime(el: XmlElement | undefined): string | null {
  const t = text(el);
  return /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(t) && !t.startsWith('0000') ? t : null;
}

/** Slugs arrive percent-encoded when they hold non-ASCII letters. */
function decodeSlug(raw: string): string {
  try {
    return decodeURIComponent(raw.trim());
  } catch {
    return raw.trim();
  }
}

/** Prefix → namespace URI, from the `xmlns:` declarations on the way down to the channel. */
function namespaces(...elements: XmlElement[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const el of elements) {
    for (const [name, value] of Object.entries(el.attrs)) if (name.startsWith('xmlns:')) out.set(name.slice(6), value);
  }
  return out;
}

function encodedChild(item: XmlElement, ns: Map<string, string>, which: RegExp, fallbackPrefix: string): string {
  const found = childElements(item, 'encoded').find((el) => {
    const prefix = el.name.includes(':') ? el.name.slice(0, el.name.indexOf(':')) : '';
    const uri = ns.get(prefix);
    return uri ? which.test(uri) : prefix === fallbackPrefix;
  });
  return textContent(found);
}

function parseAuthor(el: XmlElement): WxrAuthor | null {
  const login = text(firstChild(el, 'author_login'));
  if (!login) return null;
  return {
    login,
    displayName: text(firstChild(el, 'author_display_name')) || login,
    email: optional(firstChild(el, 'author_email')),
    description: optional(firstChild(el, 'author_description')),
  };
}

function parseCategory(el: XmlElement): WxrCategory | null {
  const nicename = decodeSlug(text(firstChild(el, 'category_nicename')));
  if (!nicename) return null;
  return {
    termId: integer(firstChild(el, 'term_id')),
    nicename,
    name: text(firstChild(el, 'cat_name')) || nicename,
    parent: decodeSlug(text(firstChild(el, 'category_parent'))) || null,
    description: optional(firstChild(el, 'category_description')),
  };
}

/** `wp:term` entries of the `category` taxonomy, which some exports use instead of `wp:category`. */
function parseCategoryTerm(el: XmlElement): WxrCategory | null {
  if (text(firstChild(el, 'term_taxonomy')) !== 'category') return null;
  const nicename = decodeSlug(text(firstChild(el, 'term_slug')));
  if (!nicename) return null;
  return {
    termId: integer(firstChild(el, 'term_id')),
    nicename,
    name: text(firstChild(el, 'term_name')) || nicename,
    parent: decodeSlug(text(firstChild(el, 'term_parent'))) || null,
    description: optional(firstChild(el, 'term_description')),
  };
}

function parseItem(el: XmlElement, ns: Map<string, string>): WxrItem | null {
  const postId = integer(firstChild(el, 'post_id'));
  if (postId === null) return null;
  const terms: WxrItemTerm[] = childElements(el, 'category').flatMap((c) => {
    const name = text(c);
    const domain = attr(c, 'domain') ?? 'category';
    const nicename = decodeSlug(attr(c, 'nicename') ?? '');
    return name || nicename ? [{ domain, nicename, name: name || nicename }] : [];
  });
  const meta = new Map<string, string>();
  for (const m of childElements(el, 'postmeta')) {
    const key = text(firstChild(m, 'meta_key'));
    if (key && !meta.has(key)) meta.set(key, textContent(firstChild(m, 'meta_value')));
  }
  return {
    postId,
    title: text(firstChild(el, 'title')),
    link: optional(firstChild(el, 'link')),
    guid: optional(firstChild(el, 'guid')),
    creator: optional(firstChild(el, 'creator')),
    contentHtml: encodedChild(el, ns, CONTENT_NS, 'content'),
    excerptHtml: encodedChild(el, ns, EXCERPT_NS, 'excerpt'),
    postDateGmt: wpTime(firstChild(el, 'post_date_gmt')),
    postDate: wpTime(firstChild(el, 'post_date')),
    postName: decodeSlug(text(firstChild(el, 'post_name'))),
    status: text(firstChild(el, 'status')).toLowerCase(),
    postType: text(firstChild(el, 'post_type')).toLowerCase() || 'post',
    postParent: integer(firstChild(el, 'post_parent')) || null,
    menuOrder: integer(firstChild(el, 'menu_order')) ?? 0,
    password: text(firstChild(el, 'post_password')),
    sticky: text(firstChild(el, 'is_sticky')) === '1',
    attachmentUrl: optional(firstChild(el, 'attachment_url')),
    terms,
    meta,
    commentCount: childElements(el, 'comment').length,
  };
}

/**
 * Reads a WXR document. XML with a DTD or entity declarations is refused,
 * nothing is fetched, and an item without a post id (which nothing could
 * refer to) is left out.
 */
export function parseWxr(xml: string): WxrDocument {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (e) {
    if (e instanceof XmlDocumentError) throw new DatelineError('invalid-input', `not a readable WordPress export: ${e.message}`);
    throw e;
  }
  const channel = firstChild(root, 'channel');
  if (root.local !== 'rss' || !channel) throw new DatelineError('invalid-input', 'not a WordPress export: no <rss><channel>');
  const ns = namespaces(root, channel);
  const categories = new Map<string, WxrCategory>();
  for (const c of [...childElements(channel, 'category').map(parseCategory), ...childElements(channel, 'term').map(parseCategoryTerm)]) {
    if (c && !categories.has(c.nicename)) categories.set(c.nicename, c);
  }
  const items = childElements(channel, 'item').map((i) => parseItem(i, ns)).filter((i): i is WxrItem => i !== null);
  const link = text(firstChild(channel, 'link'));
  return {
    site: {
      title: text(firstChild(channel, 'title')),
      url: (text(firstChild(channel, 'base_blog_url')) || link).replace(/\/+$/, ''),
      language: optional(firstChild(channel, 'language')),
      wxrVersion: optional(firstChild(channel, 'wxr_version')),
    },
    authors: childElements(channel, 'author').map(parseAuthor).filter((a): a is WxrAuthor => a !== null),
    categories: [...categories.values()],
    items,
  };
}
