import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { insertAuthor } from '../../src/store/repositories/author-repository.ts';
import { describeEachStore } from '../support/test-stores.ts';
import { testContext } from '../support/test-context.ts';
import { makeArticle, makeSection } from '../support/factories.ts';
import { makeUser, signedIn } from '../accounts/account-fixtures.ts';
import { buildAdminTestApp, type Caller, caller } from './admin-test-app.ts';

describeEachStore('what each role may do with stories', (getStore) => {
  let app: FastifyInstance;
  let ctx: ReturnType<typeof testContext>;
  let sectionId: number;
  const as = {} as Record<'contributor' | 'author' | 'editor' | 'administrator' | 'otherAuthor', Caller>;
  let bylineId: number;

  before(async () => {
    ctx = testContext(getStore());
    ({ app } = await buildAdminTestApp(ctx));
    sectionId = (await makeSection(ctx)).id;
    bylineId = (await insertAuthor(ctx.store.db, { slug: `kim-${Date.now()}`, name: 'Kim Lee', title: 'Reporter', bio: null })).id;
    as.contributor = caller(app, await signedIn(ctx, await makeUser(ctx, 'contributor')));
    as.author = caller(app, await signedIn(ctx, await makeUser(ctx, 'author', { authorId: bylineId })));
    as.otherAuthor = caller(app, await signedIn(ctx, await makeUser(ctx, 'author')));
    as.editor = caller(app, await signedIn(ctx, await makeUser(ctx, 'editor')));
    as.administrator = caller(app, await signedIn(ctx, await makeUser(ctx, 'administrator')));
  });
  after(() => app.close());

  const write = async (who: Caller, headline = 'Harvest starts early') => {
    const res = await who('POST', '/articles', { headline, sectionId, bodyHtml: '<p>Text.</p>' });
    assert.equal(res.statusCode, 201, res.body);
    return res.json().data as { id: number; revision: number; authorIds: number[] };
  };
  const edit = (who: Caller, id: number, revision: number) => who('PATCH', `/articles/${id}`, { dek: `Edited at r${revision}` }, { 'if-match': `"r${revision}"` });

  test('a contributor writes and edits their own drafts, and nothing more', async () => {
    const mine = await write(as.contributor);
    assert.equal((await edit(as.contributor, mine.id, 1)).statusCode, 200);
    assert.equal((await as.contributor('POST', `/articles/${mine.id}/publish`)).statusCode, 403);
    assert.equal((await as.contributor('POST', `/articles/${mine.id}/schedule`, { at: new Date(ctx.now().getTime() + 60_000).toISOString() })).statusCode, 403);
    const others = await write(as.editor);
    assert.equal((await edit(as.contributor, others.id, 1)).statusCode, 403);
    assert.equal((await as.editor('POST', `/articles/${mine.id}/publish`)).statusCode, 200);
    assert.equal((await edit(as.contributor, mine.id, 3)).statusCode, 403, 'once it went out it is the desk\'s');
    const view = await as.contributor('GET', `/articles/${mine.id}`);
    assert.equal(view.statusCode, 200, 'everyone in the newsroom can read every story');
    assert.deepEqual(view.json().allowed, { edit: false, publish: false, withhold: false, kill: false });
  });

  test('an author publishes and edits their own stories, not anyone else\'s', async () => {
    const mine = await write(as.author);
    assert.deepEqual(mine.authorIds, [bylineId], 'credited to their byline by default');
    assert.equal((await as.author('POST', `/articles/${mine.id}/publish`)).statusCode, 200);
    assert.equal((await edit(as.author, mine.id, 2)).statusCode, 200, 'may keep editing their live story');
    assert.equal((await as.author('POST', `/articles/${mine.id}/unpublish`)).statusCode, 200);
    assert.equal((await as.author('POST', `/articles/${mine.id}/kill`)).statusCode, 403);
    assert.equal((await as.author('POST', `/articles/${mine.id}/withhold`)).statusCode, 403);
    assert.equal((await as.otherAuthor('POST', `/articles/${mine.id}/publish`)).statusCode, 403);
    assert.equal((await edit(as.otherAuthor, mine.id, 4)).statusCode, 403);
  });

  test('an author\'s byline makes a desk-written story theirs too', async () => {
    const wire = await makeArticle(ctx, { sectionId, authorIds: [bylineId] }, { status: 'draft' });
    assert.equal((await as.author('POST', `/articles/${wire.id}/publish`)).statusCode, 200);
    const unowned = await makeArticle(ctx, { sectionId }, { status: 'draft' });
    assert.equal((await as.author('POST', `/articles/${unowned.id}/publish`)).statusCode, 403);
  });

  test('an editor publishes, withholds and kills anything, and curates', async () => {
    const theirs = await write(as.contributor);
    assert.equal((await edit(as.editor, theirs.id, 1)).statusCode, 200);
    assert.equal((await as.editor('POST', `/articles/${theirs.id}/publish`)).statusCode, 200);
    assert.equal((await as.editor('POST', `/articles/${theirs.id}/withhold`)).statusCode, 200);
    assert.equal((await as.editor('POST', `/articles/${theirs.id}/kill`)).statusCode, 200);
    assert.equal((await as.editor('POST', '/lists', { name: `Editors pick ${Date.now()}` })).statusCode, 201);
    assert.equal((await as.editor('GET', '/settings')).statusCode, 403);
    assert.equal((await as.editor('GET', '/users')).statusCode, 403);
  });

  test('an administrator also runs the site', async () => {
    assert.equal((await as.administrator('GET', '/settings')).statusCode, 200);
    assert.equal((await as.administrator('GET', '/users')).statusCode, 200);
    assert.equal((await as.administrator('GET', '/audit')).statusCode, 200);
    const story = await write(as.contributor);
    assert.equal((await as.administrator('POST', `/articles/${story.id}/kill`)).statusCode, 200);
  });
});
