import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { changeArticleStatus } from '../../src/newsroom/change-article-status.ts';
import { makeArticle, makeSection } from '../support/factories.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { describeEachStore } from '../support/test-stores.ts';

/** The related stories listed under a story, by headline. */
function related(body: string): string[] {
  const section = /<section class="related">([\s\S]*?)<\/section>/.exec(body);
  return section ? [...section[1].matchAll(/<a href="[^"]*">([^<]*)<\/a><\/h3>/g)].map((m) => m[1]) : [];
}

describeEachStore('values shared between pages', (getStore) => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp(getStore());
  });
  after(async () => t.close());

  it('lists related stories as they are now, after publications and kills', async () => {
    const section = await makeSection(t.ctx, 'shared-news');
    const story = await makeArticle(t.ctx, { sectionId: section.id, headline: 'Bridge closes for repairs', tagNames: ['Bridges'] });
    t.clock.advance(60_000);
    const older = await makeArticle(t.ctx, { sectionId: section.id, headline: 'Bridge inspection due', tagNames: ['Bridges'] });
    const page = `/shared-news/${story.slug}/`;
    const first = await t.app.inject(page);
    assert.equal(first.statusCode, 200);
    assert.ok(related(first.body).includes('Bridge inspection due'));
    assert.ok(!related(first.body).includes('Bridge closes for repairs'), 'the story shown is not among its related stories');
    const keys = (first.headers['surrogate-key'] as string).split(' ');
    assert.ok(keys.includes(`a${older.id}`));

    t.clock.advance(60_000);
    await makeArticle(t.ctx, { sectionId: section.id, headline: 'Bridge reopens early', tagNames: ['Bridges'] });
    const second = await t.app.inject(page);
    assert.equal(related(second.body)[0], 'Bridge reopens early', 'a new story of the tag shows at once');

    await changeArticleStatus(t.ctx, older.id, { kind: 'kill' }, null);
    const third = await t.app.inject(page);
    assert.ok(!related(third.body).includes('Bridge inspection due'), 'a killed story leaves the list at once');
  });
});
