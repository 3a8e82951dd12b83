import type { Dateline } from '../../domain/article.ts';
import { sanitizeBodyHtml } from '../../domain/sanitize-html.ts';
import { applySubjectRules } from '../../domain/wire-source.ts';
import type { ArticleWirePicture } from '../../store/repositories/article-wire-picture-repository.ts';
import type { WireItem, WirePicture, WireRendition } from '../wire-item.ts';
import { bodyImages, removeBodyImages } from './inline-figures.ts';
import type { SourceSettings } from './source-settings.ts';
import { pictureText } from './store-wire-picture.ts';

/** The lead picture as the story will show it. */
export interface LeadPicture {
  readonly picture: WirePicture;
  /** Re-hosted asset, or null. */
  readonly mediaId: number | null;
  /** Shown from the agency's URL, for sources configured so. */
  readonly remote: WireRendition | null;
}

/** The wire-owned fields of a story: every version replaces them wholesale. */
export interface WireStoryFields {
  readonly headline: string;
  readonly dek: string | null;
  readonly byline: string | null;
  readonly dateline: Dateline | null;
  readonly bodyHtml: string;
  readonly leadMediaId: number | null;
  readonly language: string;
  readonly rights: { readonly copyrightNotice: string | null; readonly copyrightHolder: string | null; readonly usageTerms: string | null };
  readonly embargoUntil: Date | null;
  readonly expiresAt: Date | null;
}

export interface MappedWireStory {
  readonly fields: WireStoryFields;
  /** Section path a subject rule gives the story, or null. */
  readonly rulePath: string | null;
  readonly tagNames: readonly string[];
  /** The wire pictures the story shows, for finding it again when one is killed. */
  readonly pictures: readonly Omit<ArticleWirePicture, 'articleId'>[];
}

/**
 * A wire item as story fields. The dateline is the item's place with the
 * source's display name ("MOSCOW" + "AP"). The lead picture is shown once:
 * an inline figure of the same picture (TT marks it with data-assoc-ref)
 * is dropped, as is any inline figure of a picture that was withheld or
 * killed. `edNote` is never carried over: it stays on the receipt.
 */
export function mapWireStory(
  item: WireItem,
  bodyHtml: string,
  settings: SourceSettings,
  lead: LeadPicture | null,
  barred: ReadonlySet<string>,
): MappedWireStory {
  const shown = lead !== null && (lead.mediaId !== null || lead.remote !== null) ? lead : null;
  let body = removeBodyImages(bodyHtml, (img) => img.assocRef !== null && (barred.has(img.assocRef) || img.assocRef === shown?.picture.name));
  // The parser's body is already sanitized; only what is added here goes through the sanitizer again.
  if (shown?.remote) body = sanitizeBodyHtml(`${remoteFigure(shown.picture, shown.remote)}\n${body}`);

  const byName = new Map(item.pictures.filter((p) => p.guid !== null).map((p) => [p.name, p]));
  const pictures: Omit<ArticleWirePicture, 'articleId'>[] = [];
  if (shown?.picture.guid) {
    pictures.push({
      provider: item.provider, guid: shown.picture.guid, name: shown.picture.name, role: 'lead', mediaId: shown.mediaId, remoteHref: shown.remote?.href ?? null,
    });
  }
  for (const img of bodyImages(body)) {
    const p = img.assocRef ? byName.get(img.assocRef) : undefined;
    if (p?.guid && p !== shown?.picture) {
      pictures.push({ provider: item.provider, guid: p.guid, name: p.name, role: 'inline', mediaId: null, remoteHref: img.src });
    }
  }

  const { sectionPath, tags } = applySubjectRules(settings.subjectRules, item.subjects);
  return {
    fields: {
      headline: item.headline,
      dek: item.dek,
      byline: item.byline,
      dateline: item.datelinePlace ? { place: item.datelinePlace, source: settings.datelineSource } : null,
      bodyHtml: body,
      leadMediaId: shown?.mediaId ?? null,
      language: item.language ?? 'en',
      rights: { copyrightNotice: item.copyrightNotice, copyrightHolder: item.copyrightHolder, usageTerms: item.usageTerms },
      embargoUntil: item.embargoUntil instanceof Date ? item.embargoUntil : null,
      expiresAt: item.expires,
    },
    rulePath: sectionPath,
    tagNames: tags,
    pictures,
  };
}

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A lead picture shown from the agency's server, as the body's first figure (the sanitizer checks it like any other). */
function remoteFigure(picture: WirePicture, rendition: WireRendition): string {
  const { alt, caption, credit } = pictureText(picture);
  const size = rendition.width && rendition.height ? ` width="${rendition.width}" height="${rendition.height}"` : '';
  const text = [caption, credit].filter((t): t is string => t !== null).join(' ');
  return `<figure><img src="${escape(rendition.href)}" alt="${escape(alt)}"${size}>${text ? `<figcaption>${escape(text)}</figcaption>` : ''}</figure>`;
}
