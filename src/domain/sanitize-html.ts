import sanitizeHtml from 'sanitize-html';
import { collapseWhitespace } from './collapse-whitespace.ts';

/**
 * The one sanitizer for every untrusted body: wire copy, imports and the
 * editor. Output is an allow-listed HTML fragment, one block per line, that
 * the site may print raw. Running it twice changes nothing.
 */
export function sanitizeBodyHtml(html: string): string {
  return tidyBlocks(sanitizeHtml(separateBlocks(html), BODY_OPTIONS));
}

/** Plain text (a wire body without markup) as escaped paragraphs; blank lines separate them. */
export function textToParagraphs(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u00a0]*\n/)
    .map((paragraph) => collapseWhitespace(paragraph))
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${escapeText(paragraph)}</p>`)
    .join('\n');
}

/**
 * Text for fields that are never HTML (headlines, bylines, captions): markup
 * stripped, entities decoded, whitespace collapsed. The result is raw text;
 * whoever prints it escapes it.
 */
export function plainText(s: string): string {
  // Without '<' or '&' there is no markup or entity to undo, and the parser
  // would give the text back unchanged; wire items carry a dozen such fields.
  if (!s.includes('<') && !s.includes('&')) return collapseWhitespace(s);
  const stripped = sanitizeHtml(separateBlocks(s), TEXT_OPTIONS);
  return collapseWhitespace(decodeEscapes(stripped));
}

/**
 * `plainText` for HTML this module produced (`sanitizeBodyHtml`,
 * `textToParagraphs`), or a leading slice of it, without a second parse:
 * there every '<' and '>' belongs to a tag (text and attribute values have
 * them escaped) and the only entities are the escapes `decodeEscapes`
 * undoes. An embed (whose fallback text the parser drops) or a tag or
 * entity cut off at the end goes through `plainText` itself.
 */
export function sanitizedHtmlToText(html: string): string {
  if (html.includes('<iframe') || UNFINISHED_END.test(html)) return plainText(html);
  return collapseWhitespace(decodeEscapes(separateBlocks(html).replace(/<[^>]*>/g, '')));
}

const UNFINISHED_END = /<[^>]*$|&[^;]*$/;

/** Players that may be embedded. Kept short on purpose: every host here can run code in a frame. */
const EMBED_HOSTS = ['www.youtube-nocookie.com', 'youtube-nocookie.com', 'player.vimeo.com'];

/**
 * Elements whose text is never article content: code, the document head
 * (TT wraps bodies in `<html><head><title>`), forms and embedded objects whose
 * fallback text makes no sense once the object is gone.
 */
const DROP_WITH_CONTENT = [
  'script', 'style', 'textarea', 'option', 'xmp', 'head', 'title', 'template', 'noscript',
  'noembed', 'noframes', 'iframe', 'object', 'embed', 'applet', 'form', 'select', 'button',
  'datalist', 'svg', 'math', 'canvas', 'audio', 'video',
];

/** Inline elements that carry nothing once empty. */
const DROP_WHEN_EMPTY = new Set([
  'p', 'h2', 'h3', 'h4', 'blockquote', 'strong', 'em', 'b', 'i', 'li', 'figcaption',
]);

const BODY_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'blockquote', 'strong', 'em', 'b', 'i', 'a',
    'figure', 'figcaption', 'img', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th',
    'td', 'br', 'hr', 'iframe',
  ],
  allowedAttributes: {
    a: ['href', 'rel'],
    // data-assoc-ref is inert; it tells the ingest which wire picture an inline image is.
    img: ['src', 'alt', 'width', 'height', 'data-assoc-ref'],
    th: ['colspan', 'rowspan', 'scope'],
    td: ['colspan', 'rowspan'],
    iframe: ['src', 'width', 'height', 'title', 'allowfullscreen'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'], iframe: ['https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
  allowProtocolRelative: false,
  allowedIframeHostnames: EMBED_HOSTS,
  allowIframeRelativeUrls: false,
  nonTextTags: DROP_WITH_CONTENT,
  disallowedTagsMode: 'discard',
  parseStyleAttributes: false,
  // The headline is the page's h1; deeper levels fold into the smallest one we keep.
  transformTags: { h1: 'h2', h5: 'h4', h6: 'h4', a: transformLink, img: transformImage },
  exclusiveFilter: (frame) => {
    if (frame.tag === 'a' && !frame.attribs.href) return 'excludeTag';
    if ((frame.tag === 'img' || frame.tag === 'iframe') && !frame.attribs.src) return true;
    return DROP_WHEN_EMPTY.has(frame.tag) && frame.text.trim() === '' && frame.mediaChildren.length === 0;
  },
};

const TEXT_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [],
  allowedAttributes: {},
  nonTextTags: DROP_WITH_CONTENT,
  disallowedTagsMode: 'discard',
  parseStyleAttributes: false,
};

function transformLink(_tag: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const href = cleanUrl(attribs.href);
  if (href !== null && /^https?:\/\/[^/\\]/i.test(href)) {
    // Every absolute link leaves the site: no opener access, no endorsement.
    return { tagName: 'a', attribs: { href, rel: 'noopener nofollow' } };
  }
  if (href !== null && (/^mailto:/i.test(href) || /^\/(?![/\\])/.test(href))) {
    return { tagName: 'a', attribs: { href } };
  }
  return { tagName: 'a', attribs: {} };
}

function transformImage(_tag: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const out: sanitizeHtml.Attributes = {};
  const src = cleanUrl(attribs.src);
  const remote = src !== null && /^https?:\/\/[^/\\]/i.test(src);
  const ours = src !== null && /^\/media\/[^/\\]/.test(src) && !src.includes('..');
  if (src !== null && (remote || ours)) out.src = src;
  if (attribs.alt !== undefined) out.alt = attribs.alt;
  for (const dimension of ['width', 'height']) {
    const value = attribs[dimension]?.trim();
    if (value && /^\d{1,5}$/.test(value)) out[dimension] = value;
  }
  const ref = attribs['data-assoc-ref']?.trim();
  if (ref && /^[\w.:-]{1,100}$/.test(ref)) out['data-assoc-ref'] = ref;
  return { tagName: 'img', attribs: out };
}

/**
 * A URL fit to keep, or null. Browsers drop tabs and newlines inside URLs,
 * which turns "/\t/evil.example" into a protocol-relative link, so any
 * whitespace or control character disqualifies it.
 */
function cleanUrl(raw: string | undefined): string | null {
  const url = raw?.trim();
  if (!url || /[\u0000-\u0020\u007f-\u009f\u2028\u2029]/.test(url)) return null;
  return url;
}

/** A line break after each block boundary, so removed containers never glue words together. */
function separateBlocks(html: string): string {
  return html.replace(BLOCK_BOUNDARY, '$&\n');
}

const BLOCK_BOUNDARY =
  /<\/(?:p|div|section|article|aside|header|footer|main|nav|h[1-6]|li|ul|ol|dl|dt|dd|blockquote|figure|figcaption|table|caption|thead|tbody|tfoot|tr|td|th|pre|address)\s*>|<br\s*\/?>|<hr\s*\/?>/gi;

/** Any run of whitespace that holds a line break becomes one line break: same rendering, stable output. */
function tidyBlocks(html: string): string {
  return html.replace(/[ \t\r\f]*\n\s*/g, '\n').trim();
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Undoes the escaping sanitize-html applies to text; it decodes every other entity itself. */
function decodeEscapes(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0*39;/g, "'")
    .replace(/&amp;/g, '&');
}
