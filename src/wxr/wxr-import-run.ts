import type { MediaAsset } from '../domain/media.ts';
import { plainText } from '../domain/sanitize-html.ts';
import { responsiveImageFor } from '../media/responsive-image-for.ts';
import type { BodyImage } from './body-image.ts';
import { isPictureAttachment } from './import-wxr-attachment.ts';
import { repairMojibake } from './repair-mojibake.ts';
import { uploadUrlKey } from './upload-url-key.ts';
import { WxrAuthors } from './wxr-authors.ts';
import type { WxrDocument, WxrItem } from './wxr-document.ts';
import { WxrSections } from './wxr-sections.ts';

export interface WxrImportOptions {
  /** Import pages as stories (in `pagesSection`) instead of skipping them. */
  readonly pages?: boolean;
  /** Section path for imported pages; default `pages`. */
  readonly pagesSection?: string;
  /** Section path for posts with no category; default `uncategorized`. */
  readonly defaultSection?: string;
  /** Nest every imported category under this section path instead of at the top. */
  readonly sectionsUnder?: string | null;
  /** A copy of the site's `wp-content/uploads` folder; without it attachments are skipped. */
  readonly uploadsDir?: string | null;
  /** Called after each item with how many are done out of how many. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** What one import keeps while it works through the export. */
export class WxrImportRun {
  readonly source: string;
  readonly sections: WxrSections;
  readonly authors: WxrAuthors;
  readonly attachments = new Map<number, WxrItem>();
  /** Pictures this run imported or found imported before, by attachment post id. */
  readonly media = new Map<number, MediaAsset>();
  private readonly children = new Map<number, number[]>();
  private readonly byUploadUrl = new Map<string, number>();

  constructor(readonly doc: WxrDocument, readonly options: WxrImportOptions) {
    this.source = `wxr:${doc.site.url}`;
    this.sections = new WxrSections(doc.categories, options.sectionsUnder ?? null);
    this.authors = new WxrAuthors(doc.authors);
    const attachments = doc.items.filter((i) => i.postType === 'attachment').sort((a, b) => a.menuOrder - b.menuOrder || a.postId - b.postId);
    for (const a of attachments) {
      this.attachments.set(a.postId, a);
      if (a.postParent !== null) (this.children.get(a.postParent) ?? this.children.set(a.postParent, []).get(a.postParent)!).push(a.postId);
      for (const url of [a.attachmentUrl, a.guid]) {
        const key = url ? uploadUrlKey(url) : null;
        if (key && !this.byUploadUrl.has(key)) this.byUploadUrl.set(key, a.postId);
      }
    }
  }

  childAttachments(postId: number): readonly number[] {
    return this.children.get(postId) ?? [];
  }

  /** How a body shows an attachment: our rendition when imported, else the old site's file; null when it is no picture. */
  bodyImage(postId: number): BodyImage | null {
    const item = this.attachments.get(postId);
    if (!item || !isPictureAttachment(item)) return null;
    const caption = plainText(repairMojibake(item.excerptHtml).text) || null;
    const asset = this.media.get(postId);
    if (asset) {
      const image = responsiveImageFor(asset, { sizes: '100vw' });
      return { src: image.src, alt: asset.alt, width: image.width, height: image.height, caption: asset.caption ?? caption };
    }
    const src = item.attachmentUrl ?? item.guid;
    if (!src || !/^https?:\/\//i.test(src)) return null;
    return { src, alt: plainText(item.meta.get('_wp_attachment_image_alt') ?? ''), width: null, height: null, caption };
  }

  bodyImageForUrl(url: string): BodyImage | null {
    const key = uploadUrlKey(url);
    const id = key ? this.byUploadUrl.get(key) : undefined;
    return id === undefined ? null : this.bodyImage(id);
  }
}
