import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { it } from 'node:test';
import { changeArticleStatus } from '../../src/newsroom/change-article-status.ts';
import { updateArticle } from '../../src/newsroom/update-article.ts';
import { postgresSearchIndex } from '../../src/search/postgres-search-index.ts';
import { sqliteSearchIndex } from '../../src/search/sqlite-search-index.ts';
import { searchArticles } from '../../src/search/search-articles.ts';
import { searchIndexFor } from '../../src/search/search-index-for.ts';
import { insertAuthor } from '../../src/store/repositories/author-repository.ts';
import { makeArticle, makeSection } from '../support/factories.ts';
import { testContext } from '../support/test-context.ts';
import { describeEachStore } from '../support/test-stores.ts';

const DAY = 86_400_000;
/** A word no other story in the shared test store contains. */
const uniqueWord = () => `zq${randomUUID().replace(/[^a-f]/g, '').slice(0, 10)}`;

describeEachStore('full-text search', (getStore, dialect) => {
  const search = (text: string, page = { limit: 20, offset: 0 }) => {
    const ctx = testContext(getStore());
    return searchArticles(ctx.store.db, searchIndexFor(getStore().dialect), text, ctx.now(), page);
  };
  const ids = async (text: string) => (await search(text)).results.map((r) => r.article.id);

  it('is chosen by the store dialect', () => {
    assert.equal(getStore().dialect.name, dialect);
    assert.equal(searchIndexFor(getStore().dialect), dialect === 'sqlite' ? sqliteSearchIndex : postgresSearchIndex);
  });

  it('finds stories by headline, dek, body, byline, author name and tag', async () => {
    const ctx = testContext(getStore());
    const w = Array.from({ length: 6 }, uniqueWord);
    const author = await insertAuthor(ctx.store.db, { slug: `a-${w[4]}`, name: `Pat ${w[4]}`, title: null, bio: null });
    const a = await makeArticle(ctx, {
      headline: `Bridge ${w[0]} reopens`,
      dek: `Traffic ${w[1]} resumes`,
      bodyHtml: `<p>Crews <strong>${w[2]}</strong> finished early.</p>`,
      byline: `By Sam ${w[3]}`,
      authorIds: [author.id],
      tagNames: [`Roads ${w[5]}`],
    });
    for (const word of w) assert.deepEqual(await ids(word), [a.id], word);
    assert.deepEqual(await ids(`${w[0]} ${w[2]}`), [a.id], 'all words anywhere');
    assert.deepEqual(await ids(`${w[0]} missingword`), [], 'every word is required');
  });

  it('matches stems, and phrases only in order', async () => {
    const ctx = testContext(getStore());
    const w = uniqueWord();
    const a = await makeArticle(ctx, { headline: `Council ${w} approves budgets`, bodyHtml: '<p>The vote was close.</p>' });
    assert.deepEqual(await ids(`${w} budget`), [a.id]);
    assert.deepEqual(await ids(`"${w} approves"`), [a.id]);
    assert.deepEqual(await ids(`"approves ${w}"`), []);
  });

  it('does not match markup, attribute values or entity names in the body', async () => {
    const ctx = testContext(getStore());
    const w = uniqueWord();
    const a = await makeArticle(ctx, { headline: `Parks ${w}`, bodyHtml: '<p>Fish &amp; chips at <a href="https://example.org/qqhrefword">the pier</a>.</p>' });
    assert.deepEqual(await ids(`${w} chips pier`), [a.id]);
    for (const noise of ['strong', 'href', 'qqhrefword', 'amp', 'noopener']) assert.deepEqual(await ids(`${w} ${noise}`), [], noise);
  });

  it('drops killed, withheld and unpublished stories at once, and never shows drafts, scheduled or embargoed ones', async () => {
    const ctx = testContext(getStore());
    const w = uniqueWord();
    const now = ctx.now().getTime();
    const section = await makeSection(ctx);
    const story = (options = {}, fields = {}) => makeArticle(ctx, { sectionId: section.id, headline: `Fire ${w} update`, ...fields }, options);
    const killed = await story();
    const withheld = await story();
    const unpublished = await story();
    const visible = await story();
    await story({ status: 'draft' });
    await story({ publishedAt: new Date(now + DAY) });
    await story({}, { embargoUntil: new Date(now + DAY) });
    await story({ publishedAt: new Date(now - 2 * DAY) }, { expiresAt: new Date(now - DAY) });
    assert.deepEqual((await ids(w)).sort(), [killed.id, withheld.id, unpublished.id, visible.id].sort());

    await changeArticleStatus(ctx, killed.id, { kind: 'kill' }, null);
    await changeArticleStatus(ctx, withheld.id, { kind: 'withhold' }, null);
    await changeArticleStatus(ctx, unpublished.id, { kind: 'unpublish' }, null);
    const after = await search(w);
    assert.deepEqual(after.results.map((r) => r.article.id), [visible.id]);
    assert.equal(after.total, 1);
  });

  it('follows edits: new words are found and old ones no longer are', async () => {
    const ctx = testContext(getStore());
    const [before, later, tagWord] = [uniqueWord(), uniqueWord(), uniqueWord()];
    const a = await makeArticle(ctx, { headline: 'School levy passes', bodyHtml: `<p>Voters said ${before}.</p>` });
    await updateArticle(ctx, a.id, { bodyHtml: `<p>Voters said ${later}.</p>`, tagNames: [tagWord] }, { actor: null });
    assert.deepEqual(await ids(before), []);
    assert.deepEqual(await ids(later), [a.id]);
    assert.deepEqual(await ids(tagWord), [a.id]);
    await updateArticle(ctx, a.id, { tagNames: [] }, { actor: null });
    assert.deepEqual(await ids(tagWord), []);
  });

  it('follows a renamed tag or author', async () => {
    const ctx = testContext(getStore());
    const [tagWord, authorWord, renamedTag, renamedAuthor] = [uniqueWord(), uniqueWord(), uniqueWord(), uniqueWord()];
    const author = await insertAuthor(ctx.store.db, { slug: `a-${authorWord}`, name: authorWord, title: null, bio: null });
    const a = await makeArticle(ctx, { tagNames: [tagWord], authorIds: [author.id] });
    await ctx.store.db.updateTable('tags').set({ name: renamedTag }).where('name', '=', tagWord).execute();
    await ctx.store.db.updateTable('authors').set({ name: renamedAuthor }).where('id', '=', author.id).execute();
    assert.deepEqual(await ids(tagWord), []);
    assert.deepEqual(await ids(renamedTag), [a.id]);
    assert.deepEqual(await ids(authorWord), []);
    assert.deepEqual(await ids(renamedAuthor), [a.id]);
  });

  it('ranks a headline match above a body mention, and newer above older when equally relevant', async () => {
    const ctx = testContext(getStore());
    const w = uniqueWord();
    const section = await makeSection(ctx);
    const now = ctx.now().getTime();
    const inBody = await makeArticle(ctx, { sectionId: section.id, headline: 'Weekend roundup', bodyHtml: `<p>Also ${w} happened somewhere in a long list of other things that went on this week.</p>` });
    const inHeadline = await makeArticle(ctx, { sectionId: section.id, headline: `${w} closes Main Street`, bodyHtml: '<p>Detours are posted.</p>' }, { publishedAt: new Date(now - 5 * DAY) });
    assert.deepEqual(await ids(w), [inHeadline.id, inBody.id]);

    const v = uniqueWord();
    const old = await makeArticle(ctx, { sectionId: section.id, headline: `${v} festival returns` }, { publishedAt: new Date(now - 400 * DAY) });
    const fresh = await makeArticle(ctx, { sectionId: section.id, headline: `${v} festival returns` }, { publishedAt: new Date(now - DAY) });
    const found = await search(v);
    assert.deepEqual(found.results.map((r) => r.article.id), [fresh.id, old.id]);
  });

  it('pages through results and counts them all', async () => {
    const ctx = testContext(getStore());
    const w = uniqueWord();
    const section = await makeSection(ctx);
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await makeArticle(ctx, { sectionId: section.id, headline: `${w} item ${i}` }));
    const first = await search(w, { limit: 2, offset: 0 });
    const third = await search(w, { limit: 2, offset: 4 });
    assert.equal(first.total, 5);
    assert.equal(first.results.length, 2);
    assert.equal(third.results.length, 1);
    const all = [...first.results, ...(await search(w, { limit: 2, offset: 2 })).results, ...third.results].map((r) => r.article.id);
    assert.deepEqual(all.sort(), made.map((a) => a.id).sort());
  });

  it('marks matched words in a passage of the body, escaped, or of the dek when there is no body text', async () => {
    const ctx = testContext(getStore());
    const w = uniqueWord();
    const a = await makeArticle(ctx, { headline: `Storm ${w}`, bodyHtml: `<p>Wind &lt;script&gt; gusts &amp; ${w} reached 60 mph.</p>` });
    const [hit] = (await search(w)).results;
    assert.equal(hit.article.id, a.id);
    assert.match(hit.snippet.toString(), new RegExp(`^Wind &lt;script&gt; gusts &amp; <mark>${w}</mark> reached 60 mph\\.?$`));

    const v = uniqueWord();
    await makeArticle(ctx, { headline: `Photos ${v}`, dek: `Scenes of ${v} from the fair`, bodyHtml: '' });
    assert.match((await search(v)).results[0].snippet.toString(), new RegExp(`Scenes of <mark>${v}</mark> from the fair`));
  });

  it('answers any input without a store error', async () => {
    const hostile = [
      '"', '""', '*', 'a*', 'NEAR(a b)', 'a AND', 'OR', 'NOT x', 'headline:x', '^x', '(', ')', '{a b}:c', "'; drop table articles; --",
      '\\', '%', '_', 'x'.repeat(10_000), '\u0000', '\u0002\u0003', '🙂', 'a-b-c', '-', '+', ':', 'body_text:x', 'the', 'a',
    ];
    for (const q of hostile) {
      const found = await search(q);
      assert.ok(Number.isInteger(found.total), JSON.stringify(q).slice(0, 40));
    }
    const none = await search('  ');
    assert.deepEqual([none.total, none.results.length], [0, 0]);
  });
});
