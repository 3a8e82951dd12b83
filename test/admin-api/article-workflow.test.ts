import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Section } from '../../src/domain/taxonomy.ts';
import { listAuditRecords } from '../../src/store/repositories/audit-log-repository.ts';
import { findRedirect } from '../../src/store/repositories/redirect-repository.ts';
import { describeEachStore } from '../support/test-stores.ts';
import { testContext } from '../support/test-context.ts';
import { makeSection } from '../support/factories.ts';
import { makeUser, signedIn } from '../accounts/account-fixtures.ts';
import { buildAdminTestApp, type Caller, caller } from './admin-test-app.ts';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describeEachStore('the editorial workflow through the admin API', (getStore) => {
  let app: FastifyInstance;
  let ctx: ReturnType<typeof testContext>;
  let editor: Caller;
  let section: Section;

  before(async () => {
    ctx = testContext(getStore());
    ({ app } = await buildAdminTestApp(ctx));
    editor = caller(app, await signedIn(ctx, await makeUser(ctx, 'editor')));
    section = await makeSection(ctx);
  });
  after(() => app.close());

  const draft = async (fields: Record<string, unknown> = {}) => {
    const res = await editor('POST', '/articles', { headline: 'Council weighs <b>bridge</b> repairs', sectionId: section.id, bodyHtml: '<p>One.</p>\n<p>Two.</p>', ...fields });
    assert.equal(res.statusCode, 201, res.body);
    return res;
  };

  test('a new story is a draft with an ETag, sanitized and owned by its writer', async () => {
    const res = await draft({ tags: ['Bridges', 'City Council'], bodyHtml: '<p onclick="x()">Safe</p><script>alert(1)</script>' });
    const { data, allowed } = res.json();
    assert.equal(data.state, 'draft');
    assert.equal(data.headline, 'Council weighs bridge repairs');
    assert.equal(data.bodyHtml, '<p>Safe</p>');
    assert.deepEqual(data.tags, ['Bridges', 'City Council']);
    assert.equal(data.revision, 1);
    assert.equal(res.headers.etag, '"r1"');
    assert.match(data.createdAt, ISO);
    assert.equal(data.publishedAt, null);
    assert.equal(data.path, `/${section.path}/council-weighs-bridge-repairs/`);
    assert.deepEqual(allowed, { edit: true, publish: true, withhold: true, kill: true });
  });

  test('saves need If-Match; a stale one is refused so nobody overwrites a newer save', async () => {
    const id = (await draft()).json().data.id as number;
    const missing = await editor('PATCH', `/articles/${id}`, { dek: 'A dek' });
    assert.equal(missing.statusCode, 400);
    assert.equal(missing.json().error.details.header, 'If-Match');
    const first = await editor('PATCH', `/articles/${id}`, { dek: 'First editor' }, { 'if-match': '"r1"' });
    assert.equal(first.statusCode, 200, first.body);
    assert.equal(first.headers.etag, '"r2"');
    const second = await editor('PATCH', `/articles/${id}`, { dek: 'Second editor' }, { 'if-match': '"r1"' });
    assert.equal(second.statusCode, 409);
    assert.equal(second.json().error.details.currentRevision, 2);
    const byBody = await editor('PATCH', `/articles/${id}`, { dek: 'Second editor, reloaded', expectedRevision: 2 });
    assert.equal(byBody.statusCode, 200);
    assert.equal(byBody.json().data.dek, 'Second editor, reloaded');
  });

  test('unknown fields are an error, not silently dropped', async () => {
    const id = (await draft()).json().data.id as number;
    const res = await editor('PATCH', `/articles/${id}`, { status: 'published' }, { 'if-match': '"r1"' });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error.code, 'invalid-input');
  });

  test('publish, then an update note moves the public Updated time; unpublish, kill', async () => {
    const id = (await draft()).json().data.id as number;
    const published = await editor('POST', `/articles/${id}/publish`);
    assert.equal(published.statusCode, 200, published.body);
    assert.equal(published.json().data.state, 'published');
    assert.equal(published.json().data.publishedAt, ctx.now().toISOString());
    ctx.clock.advance(3_600_000);
    const plainEdit = await editor('PATCH', `/articles/${id}`, { dek: 'Typo fixed' }, { 'if-match': published.headers.etag as string });
    assert.equal(plainEdit.json().data.updatedAt, null, 'a quiet fix does not move Updated');
    const noted = await editor('PATCH', `/articles/${id}`, { note: { kind: 'correction', text: 'An earlier version misstated the vote.' } }, { 'if-match': plainEdit.headers.etag as string });
    assert.equal(noted.json().data.state, 'updated');
    assert.equal(noted.json().data.updatedAt, ctx.now().toISOString());
    assert.equal(noted.json().data.correctionNote, 'An earlier version misstated the vote.');
    const down = await editor('POST', `/articles/${id}/unpublish`);
    assert.equal(down.json().data.state, 'draft');
    const killed = await editor('POST', `/articles/${id}/kill`);
    assert.equal(killed.json().data.state, 'killed');
    assert.equal((await editor('POST', `/articles/${id}/publish`)).statusCode, 409, 'a killed story stays killed');
    const kinds = ctx.events.filter((e) => e.id === id && e.kind.startsWith('article.')).map((e) => e.kind);
    assert.deepEqual(kinds, ['article.changed', 'article.published', 'article.updated', 'article.updated', 'article.unpublished', 'article.killed']);
  });

  test('schedule in the future only; an embargo is a field', async () => {
    const id = (await draft()).json().data.id as number;
    const past = await editor('POST', `/articles/${id}/schedule`, { at: new Date(ctx.now().getTime() - 1000).toISOString() });
    assert.equal(past.statusCode, 400);
    const at = new Date(ctx.now().getTime() + 2 * 3_600_000).toISOString();
    const scheduled = await editor('POST', `/articles/${id}/schedule`, { at });
    assert.equal(scheduled.json().data.state, 'scheduled');
    assert.equal(scheduled.json().data.publishedAt, at);
    const until = new Date(ctx.now().getTime() + 5 * 3_600_000).toISOString();
    const embargoed = await editor('PATCH', `/articles/${id}`, { embargoUntil: until }, { 'if-match': scheduled.headers.etag as string });
    assert.equal(embargoed.json().data.embargoUntil, until);
    ctx.clock.advance(3 * 3_600_000);
    assert.equal((await editor('GET', `/articles/${id}`)).json().data.state, 'embargoed');
    ctx.clock.advance(3 * 3_600_000);
    assert.equal((await editor('GET', `/articles/${id}`)).json().data.state, 'published');
  });

  test('a new slug or section on a story that went out leaves a redirect from the old URL', async () => {
    const created = await draft({ headline: 'Library reopens after flood' });
    const id = created.json().data.id as number;
    const live = await editor('POST', `/articles/${id}/publish`);
    const other = await makeSection(ctx);
    const moved = await editor('PATCH', `/articles/${id}`, { slug: 'library-reopens', sectionId: other.id }, { 'if-match': live.headers.etag as string });
    assert.equal(moved.json().data.path, `/${other.path}/library-reopens/`);
    assert.equal(await findRedirect(ctx.store.db, `/${section.path}/library-reopens-after-flood/`), `/${other.path}/library-reopens/`);
  });

  test('revisions: list, view, diff and restore as a new revision', async () => {
    const created = await draft({ headline: 'Snow plows return', bodyHtml: '<p>Crews start at dawn.</p>\n<p>Main Street first.</p>' });
    const id = created.json().data.id as number;
    const v2 = await editor('PATCH', `/articles/${id}`, { headline: 'Snow plows return for one more week', bodyHtml: '<p>Crews start at dawn.</p>\n<p>Side streets first.</p>' }, { 'if-match': '"r1"' });
    assert.equal(v2.statusCode, 200);

    const list = (await editor('GET', `/articles/${id}/revisions`)).json().data;
    assert.deepEqual(list.map((r: { revision: number }) => r.revision), [2, 1]);
    assert.equal(list[0].savedBy.name, 'Test editor');
    assert.match(list[0].createdAt, ISO);

    const old = (await editor('GET', `/articles/${id}/revisions/1`)).json().data;
    assert.equal(old.article.headline, 'Snow plows return');

    const diff = (await editor('GET', `/articles/${id}/diff?from=1&to=2`)).json().data;
    assert.deepEqual(diff.changes.map((c: { field: string }) => c.field), ['bodyHtml', 'headline']);
    assert.deepEqual(diff.body, [
      { op: 'equal', text: '<p>Crews start at dawn.</p>' },
      { op: 'delete', text: '<p>Main Street first.</p>' },
      { op: 'insert', text: '<p>Side streets first.</p>' },
    ]);

    assert.equal((await editor('POST', `/articles/${id}/revisions/1/restore`)).statusCode, 400, 'restore needs If-Match too');
    const restored = await editor('POST', `/articles/${id}/revisions/1/restore`, undefined, { 'if-match': '"r2"' });
    assert.equal(restored.statusCode, 200, restored.body);
    assert.equal(restored.json().data.revision, 3);
    assert.equal(restored.json().data.headline, 'Snow plows return');
    assert.equal(restored.json().data.bodyHtml, '<p>Crews start at dawn.</p>\n<p>Main Street first.</p>');
    assert.equal((await editor('GET', `/articles/${id}/revisions/9`)).statusCode, 404);
  });

  test('the story list filters by status, headline words and owner, page by page', async () => {
    const marker = `Zebra crossing ${Date.now()}`;
    for (let i = 0; i < 3; i++) await draft({ headline: `${marker} part ${i}` });
    const page1 = (await editor('GET', `/articles?q=${encodeURIComponent(marker)}&limit=2&status=draft&mine=true`)).json();
    assert.equal(page1.data.length, 2);
    assert.ok(page1.nextCursor);
    const page2 = (await editor('GET', `/articles?q=${encodeURIComponent(marker)}&limit=2&cursor=${page1.nextCursor}`)).json();
    assert.equal(page2.data.length, 1);
    assert.equal(page2.nextCursor, null);
    const all = [...page1.data, ...page2.data].map((a: { headline: string }) => a.headline).sort();
    assert.deepEqual(all, [0, 1, 2].map((i) => `${marker} part ${i}`));
    assert.equal((await editor('GET', '/articles?q=100%25_%5C')).statusCode, 200, 'LIKE wildcards are taken literally');
  });

  test('every change is in the audit log with who did it', async () => {
    const id = (await draft()).json().data.id as number;
    await editor('POST', `/articles/${id}/publish`);
    const entries = await listAuditRecords(ctx.store.db, { targetType: 'article', targetId: String(id) }, 10);
    assert.deepEqual(entries.map((e) => e.action), ['article.publish', 'article.create']);
    assert.ok(entries.every((e) => e.via === 'session' && e.actor.startsWith('editor-')));
  });
});
