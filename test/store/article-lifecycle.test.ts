import assert from 'node:assert/strict';
import { it } from 'node:test';
import { lifecycleState } from '../../src/domain/visibility.ts';
import { changeArticleStatus } from '../../src/newsroom/change-article-status.ts';
import { updateArticle } from '../../src/newsroom/update-article.ts';
import { findArticleById, listPublicArticles } from '../../src/store/repositories/article-repository.ts';
import { findRedirect } from '../../src/store/repositories/redirect-repository.ts';
import { listRevisions } from '../../src/store/repositories/revision-repository.ts';
import { makeArticle, makeSection } from '../support/factories.ts';
import { describeEachStore } from '../support/test-stores.ts';
import { testContext } from '../support/test-context.ts';

const HOUR = 3_600_000;

describeEachStore('article lifecycle', (getStore) => {
  it('publishes, updates with a note, and keeps every save as a revision', async () => {
    const ctx = testContext(getStore());
    const a = await makeArticle(ctx, { headline: 'Library reopens after renovation' });
    assert.equal(lifecycleState(a, ctx.now()), 'published');
    const articleEvents = ctx.events.filter((e) => e.kind.startsWith('article.'));
    assert.deepEqual(articleEvents.map((e) => e.kind), ['article.published']);
    assert.ok(articleEvents[0].keys.includes(`a${a.id}`));
    assert.ok(articleEvents[0].keys.includes(`s${a.sectionId}`));

    ctx.clock.advance(HOUR);
    const b = await updateArticle(ctx, a.id, { bodyHtml: '<p>Hours extended.</p>' }, { actor: 'u1', note: { kind: 'update', text: 'Adds new hours.' } });
    assert.equal(b.revision, 2);
    assert.equal(b.updateNote, 'Adds new hours.');
    assert.equal(b.updatedAt?.getTime(), ctx.now().getTime());
    assert.equal(b.publishedAt?.getTime(), a.publishedAt?.getTime(), 'first-published time stays');
    assert.equal(lifecycleState(b, ctx.now()), 'updated');
    assert.equal(ctx.events.at(-1)?.kind, 'article.updated');

    const revisions = await listRevisions(ctx.store.db, a.id);
    assert.deepEqual(revisions.map((r) => r.revision), [2, 1]);
    assert.equal(revisions[1].snapshot.bodyHtml, '<p>The council voted 5-2.</p>');
  });

  it('refuses a save based on an older revision', async () => {
    const ctx = testContext(getStore());
    const a = await makeArticle(ctx);
    await updateArticle(ctx, a.id, { dek: 'first editor' }, { actor: 'u1', expectedRevision: 1 });
    await assert.rejects(updateArticle(ctx, a.id, { dek: 'second editor' }, { actor: 'u2', expectedRevision: 1 }), { code: 'conflict' });
    assert.equal((await findArticleById(ctx.store.db, a.id))?.dek, 'first editor');
  });

  it('redirects the old URL after a slug or section change', async () => {
    const ctx = testContext(getStore());
    const s1 = await makeSection(ctx, `news-${Date.now()}`);
    const s2 = await makeSection(ctx, `${s1.path}/local`);
    const a = await makeArticle(ctx, { sectionId: s1.id, slug: 'old-slug' });
    await updateArticle(ctx, a.id, { slug: 'new-slug' }, { actor: null });
    await updateArticle(ctx, a.id, { sectionId: s2.id }, { actor: null });
    assert.equal(await findRedirect(ctx.store.db, `/${s1.path}/old-slug/`), `/${s2.path}/new-slug/`);
    assert.equal(await findRedirect(ctx.store.db, `/${s1.path}/new-slug/`), `/${s2.path}/new-slug/`);
  });

  it('hides scheduled, embargoed, expired, withheld and killed stories from public lists', async () => {
    const ctx = testContext(getStore());
    const section = await makeSection(ctx);
    const now = ctx.now().getTime();
    const visible = await makeArticle(ctx, { sectionId: section.id });
    const scheduled = await makeArticle(ctx, { sectionId: section.id }, { publishedAt: new Date(now + HOUR) });
    const embargoed = await makeArticle(ctx, { sectionId: section.id, embargoUntil: new Date(now + HOUR) });
    const expired = await makeArticle(ctx, { sectionId: section.id, expiresAt: new Date(now - 1) }, { publishedAt: new Date(now - HOUR) });
    const withheld = await makeArticle(ctx, { sectionId: section.id });
    await changeArticleStatus(ctx, withheld.id, { kind: 'withhold' }, null);
    const killed = await makeArticle(ctx, { sectionId: section.id });
    await changeArticleStatus(ctx, killed.id, { kind: 'kill' }, null);
    const draft = await makeArticle(ctx, { sectionId: section.id }, { status: 'draft' });

    const ids = async () => (await listPublicArticles(ctx.store.db, ctx.now(), { sectionIds: [section.id] }, { limit: 50 })).map((a) => a.id).sort();
    assert.deepEqual(await ids(), [visible.id]);
    for (const a of [scheduled, embargoed, expired, withheld, killed, draft]) {
      const fresh = (await findArticleById(ctx.store.db, a.id))!;
      assert.notEqual(lifecycleState(fresh, ctx.now()), 'published', `story ${a.id} must not be public`);
    }
    ctx.clock.advance(HOUR);
    assert.deepEqual(await ids(), [visible.id, scheduled.id, embargoed.id].sort());
  });

  it('keeps the SQL visibility filter and the domain rule in step', async () => {
    const ctx = testContext(getStore());
    const section = await makeSection(ctx);
    const base = ctx.now().getTime();
    const made = [];
    for (const published of [base - HOUR, base + HOUR, null])
      for (const embargo of [null, base - 1, base + 1])
        for (const expires of [null, base, base + HOUR])
          for (const status of ['draft', 'published'] as const) {
            made.push(
              await makeArticle(
                ctx,
                { sectionId: section.id, embargoUntil: embargo === null ? null : new Date(embargo), expiresAt: expires === null ? null : new Date(expires) },
                { status, publishedAt: published === null ? null : new Date(published) },
              ),
            );
          }
    const publicIds = new Set((await listPublicArticles(ctx.store.db, ctx.now(), { sectionIds: [section.id] }, { limit: 500 })).map((a) => a.id));
    for (const a of made) {
      const state = lifecycleState(a, ctx.now());
      assert.equal(publicIds.has(a.id), state === 'published' || state === 'updated', `story ${a.id} in state ${state}`);
    }
  });

  it('keeps a killed story killed and leaves the store unchanged when a save fails', async () => {
    const ctx = testContext(getStore());
    const a = await makeArticle(ctx);
    await changeArticleStatus(ctx, a.id, { kind: 'kill' }, null);
    assert.equal(ctx.events.at(-1)?.kind, 'article.killed');
    await assert.rejects(changeArticleStatus(ctx, a.id, { kind: 'publish' }, null), { code: 'conflict' });
    await assert.rejects(updateArticle(ctx, a.id, { headline: '   ' }, { actor: null }), { code: 'conflict' });
    const b = await makeArticle(ctx);
    await assert.rejects(updateArticle(ctx, b.id, { headline: '  ', dek: 'x' }, { actor: null }), { code: 'invalid-input' });
    const after = (await findArticleById(ctx.store.db, b.id))!;
    assert.equal(after.revision, 1);
    assert.equal(after.dek, null);
  });

  it('sanitizes bodies and keeps headlines as plain text', async () => {
    const ctx = testContext(getStore());
    const a = await makeArticle(ctx, {
      headline: '<b>Flood</b> warning <script>alert(1)</script>',
      bodyHtml: '<p onclick="x()">Water rising<script>alert(1)</script><a href="javascript:alert(1)">x</a></p>',
    });
    assert.doesNotMatch(a.headline, /[<>]/);
    assert.doesNotMatch(a.bodyHtml, /script|onclick|javascript:/);
    assert.match(a.bodyHtml, /Water rising/);
  });
});
