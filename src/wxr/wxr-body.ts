import sanitizeHtml from 'sanitize-html';
import { escapeHtml } from '../site/html.ts';
import { autop, hasBlocks } from './autop.ts';
import type { BodyImage } from './body-image.ts';
import { repairMojibake } from './repair-mojibake.ts';
import { convertShortcodes, type ShortcodeContext } from './shortcodes.ts';

export interface WxrBodyContext extends ShortcodeContext {
  /** The picture an old-site URL shows (any size variant of an upload), or null. */
  readonly imageForUrl: (url: string) => BodyImage | null;
}

export interface WxrBody {
  /** HTML for the article body; `insertArticle` sanitizes it like any other body. */
  readonly html: string;
  readonly notes: readonly string[];
}

const BLOCK_COMMENT = /<!--\s*\/?wp:[\s\S]*?-->/g;
/** A URL alone on its line: WordPress shows it as an embed; here it becomes a link. */
const BARE_URL_LINE = /^[ \t]*(https?:\/\/[^\s<>"']+)[ \t]*$/gm;

/** Points pictures and links to imported uploads at our renditions, with the picture's real size. */
function rewriteUploads(html: string, ctx: WxrBodyContext): { html: string; rewritten: number } {
  let rewritten = 0;
  const out = sanitizeHtml(html, {
    allowedTags: false,
    allowedAttributes: false,
    allowVulnerableTags: true,
    transformTags: {
      img: (tagName, attribs): sanitizeHtml.Tag => {
        const image = attribs.src ? ctx.imageForUrl(attribs.src) : null;
        if (!image || !image.src.startsWith('/')) return { tagName, attribs };
        rewritten += 1;
        const out: sanitizeHtml.Attributes = { ...attribs, src: image.src, alt: attribs.alt || image.alt };
        if (image.width && image.height) Object.assign(out, { width: String(image.width), height: String(image.height) });
        return { tagName, attribs: out };
      },
      a: (tagName, attribs): sanitizeHtml.Tag => {
        const image = attribs.href ? ctx.imageForUrl(attribs.href) : null;
        return image && image.src.startsWith('/') ? { tagName, attribs: { ...attribs, href: image.src } } : { tagName, attribs };
      },
    },
  });
  return { html: out, rewritten };
}

/**
 * A post's `content:encoded` as a Dateline body: mis-decoded characters
 * repaired, block-editor comments removed, shortcodes converted, classic
 * content given its paragraphs, and pictures pointed at imported uploads.
 */
export function wxrBodyHtml(content: string, ctx: WxrBodyContext): WxrBody {
  const notes: string[] = [];
  const repaired = repairMojibake(content);
  if (repaired.repaired > 0) notes.push(`repaired ${repaired.repaired} mis-decoded characters`);
  if (repaired.suspicious) notes.push('the text holds characters that look mis-decoded and could not be repaired');
  const blocks = hasBlocks(repaired.text);
  let html = repaired.text.replace(BLOCK_COMMENT, '');
  const shortcodes = convertShortcodes(html, ctx);
  notes.push(...shortcodes.notes);
  html = shortcodes.html;
  if (!blocks) html = autop(html.replace(BARE_URL_LINE, (_m, url: string) => `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`));
  const uploads = rewriteUploads(html, ctx);
  if (uploads.rewritten > 0) notes.push(`${uploads.rewritten} pictures in the text now use imported uploads`);
  return { html: uploads.html, notes };
}
