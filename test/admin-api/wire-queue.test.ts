import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { describeEachStore } from '../support/test-stores.ts';
import { testContext } from '../support/test-context.ts';
import { makeArticle } from '../support/factories.ts';
import { makeUser, signedIn } from '../accounts/account-fixtures.ts';
import { buildAdminTestApp, type Caller, caller } from './admin-test-app.ts';

describeEachStore('the wire queue', (getStore) => {
  let app: FastifyInstance;
  let ctx: ReturnType<typeof testContext>;
  let editor: Caller;

  before(async () => {
    ctx = testContext(getStore());
    ({ app } = await buildAdminTestApp(ctx));
    editor = caller(app, await signedIn(ctx, await makeUser(ctx, 'editor')));
  });
  after(() => app.close());

  const held = (headline: string) =>
    makeArticle(ctx, { headline }, { status: 'draft', origin: { kind: 'wire', provider: 'ap', guid: randomUUID(), version: 2, etag: null } });

  test('lists held wire stories only, newest first', async () => {
    const first = await held('Wire: river crest');
    ctx.clock.advance(1000);
    const second = await held('Wire: storm warning');
    await makeArticle(ctx, { headline: 'Local draft' }, { status: 'draft' });
    const queue = (await editor('GET', '/wire/queue')).json().data as { id: number; origin: { kind: string } }[];
    const ids = queue.map((a) => a.id);
    assert.ok(ids.indexOf(second.id) < ids.indexOf(first.id));
    assert.ok(queue.every((a) => a.origin.kind === 'wire'));
  });

  test('an editor edits a held story like any other, then publishes it from the queue', async () => {
    const story = await held('Wire: bridge closes');
    const edited = await editor('PATCH', `/articles/${story.id}`, { headline: 'Bridge closes for repairs' }, { 'if-match': '"r1"' });
    assert.equal(edited.statusCode, 200, edited.body);
    const published = await editor('POST', `/wire/queue/${story.id}/publish`);
    assert.equal(published.statusCode, 200, published.body);
    assert.equal(published.json().data.state, 'published');
    assert.equal(published.json().data.headline, 'Bridge closes for repairs');
    assert.ok(!(await editor('GET', '/wire/queue')).json().data.some((a: { id: number }) => a.id === story.id));
    assert.equal((await editor('POST', `/wire/queue/${story.id}/publish`)).statusCode, 404, 'no longer held');
  });

  test('discarding kills it quietly: out of the queue, no kill announced', async () => {
    const story = await held('Wire: advisory');
    const discarded = await editor('POST', `/wire/queue/${story.id}/discard`);
    assert.equal(discarded.statusCode, 200, discarded.body);
    assert.equal(discarded.json().data.status, 'killed');
    const events = ctx.events.filter((e) => e.id === story.id && e.kind.startsWith('article.')).map((e) => e.kind);
    assert.deepEqual(events, ['article.changed', 'article.changed']);
    assert.equal((await editor('POST', `/wire/queue/${story.id}/discard`)).statusCode, 409);
    const local = await makeArticle(ctx, {}, { status: 'draft' });
    assert.equal((await editor('POST', `/wire/queue/${local.id}/discard`)).statusCode, 409, 'only wire stories');
  });
});
