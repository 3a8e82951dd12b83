import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { seededRandom, type SeededRandom } from '../src/demo/image/seeded-random.ts';
import { DEFAULT_SITE_SETTINGS } from '../src/domain/site-settings.ts';
import { slugify } from '../src/domain/slug.ts';
import { bucketStart, HOUR_MS } from '../src/domain/trending-score.ts';
import type { Database } from '../src/store/database.ts';
import { writeSiteSettings } from '../src/store/repositories/settings-repository.ts';
import type { Store } from '../src/store/store.ts';
import type { Insertable } from 'kysely';

export interface GeneratedNewsroom {
  readonly articles: number;
  /** Public paths of every story, in id order. */
  readonly articlePaths: readonly string[];
  readonly seconds: number;
}

const SECTIONS = [
  ['news', 'News', null], ['news/local', 'Local', 'news'], ['news/crime', 'Crime & Courts', 'news'], ['news/politics', 'Politics', 'news'],
  ['news/national-world', 'National & World', 'news'], ['weather', 'Weather', null], ['sports', 'Sports', null],
  ['sports/high-school', 'High School', 'sports'], ['sports/college', 'College', 'sports'], ['business', 'Business', null],
  ['health', 'Health', null], ['education', 'Education', null], ['community', 'Community', null], ['opinion', 'Opinion', null],
] as const;

const WORDS = (
  'council city county mayor budget vote school board district teachers students parents police sheriff court judge jury trial ' +
  'storm rain snow flood river bridge road highway traffic crash fire station hospital clinic health doctors nurses patients ' +
  'business owners downtown market farmers harvest wheat prices jobs plant factory workers union contract season coach team ' +
  'game win loss playoff championship tournament fans stadium library park festival parade museum church volunteers neighbors ' +
  'residents officials state lawmakers governor senate bill plan project funding grant tax property water utility power outage ' +
  'report survey data study year month week morning afternoon evening night weekend tuesday friday spring summer autumn winter'
).split(' ');

const PLACES = ['PRAIRIE CITY', 'MILLBROOK', 'CEDAR FALLS', 'OAK RIDGE', 'LAKEVIEW', 'RIVERTON', 'WESTFIELD', 'SPRINGDALE'];

function sentence(r: SeededRandom, min: number, max: number): string {
  const n = r.int(min, max);
  const words = Array.from({ length: n }, () => r.pick(WORDS));
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return words.join(' ');
}

function title(r: SeededRandom): string {
  return sentence(r, 5, 10).replace(/\b[a-z]/g, (c) => c.toUpperCase());
}

/** About 450 words in 7–10 paragraphs: a typical local story. */
function body(r: SeededRandom): string {
  const paragraphs = r.int(7, 10);
  const out: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const sentences = Array.from({ length: r.int(2, 4) }, () => `${sentence(r, 10, 22)}.`);
    out.push(`<p>${sentences.join(' ')}</p>`);
  }
  return out.join('\n');
}

async function insertChunked<T extends keyof Database & string>(db: Store['db'], table: T, rows: Insertable<Database[T]>[], perStatement: number) {
  for (let i = 0; i < rows.length; i += perStatement) {
    await db.insertInto(table).values(rows.slice(i, i + perStatement) as never).execute();
  }
}

/**
 * Fills an empty, migrated store with a newsroom of `count` published
 * stories spread over three years, with sections, tags, authors, pictures,
 * videos, a curated list, a featured series and page views: every rail of
 * every page has something to show. Rows go in by the thousand inside
 * transactions; stories are deterministic for a given count.
 */
export async function generateNewsroom(store: Store, count: number, now = Date.now()): Promise<GeneratedNewsroom> {
  const started = performance.now();
  const r = seededRandom(`bench-${count}`);
  const db = store.db;
  const sqlite = store.dialect.name === 'sqlite';

  await writeSiteSettings(db, {
    ...DEFAULT_SITE_SETTINGS,
    name: 'Prairie Seven News',
    tagline: 'Local news for the prairie',
    baseUrl: 'https://news.example.test',
    timeZone: 'America/Chicago',
    dontMissListSlug: 'dont-miss',
    featuredSeriesSlug: 'daily-pledge',
  });

  const sectionIds = new Map<string, number>();
  for (const [path, name, parent] of SECTIONS) {
    const row = await db
      .insertInto('sections')
      .values({ slug: path.split('/').pop() as string, path, name, parent_id: parent ? (sectionIds.get(parent) as number) : null, description: `${name} from around the prairie`, position: sectionIds.size })
      .returning('id')
      .executeTakeFirstOrThrow();
    sectionIds.set(path, row.id);
  }
  const sectionPaths = [...sectionIds.keys()];

  await insertChunked(db, 'tags', Array.from({ length: 400 }, (_, i) => ({ slug: `topic-${i + 1}`, name: `Topic ${i + 1}` })), 200);
  await insertChunked(db, 'authors', Array.from({ length: 40 }, (_, i) => ({ slug: `reporter-${i + 1}`, name: `Reporter ${i + 1}`, title: 'Staff writer', bio: null })), 40);
  await insertChunked(db, 'series', [
    { slug: 'daily-pledge', name: 'Daily Pledge', description: 'A school says the pledge, every morning.' },
    { slug: 'hometown-heroes', name: 'Hometown Heroes', description: null },
  ], 10);
  const assets = Array.from({ length: 300 }, (_, i) => ({
    storage_key: `${createHash('sha256').update(`bench-photo-${i}`).digest('hex')}.jpg`,
    mime_type: 'image/jpeg', width: 3000, height: 2000, bytes: 900_000, alt: `Photo ${i + 1}`, caption: 'A scene from the story.',
    credit: 'Staff photo', focal_x: 0.5, focal_y: 0.4, wire_provider: null, wire_guid: null, created_at: now,
  }));
  await insertChunked(db, 'media_assets', assets, 100);
  const [tagIds, authorIds, seriesIds, assetIds] = await Promise.all([
    db.selectFrom('tags').select('id').orderBy('id').execute(),
    db.selectFrom('authors').select('id').orderBy('id').execute(),
    db.selectFrom('series').select('id').orderBy('id').execute(),
    db.selectFrom('media_assets').select('id').orderBy('id').execute(),
  ]).then((all) => all.map((rows) => rows.map((row) => row.id)));

  await insertChunked(db, 'videos', Array.from({ length: 30 }, (_, i) => ({
    slug: `video-${i + 1}`, title: title(r), description: sentence(r, 12, 20), thumbnail_media_id: assetIds[i], source_url: 'https://video.example.test/clip.mp4',
    duration_seconds: 60 + i * 7, published_at: now - i * 6 * HOUR_MS, series_id: i % 3 === 0 ? seriesIds[0] : null, section_id: null, created_at: now,
  })), 30);

  // Newest last: ids grow with publication time, as they would have.
  const span = 3 * 365 * 24 * HOUR_MS;
  const articlePaths: string[] = [];
  const perTransaction = 5000;
  const perStatement = sqlite ? 500 : 1000;
  for (let start = 0; start < count; start += perTransaction) {
    const end = Math.min(count, start + perTransaction);
    const firstId = start + 1;
    const articles: Insertable<Database['articles']>[] = [];
    const tags: Insertable<Database['article_tags']>[] = [];
    const authors: Insertable<Database['article_authors']>[] = [];
    for (let i = start; i < end; i++) {
      const id = i + 1;
      const headline = title(r);
      const sectionPath = r.pick(sectionPaths);
      const slug = `${slugify(headline, 60)}-${id}`;
      const publishedAt = now - span + Math.floor((span * (i + 1)) / (count + 1));
      articles.push({
        id, slug, section_id: sectionIds.get(sectionPath) as number, headline, dek: sentence(r, 12, 24) + '.', byline: null,
        dateline_place: r.chance(0.6) ? r.pick(PLACES) : null, dateline_source: null, body_html: body(r),
        lead_media_id: r.chance(0.7) ? r.pick(assetIds) : null, series_id: r.chance(0.02) ? seriesIds[0] : null, status: 'published', language: 'en',
        published_at: publishedAt, updated_at: r.chance(0.1) ? publishedAt + HOUR_MS : null, edited_at: publishedAt, created_at: publishedAt,
        embargo_until: null, expires_at: null, update_note: null, correction_note: null, origin: 'local', wire_provider: null, wire_guid: null,
        wire_version: null, wire_etag: null, copyright_notice: null, copyright_holder: null, usage_terms: null, revision: 1,
      });
      const chosenTags = new Set(Array.from({ length: r.int(1, 4) }, () => r.pick(tagIds)));
      [...chosenTags].forEach((tagId, position) => tags.push({ article_id: id, tag_id: tagId, position }));
      const chosenAuthors = new Set(Array.from({ length: r.int(1, 2) }, () => r.pick(authorIds)));
      [...chosenAuthors].forEach((authorId, position) => authors.push({ article_id: id, author_id: authorId, position }));
      articlePaths.push(`/${sectionPath}/${slug}/`);
    }
    await store.transaction(async (trx) => {
      if (sqlite) {
        // The search triggers fold tags and authors into a story's document when the story
        // row arrives, so linking first (checked at commit) indexes each story once, not once per link.
        await sql`pragma defer_foreign_keys = on`.execute(trx);
        await insertChunked(trx, 'article_tags', tags, perStatement * 2);
        await insertChunked(trx, 'article_authors', authors, perStatement * 2);
        await insertChunked(trx, 'articles', articles, perStatement);
      } else {
        await insertChunked(trx, 'articles', articles, perStatement);
        await insertChunked(trx, 'article_tags', tags, perStatement * 2);
        await insertChunked(trx, 'article_authors', authors, perStatement * 2);
      }
    });
    if (firstId === 1 && !sqlite) await sql`select 1`.execute(db);
  }
  if (!sqlite) {
    // Ids were given explicitly; the sequence must continue after them for new stories.
    await sql`select setval(pg_get_serial_sequence('articles', 'id'), (select max(id) from articles))`.execute(db);
  }

  const list = await db.insertInto('curated_lists').values({ slug: 'dont-miss', name: "Don't Miss" }).returning('id').executeTakeFirstOrThrow();
  await insertChunked(db, 'curated_entries', Array.from({ length: 6 }, (_, i) => ({ list_id: list.id, article_id: count - ((i * 37) % count), position: i, pinned: 0, expires_at: null })), 10);
  const bucket = bucketStart(now);
  const views: Insertable<Database['page_views']>[] = [];
  for (let i = 0; i < 200; i++) views.push({ article_id: count - r.int(0, Math.min(2000, count - 1)), bucket_start: bucket - r.int(0, 5) * HOUR_MS, views: r.int(5, 500) });
  const unique = new Map(views.map((v) => [`${v.article_id}:${v.bucket_start}`, v]));
  await insertChunked(db, 'page_views', [...unique.values()], 200);
  if (sqlite) await sql`pragma optimize`.execute(db);
  else await sql`analyze`.execute(db);

  return { articles: count, articlePaths, seconds: (performance.now() - started) / 1000 };
}
