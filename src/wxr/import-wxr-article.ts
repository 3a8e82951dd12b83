import type { Article } from '../domain/article.ts';
import { plainText } from '../domain/sanitize-html.ts';
import { lifecycleState } from '../domain/visibility.ts';
import { insertArticle } from '../newsroom/create-article.ts';
import type { ServiceContext } from '../service-context.ts';
import { urls } from '../site/urls.ts';
import type { Executor } from '../store/database.ts';
import { recordImported } from '../store/repositories/import-ledger-repository.ts';
import { findRedirect, upsertRedirect } from '../store/repositories/redirect-repository.ts';
import type { Section } from '../domain/taxonomy.ts';
import { repairMojibake } from './repair-mojibake.ts';
import { wxrLedgerKey } from './wxr-ledger-key.ts';
import { wxrBodyHtml } from './wxr-body.ts';
import type { WxrItem, WxrItemTerm } from './wxr-document.ts';
import type { WxrImportRun } from './wxr-import-run.ts';
import { wxrPublication } from './wxr-publication.ts';
import { wxrRedirectSources } from './wxr-redirect-paths.ts';

export type ArticleOutcome =
  | { readonly kind: 'imported'; readonly article: Article; readonly path: string; readonly state: string; readonly notes: readonly string[] }
  | { readonly kind: 'skipped'; readonly reason: string };

const MAX_HEADLINE = 300;

const clean = (s: string) => plainText(repairMojibake(s).text);

/** A headline from the first sentence of the text, for posts saved without a title. */
function headlineFromText(text: string): string {
  const sentence = /^(.{20,}?[.!?])\s/.exec(`${text} `)?.[1] ?? text;
  return sentence.length <= 90 ? sentence : `${sentence.slice(0, 90).replace(/\s+\S*$/, '')}…`;
}

/** Yoast's primary category when it names one of the post's categories, else the first that is not "Uncategorized". */
function primaryCategory(item: WxrItem, run: WxrImportRun, categories: readonly WxrItemTerm[]): WxrItemTerm | null {
  const primaryId = Number(item.meta.get('_yoast_wpseo_primary_category'));
  const primary = run.doc.categories.find((c) => c.termId !== null && c.termId === primaryId);
  return (
    categories.find((c) => primary && c.nicename === primary.nicename) ??
    categories.find((c) => c.nicename !== 'uncategorized') ??
    categories[0] ??
    null
  );
}

/** Old permalinks to the story's new path; a path that already redirects is left as it is. */
async function addRedirects(db: Executor, item: WxrItem, to: string, now: Date, notes: string[]): Promise<number> {
  let made = 0;
  for (const source of wxrRedirectSources(item)) {
    if ('unusable' in source) {
      notes.push(`no redirect: ${source.unusable}`);
      continue;
    }
    if (source.path === to) continue;
    const existing = await findRedirect(db, source.path);
    if (existing !== null) {
      if (existing !== to) notes.push(`no redirect: ${source.path} already redirects to ${existing}`);
      continue;
    }
    await upsertRedirect(db, source.path, to, now);
    made += 1;
  }
  return made;
}

/**
 * One post or page as a story, with its section, author, tags, lead
 * picture and redirects from its old addresses, in one transaction that
 * also records it in the import ledger. Announced after commit like any
 * new story.
 */
export async function importWxrArticle(
  ctx: ServiceContext,
  run: WxrImportRun,
  item: WxrItem,
  kind: 'post' | 'page',
): Promise<ArticleOutcome & { readonly redirects?: number }> {
  const now = ctx.now();
  const notes: string[] = [];
  const publication = wxrPublication(item, now);
  notes.push(...publication.notes);
  const body = wxrBodyHtml(item.contentHtml, {
    attachment: (id) => run.bodyImage(id),
    childAttachments: run.childAttachments(item.postId),
    imageForUrl: (url) => run.bodyImageForUrl(url),
  });
  notes.push(...body.notes);

  let headline = clean(item.title);
  if (!headline) {
    const text = plainText(body.html);
    if (!text) return { kind: 'skipped', reason: 'no title and no text' };
    headline = headlineFromText(text);
    notes.push('no title in WordPress; the headline is taken from the text');
  }
  if (headline.length > MAX_HEADLINE) {
    headline = `${headline.slice(0, MAX_HEADLINE - 1).replace(/\s+\S*$/, '')}…`;
    notes.push(`the title was longer than ${MAX_HEADLINE} characters and was shortened`);
  }
  const dek = clean(item.excerptHtml) || clean(item.meta.get('_yoast_wpseo_metadesc') ?? '') || null;

  const categories = item.terms.filter((t) => t.domain === 'category');
  const primary = kind === 'post' ? primaryCategory(item, run, categories) : null;
  const tagNames = [
    ...item.terms.filter((t) => t.domain === 'post_tag').map((t) => clean(t.name)),
    // A story has one section; its other categories stay findable as tags.
    ...categories.filter((c) => c !== primary).map((c) => clean(c.name)),
  ].filter((t) => t !== '');
  if (categories.length > 1 && kind === 'post') notes.push(`section "${clean(primary!.name)}"; its other categories became tags`);
  if (item.sticky) notes.push('sticky in WordPress; put it in a curated list to keep it on top');

  const thumbnailId = Number(item.meta.get('_thumbnail_id'));
  const lead = Number.isInteger(thumbnailId) && thumbnailId > 0 ? run.media.get(thumbnailId) ?? null : null;
  if (item.meta.has('_thumbnail_id') && !lead) notes.push(`its featured image (attachment #${item.meta.get('_thumbnail_id')}) was not imported`);

  const language = /^([a-z]{2,3})(?:[-_]|$)/i.exec(run.doc.site.language ?? '')?.[1]?.toLowerCase();
  const { article, event, path, redirects } = await ctx.store.transaction(async (trx) => {
    let section: Section;
    if (kind === 'page') section = await run.sections.atPath(trx, run.options.pagesSection ?? 'pages', 'Pages');
    else if (primary) section = await run.sections.forCategory(trx, primary.nicename, clean(primary.name));
    else section = await run.sections.atPath(trx, run.options.defaultSection ?? 'uncategorized', 'Uncategorized');
    const author = item.creator ? await run.authors.forLogin(trx, item.creator) : null;
    const created = await insertArticle(
      trx,
      {
        headline, dek, slug: item.postName || headline, sectionId: section.id, byline: null, authorIds: author ? [author.id] : [],
        tagNames, bodyHtml: body.html, leadMediaId: lead?.id ?? null, ...(language ? { language } : {}),
      },
      { status: publication.status, publishedAt: publication.publishedAt, createdAt: publication.createdAt, actor: null },
      now,
    );
    await recordImported(trx, {
      source: run.source, sourceKey: wxrLedgerKey(item), sourceGuid: item.guid, targetKind: 'article', targetId: created.article.id, importedAt: now,
    });
    const newPath = urls.article(section.path, created.article.slug);
    // Only a post that was public had addresses worth keeping.
    const made = item.status === 'publish' && publication.status === 'published' ? await addRedirects(trx, item, newPath, now, notes) : 0;
    return { ...created, path: newPath, redirects: made };
  });
  await ctx.bus.publish([event]);
  return { kind: 'imported', article, path, state: lifecycleState(article, now), notes, redirects };
}
