import type { Executor } from '../database.ts';

/** A wire picture shown by a story: as its lead, or inside its body. */
export interface ArticleWirePicture {
  readonly articleId: number;
  readonly provider: string;
  readonly guid: string;
  readonly name: string;
  readonly role: 'lead' | 'inline';
  readonly mediaId: number | null;
  readonly remoteHref: string | null;
}

/** Records the pictures a story version shows, replacing what the previous version showed. */
export async function replaceArticleWirePictures(db: Executor, articleId: number, uses: readonly Omit<ArticleWirePicture, 'articleId'>[]): Promise<void> {
  await db.deleteFrom('article_wire_pictures').where('article_id', '=', articleId).execute();
  const unique = new Map(uses.map((u) => [`${u.provider}\u0000${u.guid}`, u]));
  if (unique.size === 0) return;
  await db
    .insertInto('article_wire_pictures')
    .values(
      [...unique.values()].map((u) => ({
        article_id: articleId, provider: u.provider, guid: u.guid, name: u.name, role: u.role, media_id: u.mediaId, remote_href: u.remoteHref,
      })),
    )
    .execute();
}

/** Every story that shows the picture. */
export async function listPictureUses(db: Executor, provider: string, guid: string): Promise<ArticleWirePicture[]> {
  const rows = await db.selectFrom('article_wire_pictures').selectAll().where('provider', '=', provider).where('guid', '=', guid).orderBy('article_id').execute();
  return rows.map((r) =>
    Object.freeze({
      articleId: r.article_id, provider: r.provider, guid: r.guid, name: r.name, role: r.role as 'lead' | 'inline',
      mediaId: r.media_id, remoteHref: r.remote_href,
    }),
  );
}

export async function forgetPictureUse(db: Executor, articleId: number, provider: string, guid: string): Promise<void> {
  await db.deleteFrom('article_wire_pictures').where('article_id', '=', articleId).where('provider', '=', provider).where('guid', '=', guid).execute();
}
