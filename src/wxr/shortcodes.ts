import { escapeHtml } from '../site/html.ts';
import { bodyFigureHtml, type BodyImage } from './body-image.ts';

export interface ShortcodeContext {
  /** An attachment of the export by its post id, as the body should show it. */
  readonly attachment: (postId: number) => BodyImage | null;
  /** Attachments whose parent is this post, in menu order: what a `[gallery]` without ids shows. */
  readonly childAttachments: readonly number[];
}

type Attributes = ReadonlyMap<string | number, string>;

/** Shortcodes whose output is a player or a link to one: the body keeps a plain link. */
const MEDIA_LINKS = new Set(['embed', 'youtube', 'vimeo', 'video', 'audio', 'soundcloud', 'dailymotion', 'twitter', 'instagram', 'tweet']);
/** Shortcodes that only ever produce widgets with no place in a story. */
const DROPPED = new Set(['playlist', 'contact-form', 'contact_form', 'contact-field', 'polldaddy', 'archives', 'sitemap', 'subscribe']);

const KNOWN = new Set(['caption', 'wp_caption', 'gallery', ...MEDIA_LINKS, ...DROPPED]);

const OPENING = /\[(\[?)([A-Za-z][\w-]*)(?![\w-])((?:[^\]\/]|\/(?!\]))*)(\/)?\](\]?)/g;
const ATTRIBUTE =
  /([\w-]+)\s*=\s*"([^"]*)"(?:\s|$)|([\w-]+)\s*=\s*'([^']*)'(?:\s|$)|([\w-]+)\s*=\s*([^\s'"]+)(?:\s|$)|"([^"]*)"(?:\s|$)|'([^']*)'(?:\s|$)|(\S+)(?:\s|$)/g;

function decodeEntities(s: string): string {
  return s
    .replace(/&quot;|&#0*34;|&#8221;|&#8243;|″|”|“/g, '"')
    .replace(/&#0*39;|&#8217;|&#8242;|’|′/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** WordPress's `shortcode_parse_atts`: named values by name, bare values by position. */
function parseAttributes(raw: string): Attributes {
  const out = new Map<string | number, string>();
  const text = raw.replace(/[\u00a0\u200b]/g, ' ').trim();
  // WordPress.com writes `[youtube=https://…]`.
  const inline = /^=\s*(\S+)/.exec(text);
  if (inline) out.set(0, decodeEntities(inline[1]));
  let position = inline ? 1 : 0;
  for (const m of (inline ? text.slice(inline[0].length) : text).matchAll(ATTRIBUTE)) {
    if (m[1] !== undefined) out.set(m[1].toLowerCase(), decodeEntities(m[2]));
    else if (m[3] !== undefined) out.set(m[3].toLowerCase(), decodeEntities(m[4]));
    else if (m[5] !== undefined) out.set(m[5].toLowerCase(), decodeEntities(m[6]));
    else out.set(position++, decodeEntities(m[7] ?? m[8] ?? m[9]));
  }
  return out;
}

function link(url: string): string {
  const safe = /^https?:\/\/\S+$/i.test(url.trim()) ? url.trim() : null;
  return safe ? `<p><a href="${escapeHtml(safe)}">${escapeHtml(safe)}</a></p>` : '';
}

/** `[caption]<img …> Caption text[/caption]` (or a `caption` attribute) as a figure. */
function caption(attrs: Attributes, content: string): string {
  const m = /^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?)([\s\S]*)$/i.exec(content);
  const image = m ? m[1] : content;
  const text = (attrs.get('caption') ?? (m ? m[2] : '')).trim();
  if (image.trim() === '') return text ? `<p>${text}</p>` : '';
  return `<figure>${image}${text ? `<figcaption>${text}</figcaption>` : ''}</figure>`;
}

function gallery(attrs: Attributes, ctx: ShortcodeContext): { html: string; shown: number; wanted: number } {
  const ids = attrs.get('ids') ?? attrs.get('include');
  const wanted = ids ? ids.split(/[\s,]+/).filter((s) => /^\d+$/.test(s)).map(Number) : ctx.childAttachments;
  const images = wanted.map((id) => ctx.attachment(id)).filter((i): i is BodyImage => i !== null);
  return { html: images.map(bodyFigureHtml).join('\n'), shown: images.length, wanted: wanted.length };
}

export interface ShortcodeResult {
  readonly html: string;
  /** What was converted or removed, for the import report. */
  readonly notes: readonly string[];
}

/**
 * Turns the shortcodes WordPress would have expanded into HTML: captions
 * into figures, galleries into figures of their pictures, embeds into
 * links. Other shortcodes lose their tags and keep their content. Square
 * brackets that are just text ("[sic]", "[simple boat]") stay as written.
 */
export function convertShortcodes(content: string, ctx: ShortcodeContext): ShortcodeResult {
  const notes = new Set<string>();
  const convert = (text: string, depth: number): string => {
    let out = '';
    let at = 0;
    OPENING.lastIndex = 0;
    const openings = [...text.matchAll(OPENING)];
    for (const m of openings) {
      if (m.index < at) continue;
      const [whole, escapeOpen, rawName, rawAttrs, selfClosing, escapeClose] = m;
      const name = rawName.toLowerCase();
      out += text.slice(at, m.index);
      at = m.index + whole.length;
      if (escapeOpen && escapeClose) {
        out += whole.slice(1, -1);
        continue;
      }
      const closer = selfClosing ? -1 : text.toLowerCase().indexOf(`[/${name}]`, at);
      const enclosed = closer >= 0 ? text.slice(at, closer) : null;
      const attrs = parseAttributes(rawAttrs);
      const known = KNOWN.has(name);
      const looksLikeShortcode = known || enclosed !== null || selfClosing !== undefined || rawAttrs.includes('=') || /[_-]/.test(name);
      if (!looksLikeShortcode) {
        out += escapeOpen + `[${rawName}${rawAttrs}]`;
        continue;
      }
      if (enclosed !== null) at = closer + name.length + 3;
      const inner = enclosed !== null && depth < 8 ? convert(enclosed, depth + 1) : enclosed ?? '';
      if (name === 'caption' || name === 'wp_caption') {
        out += caption(attrs, inner);
        notes.add('captions became figures');
      } else if (name === 'gallery') {
        const g = gallery(attrs, ctx);
        out += g.html;
        notes.add(g.shown === g.wanted ? `a gallery of ${g.shown} pictures became figures` : `a gallery shows ${g.shown} of its ${g.wanted} pictures (the others are not pictures in this export)`);
      } else if (MEDIA_LINKS.has(name)) {
        out += link(inner.trim() || attrs.get('url') || attrs.get('src') || attrs.get('mp4') || attrs.get('mp3') || attrs.get(0) || '');
        notes.add(`[${name}] became a link`);
      } else if (DROPPED.has(name)) {
        notes.add(`[${name}] removed`);
      } else {
        out += inner;
        notes.add(enclosed !== null ? `[${name}] removed, its text kept` : `[${name}] removed`);
      }
    }
    return out + text.slice(at);
  };
  return { html: convert(content, 0), notes: [...notes] };
}
