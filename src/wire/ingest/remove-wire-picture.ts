import { keys } from '../../domain/surrogate-keys.ts';
import type { ChangeEvent } from '../../events/change-event.ts';
import { originalHash } from '../../media/original-key.ts';
import { applyArticleUpdate, type ArticleChanges } from '../../newsroom/update-article.ts';
import type { Executor } from '../../store/database.ts';
import { forgetPictureUse, listPictureUses } from '../../store/repositories/article-wire-picture-repository.ts';
import { findArticleById, updateArticleRow } from '../../store/repositories/article-repository.ts';
import { findMediaByWireGuid } from '../../store/repositories/media-repository.ts';
import { articlesLeadingWith, clearVideoPosters, deleteMediaAssets } from '../../store/repositories/media-use-repository.ts';
import { removeBodyImages } from './inline-figures.ts';

export interface PictureRemoval {
  readonly events: readonly ChangeEvent[];
  /** Originals that lost their asset; delete them from the media store after commit, when nothing else uses them. */
  readonly storageKeys: readonly string[];
  readonly articleIds: readonly number[];
}

/**
 * Inside the transaction: takes a withheld or killed wire picture out of
 * every story that shows it (as lead, inline, or referenced from the agency's
 * server), off any video that uses it as poster, and deletes its media
 * assets so its image URLs answer 404. Each changed story gets a revision and
 * a change event, so pages, feeds and caches follow at once.
 */
export async function removeWirePicture(db: Executor, provider: string, guid: string, now: Date): Promise<PictureRemoval> {
  const media = await findMediaByWireGuid(db, provider, guid);
  const mediaIds = media.map((m) => m.id);
  const uses = await listPictureUses(db, provider, guid);
  const leadUsers = await articlesLeadingWith(db, mediaIds);
  const articleIds = [...new Set([...uses.map((u) => u.articleId), ...leadUsers])].sort((a, b) => a - b);
  const mediaPaths = media.map((m) => `/media/${originalHash(m.storageKey)}/`);
  const events: ChangeEvent[] = [];

  for (const id of articleIds) {
    const article = await findArticleById(db, id);
    if (!article) continue;
    const mine = uses.filter((u) => u.articleId === id);
    const names = new Set(mine.map((u) => u.name));
    const hrefs = new Set(mine.flatMap((u) => (u.remoteHref ? [u.remoteHref] : [])));
    const body = removeBodyImages(
      article.bodyHtml,
      (img) =>
        (img.assocRef !== null && names.has(img.assocRef)) ||
        (img.src !== null && (hrefs.has(img.src) || mediaPaths.some((p) => img.src!.startsWith(p)))),
    );
    const changes: { -readonly [K in keyof ArticleChanges]: ArticleChanges[K] } = {};
    if (article.leadMediaId !== null && mediaIds.includes(article.leadMediaId)) changes.leadMediaId = null;
    if (body !== article.bodyHtml) changes.bodyHtml = body;
    if (article.status === 'killed') {
      // A killed story is never edited again; only the reference goes, so the asset can be deleted.
      if (changes.leadMediaId === null) await updateArticleRow(db, id, { lead_media_id: null });
    } else if (Object.keys(changes).length > 0) {
      events.push((await applyArticleUpdate(db, id, changes, { actor: null }, now)).event);
    }
    await forgetPictureUse(db, id, provider, guid);
  }

  for (const id of await clearVideoPosters(db, mediaIds)) events.push({ kind: 'video.changed', id, keys: [keys.video(id), keys.videos, keys.front], at: now });
  await deleteMediaAssets(db, mediaIds);
  for (const m of media) events.push({ kind: 'media.changed', id: m.id, keys: [], at: now });
  return { events, storageKeys: [...new Set(media.map((m) => m.storageKey))], articleIds };
}
