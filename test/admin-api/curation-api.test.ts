import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { keys } from '../../src/domain/surrogate-keys.ts';
import { findRedirect } from '../../src/store/repositories/redirect-repository.ts';
import { readSiteSettings } from '../../src/store/repositories/settings-repository.ts';
import { describeEachStore } from '../support/test-stores.ts';
import { testContext } from '../support/test-context.ts';
import { makeArticle, makeSection } from '../support/factories.ts';
import { makeUser, signedIn } from '../accounts/account-fixtures.ts';
import { buildAdminTestApp, type Caller, caller } from './admin-test-app.ts';

const tag = () => randomUUID().slice(0, 8);

describeEachStore('curation through the admin API', (getStore) => {
  let app: FastifyInstance;
  let ctx: ReturnType<typeof testContext>;
  let editor: Caller;
  let admin: Caller;

  before(async () => {
    ctx = testContext(getStore());
    ({ app } = await buildAdminTestApp(ctx));
    editor = caller(app, await signedIn(ctx, await makeUser(ctx, 'editor')));
    admin = caller(app, await signedIn(ctx, await makeUser(ctx, 'administrator')));
  });
  after(() => app.close());

  const order = (res: { json(): { data: { entries: { articleId: number }[] } } }) => res.json().data.entries.map((e) => e.articleId);

  test('curated lists: add at the top around pinned entries, reorder, expire, remove', async () => {
    const [a, b, c, d] = await Promise.all([0, 1, 2, 3].map(() => makeArticle(ctx)));
    const created = await editor('POST', '/lists', { name: "Don't Miss", slug: `dont-miss-${tag()}` });
    assert.equal(created.statusCode, 201, created.body);
    const id = created.json().data.id as number;
    await editor('POST', `/lists/${id}/entries`, { articleId: a.id, pinned: true });
    await editor('POST', `/lists/${id}/entries`, { articleId: b.id });
    const third = await editor('POST', `/lists/${id}/entries`, { articleId: c.id });
    assert.deepEqual(order(third), [a.id, c.id, b.id], 'the pinned story keeps the top');

    const moved = await editor('PATCH', `/lists/${id}/entries/${b.id}`, { position: 1 });
    assert.deepEqual(order(moved), [a.id, b.id, c.id]);

    const expiring = await editor('PATCH', `/lists/${id}/entries/${c.id}`, { expiresAt: new Date(ctx.now().getTime() + 60_000).toISOString() });
    assert.equal(expiring.json().data.entries[2].expired, false);
    ctx.clock.advance(61_000);
    const later = await editor('GET', `/lists/${id}`);
    assert.equal(later.json().data.entries[2].expired, true, 'an expired entry stays visible to editors, marked');

    const replaced = await editor('PUT', `/lists/${id}/entries`, { entries: [{ articleId: d.id }, { articleId: a.id, pinned: true }] });
    assert.deepEqual(order(replaced), [d.id, a.id]);
    assert.equal((await editor('PUT', `/lists/${id}/entries`, { entries: [{ articleId: d.id }, { articleId: d.id }] })).statusCode, 400);
    assert.equal((await editor('POST', `/lists/${id}/entries`, { articleId: 999_999 })).statusCode, 400);

    const removed = await editor('DELETE', `/lists/${id}/entries/${d.id}`);
    assert.deepEqual(order(removed), [a.id]);
    assert.ok(ctx.events.some((e) => e.kind === 'list.changed' && e.keys.includes(keys.list(id))));
    assert.equal((await editor('DELETE', `/lists/${id}`)).statusCode, 204);
    assert.equal((await editor('GET', `/lists/${id}`)).statusCode, 404);
  });

  test('renaming the featured list keeps the site pointing at it', async () => {
    const slug = `picks-${tag()}`;
    const id = (await editor('POST', '/lists', { name: 'Picks', slug })).json().data.id as number;
    assert.equal((await admin('PATCH', '/settings', { dontMissListSlug: slug })).statusCode, 200);
    const renamed = await editor('PATCH', `/lists/${id}`, { slug: `${slug}-2` });
    assert.equal(renamed.json().data.slug, `${slug}-2`);
    assert.equal((await readSiteSettings(ctx.store.db)).dontMissListSlug, `${slug}-2`);
    assert.equal((await editor('POST', '/lists', { name: 'Again', slug: `${slug}-2` })).statusCode, 409);
  });

  test('series: create, rename, and delete only when empty', async () => {
    const res = await editor('POST', '/series', { name: 'Daily Pledge', slug: `pledge-${tag()}`, description: 'Classrooms lead the pledge.' });
    assert.equal(res.statusCode, 201, res.body);
    const id = res.json().data.id as number;
    assert.equal((await editor('PATCH', `/series/${id}`, { name: 'The Daily Pledge' })).json().data.name, 'The Daily Pledge');
    const story = await makeArticle(ctx, { seriesId: id });
    assert.equal((await editor('DELETE', `/series/${id}`)).statusCode, 409);
    await ctx.store.db.updateTable('articles').set({ series_id: null }).where('id', '=', story.id).execute();
    assert.equal((await editor('DELETE', `/series/${id}`)).statusCode, 204);
    assert.equal((await editor('GET', '/series')).json().data.some((s: { id: number }) => s.id === id), false);
  });

  test('videos: add, change, schedule, remove', async () => {
    const slug = `forecast-${tag()}`;
    const at = new Date(ctx.now().getTime() + 3_600_000).toISOString();
    const res = await editor('POST', '/videos', { title: 'Evening forecast', slug, sourceUrl: 'https://cdn.example-station.test/forecast.m3u8', durationSeconds: 125, publishedAt: at });
    assert.equal(res.statusCode, 201, res.body);
    const id = res.json().data.id as number;
    assert.equal(res.json().data.publishedAt, at);
    assert.equal((await editor('POST', '/videos', { title: 'Bad', sourceUrl: 'javascript:alert(1)' })).statusCode, 400);
    assert.equal((await editor('POST', '/videos', { title: 'Again', slug, sourceUrl: 'https://cdn.example-station.test/x.mp4' })).statusCode, 409);
    const changed = await editor('PATCH', `/videos/${id}`, { title: 'Evening forecast: snow', durationSeconds: null });
    assert.equal(changed.json().data.title, 'Evening forecast: snow');
    assert.equal(changed.json().data.durationSeconds, null);
    assert.ok((await editor('GET', '/videos?limit=100')).json().data.some((v: { id: number }) => v.id === id), 'scheduled videos are listed');
    assert.ok(ctx.events.some((e) => e.kind === 'video.changed' && e.keys.includes(keys.videos) && e.keys.includes(keys.video(id))));
    assert.equal((await editor('DELETE', `/videos/${id}`)).statusCode, 204);
    assert.equal((await editor('GET', `/videos/${id}`)).statusCode, 404);
  });

  test('sections: create, move with redirects for the old URLs, delete only when empty', async () => {
    const parent = await editor('POST', '/sections', { name: 'Local', slug: `local-${tag()}` });
    assert.equal(parent.statusCode, 201, parent.body);
    const parentPath = parent.json().data.path as string;
    const child = await editor('POST', '/sections', { name: 'Schools', parentId: parent.json().data.id });
    assert.equal(child.json().data.path, `${parentPath}/schools`);
    const story = await makeArticle(ctx, { sectionId: child.json().data.id, headline: 'Board adopts calendar' }, { status: 'published' });

    assert.equal((await editor('POST', '/sections', { name: 'API', slug: 'api' })).statusCode, 400, 'a path the site uses itself');
    assert.equal((await editor('PATCH', `/sections/${parent.json().data.id}`, { parentId: child.json().data.id })).statusCode, 400, 'not inside itself');

    const renamed = await editor('PATCH', `/sections/${parent.json().data.id}`, { slug: `${parentPath}-news` });
    assert.equal(renamed.statusCode, 200, renamed.body);
    const sections = (await editor('GET', '/sections')).json().data as { id: number; path: string }[];
    assert.equal(sections.find((s) => s.id === child.json().data.id)?.path, `${parentPath}-news/schools`);
    assert.equal(await findRedirect(ctx.store.db, `/${parentPath}/schools/`), `/${parentPath}-news/schools/`);
    assert.equal(await findRedirect(ctx.store.db, `/${parentPath}/schools/${story.slug}/`), `/${parentPath}-news/schools/${story.slug}/`);
    assert.ok(ctx.events.some((e) => e.kind === 'sections.changed' && e.keys.includes(keys.settings)));

    assert.equal((await editor('DELETE', `/sections/${child.json().data.id}`)).statusCode, 409);
    const empty = await makeSection(ctx);
    assert.equal((await editor('DELETE', `/sections/${empty.id}`)).statusCode, 204);
  });

  test('site settings: partial changes, checked values', async () => {
    const res = await admin('PATCH', '/settings', { name: 'Prairie Seven News', timeZone: 'America/Chicago', social: { x: '@prairieseven' } });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().data.name, 'Prairie Seven News');
    assert.equal(res.json().data.social.x, '@prairieseven');
    assert.equal(res.json().data.social.facebook, null);
    assert.equal((await admin('PATCH', '/settings', { timeZone: 'Mars/Olympus' })).json().error.details.field, 'timeZone');
    assert.equal((await admin('PATCH', '/settings', { baseUrl: 'ftp://x.test' })).json().error.details.field, 'baseUrl');
    assert.equal((await admin('PATCH', '/settings', { featuredSeriesSlug: 'no-such-series' })).json().error.details.field, 'featuredSeriesSlug');
    const now = await admin('PATCH', '/settings', { baseUrl: 'https://www.prairie-seven.test/' });
    assert.equal(now.json().data.baseUrl, 'https://www.prairie-seven.test');
    assert.equal((await admin('GET', '/settings')).json().data.timeZone, 'America/Chicago');
    assert.ok(ctx.events.some((e) => e.kind === 'settings.changed' && e.keys.includes(keys.settings)));
  });
});
