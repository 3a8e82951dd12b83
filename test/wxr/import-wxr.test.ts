import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { sql } from 'kysely';
import { lifecycleState } from '../../src/domain/visibility.ts';
import { DiskMediaStore } from '../../src/media/disk-media-store.ts';
import { searchArticles } from '../../src/search/search-articles.ts';
import { searchIndexFor } from '../../src/search/search-index-for.ts';
import { findArticleById } from '../../src/store/repositories/article-repository.ts';
import { findAuthorsByIds } from '../../src/store/repositories/author-repository.ts';
import { findMediaById } from '../../src/store/repositories/media-repository.ts';
import { findRedirect } from '../../src/store/repositories/redirect-repository.ts';
import { findSectionById } from '../../src/store/repositories/section-repository.ts';
import { findTagsByIds } from '../../src/store/repositories/tag-repository.ts';
import type { Store } from '../../src/store/store.ts';
import { importWxr } from '../../src/wxr/import-wxr.ts';
import { parseWxr } from '../../src/wxr/parse-wxr.ts';
import { formatWxrReport, type WxrImportReport } from '../../src/wxr/wxr-import-report.ts';
import { photo } from '../media/support/make-images.ts';
import { testContext } from '../support/test-context.ts';
import { describeEachStore } from '../support/test-stores.ts';
import { fixtureText } from './wxr-fixtures.ts';

const TABLES = ['articles', 'article_revisions', 'article_tags', 'article_authors', 'media_assets', 'sections', 'tags', 'authors', 'redirects', 'import_ledger'] as const;

async function tableCounts(store: Store): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TABLES) out[t] = Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(t)}`.execute(store.db)).rows[0].n);
  return out;
}

const item = (report: WxrImportReport, postId: number, postType = 'post') => report.items.find((i) => i.postId === postId && i.postType === postType)!;

describeEachStore('WordPress import', (getStore) => {
  let uploads: string;
  let media: DiskMediaStore;
  let first: WxrImportReport;
  const classic = parseWxr(fixtureText('prairie-classic.xml'));

  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dateline-wxr-'));
    uploads = join(dir, 'uploads');
    media = new DiskMediaStore(join(dir, 'media'));
    await mkdir(join(uploads, '2024/05'), { recursive: true });
    await writeFile(join(uploads, '2024/05/bridge.jpg'), await photo(800, 600));
    await writeFile(join(uploads, '2024/05/crafted.jpg'), await photo(64, 48));
    await writeFile(join(uploads, '2024/05/agenda.pdf'), '%PDF-1.4');
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('imports posts in every status, with sections, author, tags, pictures and redirects, and reports the rest', async () => {
    const ctx = testContext(getStore());
    first = await importWxr(ctx, media, classic, { uploadsDir: uploads });
    const outcomes = Object.fromEntries(first.items.map((i) => [`${i.postType}:${i.postId}`, i.outcome]));
    assert.deepEqual(outcomes, {
      'post:101': 'imported', 'post:102': 'imported', 'post:103': 'imported', 'post:104': 'imported', 'post:105': 'imported', 'post:106': 'imported',
      'post:107': 'skipped', 'page:2': 'skipped', 'attachment:20': 'imported', 'attachment:21': 'skipped', 'attachment:22': 'imported',
      'nav_menu_item:300': 'skipped',
    });
    assert.match(item(first, 107).reason!, /trash/);
    assert.match(item(first, 2, 'page').reason!, /--pages/);
    assert.match(item(first, 21, 'attachment').reason!, /not a picture/);
    assert.deepEqual(item(first, 22, 'attachment').notes, ['its metadata could not be read as plain data and was left out']);
    assert.deepEqual([...first.created.sections].sort(), ['news', 'news/local', 'uncategorized', 'video-news']);
    assert.deepEqual(first.created.authors, ['mreyes']);
    assert.equal(first.created.redirects, 2);
    assert.equal(first.commentsNotImported, 2);

    const states = Object.fromEntries([101, 102, 103, 104, 105, 106].map((id) => [id, item(first, id).target!.state]));
    assert.deepEqual(states, { 101: 'published', 102: 'scheduled', 103: 'draft', 104: 'draft', 105: 'draft', 106: 'draft' });
    assert.match(item(first, 106).notes.join(), /password-protected/);
    assert.match(formatWxrReport(first), /imported: 6 stories \(1 published, 1 scheduled, 4 draft\), 2 pictures; made 4 sections, 1 author, \d+ tags, 2 redirects/);
  });

  it('maps the published post field by field, its body converted and sanitized', async () => {
    const db = getStore().db;
    const a = (await findArticleById(db, item(first, 101).target!.id))!;
    assert.equal(a.headline, 'Council approves bridge repairs');
    assert.equal(a.dek, 'The Main Street bridge gets fixed.');
    assert.equal(a.slug, 'council-approves-bridge-repairs');
    assert.equal(a.publishedAt?.toISOString(), '2024-05-14T15:30:00.000Z');
    assert.equal((await findSectionById(db, a.sectionId))?.path, 'news/local');
    assert.deepEqual((await findAuthorsByIds(db, a.authorIds)).map((x) => x.name), ['Maria Reyes']);
    assert.deepEqual((await findTagsByIds(db, a.tagIds)).map((t) => t.name).sort(), ['Bridges & Roads', 'City Council', 'Politics']);
    const lead = (await findMediaById(db, a.leadMediaId!))!;
    assert.deepEqual([lead.alt, lead.caption, lead.credit, lead.width, lead.height], ['The Main Street bridge', 'The Main Street bridge in 1952.', 'County Archive', 800, 600]);

    const body = a.bodyHtml;
    assert.match(body, /^<p><strong>The city council<\/strong> voted 5-2/);
    assert.match(body, /<p>Work starts in June\.<br \/>\nDetours will be posted \[sic\] on Elm Street\.<\/p>/);
    assert.match(body, new RegExp(`<figure><img src="/media/${lead.storageKey.slice(0, 64)}/w\\d+\\.jpg" alt="The Main Street bridge" width="800" height="600" />`));
    assert.match(body, /<figcaption>The bridge in 1952\.<\/figcaption>/);
    assert.match(body, /The council’s next meeting is June 4\./);
    assert.doesNotMatch(body, /<script|onclick|javascript:|contact_form|dropcap/);
    assert.match(body, /<a href="https:\/\/city\.example\.org\/comments" rel="noopener nofollow">online<\/a>/);

    const newPath = item(first, 101).target!.path;
    assert.equal(newPath, '/news/local/council-approves-bridge-repairs/');
    assert.equal(await findRedirect(db, '/2024/05/14/council-approves-bridge-repairs/'), newPath);
    assert.equal(await findRedirect(db, '/2024/05/14/bridge-vote/'), newPath);
  });

  it('puts posts without a category or in a reserved one where the site can show them', async () => {
    const db = getStore().db;
    const sectionOf = async (postId: number) => (await findSectionById(db, (await findArticleById(db, item(first, postId).target!.id))!.sectionId))!.path;
    assert.equal(await sectionOf(104), 'video-news');
    assert.equal(await sectionOf(105), 'uncategorized');
    const scheduled = (await findArticleById(db, item(first, 102).target!.id))!;
    assert.equal(lifecycleState(scheduled, new Date('2026-05-05T12:00:00Z')), 'scheduled');
  });

  it('makes the published story searchable and keeps drafts out of search', async () => {
    const ctx = testContext(getStore());
    const search = (q: string) => searchArticles(ctx.store.db, searchIndexFor(getStore().dialect), q, ctx.now(), { limit: 10, offset: 0 });
    assert.deepEqual((await search('bridge repairs')).results.map((r) => r.article.id), [item(first, 101).target!.id]);
    assert.equal((await search('budget notes')).total, 0);
  });

  it('changes nothing when the same export is imported again', async () => {
    const ctx = testContext(getStore());
    const before = await tableCounts(getStore());
    const again = await importWxr(ctx, media, classic, { uploadsDir: uploads });
    assert.deepEqual(await tableCounts(getStore()), before);
    assert.deepEqual(ctx.events, [], 'nothing to announce');
    assert.equal(again.items.filter((i) => i.outcome === 'imported').length, 0);
    assert.deepEqual(
      again.items.filter((i) => i.outcome === 'unchanged').map((i) => i.postId).sort((a, b) => a - b),
      first.items.filter((i) => i.outcome === 'imported').map((i) => i.postId).sort((a, b) => a - b),
    );
    assert.deepEqual(again.created, { sections: [], authors: [], tags: 0, redirects: 0 });
  });

  it('imports pages when asked, into their own section, with a redirect from the old address', async () => {
    const ctx = testContext(getStore());
    const report = await importWxr(ctx, media, classic, { uploadsDir: uploads, pages: true });
    const page = item(report, 2, 'page');
    assert.equal(page.outcome, 'imported');
    assert.equal(page.target!.path, '/pages/about/');
    assert.equal(await findRedirect(getStore().db, '/about/'), '/pages/about/');
  });

  it('skips attachments without an uploads folder and shows gallery pictures from the old site', async () => {
    const ctx = testContext(getStore());
    const report = await importWxr(ctx, media, parseWxr(fixtureText('prairie-blocks.xml')), { sectionsUnder: 'archive/blocks' });
    assert.match(item(report, 31, 'attachment').reason!, /no uploads folder given/);
    assert.deepEqual(item(report, 31, 'attachment').notes, ['file: https://blocks.example.org/wp-content/uploads/2024/06/hail.jpg']);
    assert.equal(item(report, 40, 'wp_navigation').outcome, 'skipped');
    const story = (await findArticleById(getStore().db, item(report, 7).target!.id))!;
    assert.equal(story.language, 'de');
    assert.equal(item(report, 7).target!.path, '/archive/blocks/wetter/storm-photos/');
    assert.deepEqual(report.created.sections, ['archive', 'archive/blocks', 'archive/blocks/wetter']);
    assert.match(story.bodyHtml, /^<p>Hail fell across the county\.\nRoofs were damaged\.<\/p>/);
    assert.match(story.bodyHtml, /<figure><img src="https:\/\/blocks\.example\.org\/wp-content\/uploads\/2024\/06\/hail\.jpg" alt="" \/>/);
    assert.doesNotMatch(story.bodyHtml, /wp:|iframe|evil/);
  });
});
