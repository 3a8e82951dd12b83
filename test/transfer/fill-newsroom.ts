import { ingestImage } from '../../src/media/ingest-image.ts';
import type { MediaStore } from '../../src/media/media-store.ts';
import { changeArticleStatus } from '../../src/newsroom/change-article-status.ts';
import { createArticle } from '../../src/newsroom/create-article.ts';
import { updateArticle } from '../../src/newsroom/update-article.ts';
import type { ServiceContext } from '../../src/service-context.ts';
import { DEFAULT_SITE_SETTINGS } from '../../src/domain/site-settings.ts';
import { insertAuthor } from '../../src/store/repositories/author-repository.ts';
import { insertList, replaceListEntries } from '../../src/store/repositories/curated-list-repository.ts';
import { insertMediaAsset } from '../../src/store/repositories/media-repository.ts';
import { insertSection } from '../../src/store/repositories/section-repository.ts';
import { insertSeries } from '../../src/store/repositories/series-repository.ts';
import { writeSiteSettings } from '../../src/store/repositories/settings-repository.ts';
import { insertUser } from '../../src/store/repositories/user-repository.ts';
import { insertVideo } from '../../src/store/repositories/video-repository.ts';
import { insertWireReceipt } from '../../src/store/repositories/wire-receipt-repository.ts';
import { photo } from '../media/support/make-images.ts';

const HOUR = 3_600_000;

/**
 * A small newsroom with at least one row of every exported kind, and the
 * awkward cases: a section whose parent was made after it, text that sorts
 * differently under different collations, unicode, entities, a killed and a
 * scheduled story, an uploaded video file.
 */
export async function fillNewsroom(ctx: ServiceContext, media: MediaStore): Promise<{ articleIds: number[] }> {
  const db = ctx.store.db;
  const now = ctx.now();
  const local = await insertSection(db, { slug: 'local', path: 'local', name: 'Local', parentId: null, position: 2 });
  const news = await insertSection(db, { slug: 'news', path: 'news', name: 'News & Views', parentId: null, description: 'Everything «new»', position: 1 });
  // A child made before its parent: the import must not trip over the order of ids.
  await db.updateTable('sections').set({ parent_id: news.id, path: 'news/local' }).where('id', '=', local.id).execute();

  const stored = await ingestImage(media, await photo(120, 80));
  const picture = await insertMediaAsset(db, {
    storageKey: stored.storageKey, mimeType: stored.mimeType, width: stored.width, height: stored.height, bytes: stored.bytes, alt: 'Flood — “river”',
    caption: 'Ünïcödé caption 🌊', credit: 'Staff', focal: { x: 0.3333333333333333, y: 0.1 }, wireProvider: null, wireGuid: null, createdAt: new Date(now.getTime() - HOUR),
  });
  await media.put('files/clip.mp4', Buffer.from('not really a video, but bytes all the same'), 'video/mp4');

  const author = await insertAuthor(db, { slug: 'ana-ortiz', name: 'Ana Ortiz', title: 'Reporter', bio: null });
  const series = await insertSeries(db, { slug: 'daily-pledge', name: 'Daily Pledge', description: 'Every morning' });
  const ids: number[] = [];
  const a = await createArticle(
    ctx,
    {
      headline: 'River crests at 20 feet — “worst since 1993”', dek: 'Sandbags & shelters', sectionId: local.id, authorIds: [author.id],
      tagNames: ['Zebra Crossing', 'apple', 'Äpfel', 'Flood'], bodyHtml: '<p>Water &amp; mud &lt;everywhere&gt;.</p><p>עברית and 中文 🙂</p>',
      leadMediaId: picture.id, seriesId: series.id, dateline: { place: 'MAPLETON', source: null }, rights: { copyrightNotice: '© Gazette' },
    },
    { status: 'published', actor: 'u1', publishedAt: new Date(now.getTime() - 2 * HOUR) },
  );
  ids.push(a.id);
  await updateArticle(ctx, a.id, { bodyHtml: '<p>Water receded.</p>', slug: 'river-crests' }, { actor: 'u1', note: { kind: 'update', text: 'Adds levels.' } });
  const killed = await createArticle(ctx, { headline: 'Retracted story', sectionId: news.id, bodyHtml: '<p>Wrong.</p>' }, { status: 'published', actor: null });
  await changeArticleStatus(ctx, killed.id, { kind: 'kill' }, null);
  const scheduled = await createArticle(ctx, { headline: 'Fair preview', sectionId: news.id, bodyHtml: '<p>Soon.</p>' }, { status: 'published', publishedAt: new Date(now.getTime() + 24 * HOUR), actor: null });
  const draft = await createArticle(ctx, { headline: 'Draft notes', sectionId: news.id, bodyHtml: '' }, { status: 'draft', actor: null });
  ids.push(killed.id, scheduled.id, draft.id);

  await insertVideo(db, {
    slug: 'flood-video', title: 'Flood from the air', description: null, thumbnailMediaId: picture.id, sourceUrl: '/media/files/clip.mp4', durationSeconds: 42,
    publishedAt: new Date(now.getTime() - HOUR), seriesId: series.id, sectionId: local.id,
  });
  await insertVideo(db, {
    slug: 'remote-video', title: 'Hosted elsewhere', description: 'On a CDN', thumbnailMediaId: null, sourceUrl: 'https://cdn.example.org/v.m3u8', durationSeconds: null,
    publishedAt: new Date(now.getTime() - HOUR), seriesId: null, sectionId: null,
  });
  const list = await insertList(db, { slug: 'dont-miss', name: "Don't Miss" });
  await replaceListEntries(db, list.id, [{ articleId: a.id, pinned: true }, { articleId: scheduled.id, expiresAt: new Date(now.getTime() + HOUR) }]);
  for (const from of ['/Zebra/', '/apple/', '/Äpfel/', '/ápple/', '/_under/']) {
    await db.insertInto('redirects').values({ from_path: from, to_path: '/news/', created_at: now.getTime() }).execute();
  }
  await db.insertInto('page_views').values({ article_id: a.id, bucket_start: now.getTime() - (now.getTime() % HOUR), views: 17 }).execute();
  await writeSiteSettings(db, { ...DEFAULT_SITE_SETTINGS, name: 'Prairie Seven', logoMediaId: picture.id });
  await db.insertInto('settings').values({ key: 'scheduler.cursor', value: '1714000000000' }).execute();

  const user = await insertUser(db, {
    email: 'editor@example.org', name: 'Ed Itor', role: 'editor', passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo',
    mustChangePassword: false, authorId: author.id, now,
  });
  await db.insertInto('article_owners').values({ article_id: a.id, user_id: user.id }).execute();
  await db.insertInto('audit_log').values([
    { at: now.getTime(), actor_user_id: user.id, actor: 'editor@example.org', via: 'session', action: 'article.publish', target_type: 'article', target_id: String(a.id), details: '{"b":1,"a":[true,null]}', ip: '192.0.2.1' },
    { at: now.getTime(), actor_user_id: null, actor: 'system', via: 'system', action: 'article.expire', target_type: null, target_id: null, details: null, ip: null },
  ]).execute();

  await insertWireReceipt(db, { provider: 'ap', guid: 'urn:ap:1', version: 2, etag: 'e1', receivedAt: now, action: 'created', articleId: a.id, item: { headline: 'x', n: 1.5 }, problems: ['photo missing'] });
  await db.insertInto('wire_sources').values({
    name: 'AP', provider: 'ap', display_source: 'AP', policy: 'hold', default_section: 'news', subject_rules: '[{"subject":"sports","section":"news"}]', remote_images: 1,
    poll_url: 'https://api.example.org/feed', poll_interval_seconds: 60, poll_cursor: null, poll_etag: 'W/"1"', poll_last_modified: null, poll_checked_at: now.getTime(),
    poll_error: null, push_token_id: null, created_at: now.getTime(), updated_at: now.getTime(),
  }).execute();
  await db.insertInto('wire_items').values([
    { provider: 'ap', guid: 'urn:ap:1', kind: 'story', version: 2, etag: 'e1', version_created: now.getTime(), pub_status: 'usable', article_id: a.id, media_id: null, ingest_status: 'published', received_at: now.getTime() },
    { provider: 'AP', guid: 'b', kind: 'picture', version: null, etag: null, version_created: null, pub_status: 'usable', article_id: null, media_id: picture.id, ingest_status: null, received_at: now.getTime() },
  ]).execute();
  await db.insertInto('article_wire_pictures').values({ article_id: a.id, provider: 'ap', guid: 'urn:ap:p', name: 'mainpic', role: 'lead', media_id: picture.id, remote_href: null }).execute();
  await db.insertInto('wire_documents').values({ hash: 'f'.repeat(64), position: 0, provider: 'ap', guid: 'urn:ap:1', version: 2, received_at: now.getTime() }).execute();
  await db.insertInto('import_ledger').values({ source: 'wxr:https://old.example.org', source_key: 'post:1:https://old.example.org/?p=1', source_guid: null, target_kind: 'article', target_id: draft.id, imported_at: now.getTime() }).execute();
  return { articleIds: ids };
}
