import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { isPublic, lifecycleState, publicAnswer } from '../../src/domain/visibility.ts';
import { WIRE_CORRECTION_NOTE } from '../../src/domain/wire-lifecycle.ts';
import { changeArticleStatus } from '../../src/newsroom/change-article-status.ts';
import { VisibilityScheduler } from '../../src/publish/visibility-scheduler.ts';
import { findArticleByWireGuid, listPublicArticles } from '../../src/store/repositories/article-repository.ts';
import { listRevisions } from '../../src/store/repositories/revision-repository.ts';
import { listWireReceipts } from '../../src/store/repositories/wire-receipt-repository.ts';
import { makeArticle } from '../support/factories.ts';
import { describeEachStore } from '../support/test-stores.ts';
import { g2Story, ninjsStory, wireId, wireKit, type WireKit } from './support/wire-kit.ts';

const HOUR = 3_600_000;
const PROVIDER = 'wire.test-agency.example';

describeEachStore('wire lifecycle', (getStore) => {
  let kit: WireKit;
  before(async () => {
    kit = await wireKit(getStore());
  });
  after(() => kit.dispose());

  const story = async (guid: string) => {
    const a = await findArticleByWireGuid(kit.ctx.store.db, PROVIDER, guid);
    assert.ok(a, `no story for ${guid}`);
    return a;
  };
  const at = (offsetMs: number) => new Date(kit.ctx.now().getTime() + offsetMs);

  it('creates a story from an unknown id, with the wire fields mapped', async () => {
    const id = wireId();
    kit.ctx.events.length = 0;
    const r = await kit.one(ninjsStory(id, { version: '3', headline: 'Ferry returns after refit' }));
    assert.deepEqual([r.action, r.version, r.guid], ['created', 3, id]);
    assert.equal(r.url, '/news/ferry-returns-after-refit/');
    const a = await story(id);
    assert.equal(a.headline, 'Ferry returns after refit');
    assert.equal(a.byline, 'By Ines Albero');
    assert.deepEqual(a.dateline, { place: 'PORT ELLIS', source: null });
    assert.equal(a.rights.copyrightNotice, 'Copyright 2026 Test Agency. All rights reserved.');
    assert.equal(a.rights.usageTerms, 'Not for use outside the subscribing station.');
    assert.equal(a.bodyHtml, '<p>The harbour bridge reopened on Tuesday after repairs.</p>\n<p>Traffic moved freely by noon.</p>');
    assert.equal(lifecycleState(a, kit.ctx.now()), 'published');
    assert.deepEqual(a.origin, { kind: 'wire', provider: PROVIDER, guid: id, version: 3, etag: null });
    assert.deepEqual(kit.ctx.events.filter((e) => e.kind.startsWith('article.')).map((e) => [e.kind, e.id]), [['article.published', a.id]]);
    assert.deepEqual((await listWireReceipts(kit.ctx.store.db, PROVIDER, id)).map((x) => x.action), ['created']);
  });

  it('a higher version updates the same story: the Updated time moves and the previous version stays as a revision', async () => {
    const id = wireId();
    const first = await kit.one(ninjsStory(id, { version: '1', headline: 'Storm closes the coast road' }));
    const before = await story(id);
    kit.ctx.clock.advance(HOUR);
    const versionCreated = at(-HOUR / 2);
    const second = await kit.one(ninjsStory(id, { version: '2', headline: 'Coast road reopens after storm', versioncreated: versionCreated.toISOString() }));
    assert.equal(second.action, 'updated');
    assert.equal(second.url, first.url, 'a guid keeps its URL');
    const after = await story(id);
    assert.equal(after.id, before.id);
    assert.equal(after.headline, 'Coast road reopens after storm');
    assert.equal(after.publishedAt?.getTime(), before.publishedAt?.getTime(), 'first-published time stays');
    assert.equal(after.updatedAt?.getTime(), versionCreated.getTime());
    assert.equal(lifecycleState(after, kit.ctx.now()), 'updated');
    assert.equal(after.origin.kind === 'wire' && after.origin.version, 2);
    const revisions = await listRevisions(kit.ctx.store.db, after.id);
    assert.deepEqual(revisions.map((x) => x.snapshot.headline), ['Coast road reopens after storm', 'Storm closes the coast road']);
  });

  it('an equal or lower version is unchanged, and every version received is kept on a receipt', async () => {
    const id = wireId();
    assert.equal((await kit.one(ninjsStory(id, { version: '5', headline: 'Fifth take' }))).action, 'created');
    assert.equal((await kit.one(ninjsStory(id, { version: '5', headline: 'Same number, other words' }))).action, 'unchanged');
    assert.equal((await kit.one(ninjsStory(id, { version: '4', headline: 'Late fourth take' }))).action, 'unchanged');
    const exact = ninjsStory(id, { version: '3', headline: 'Third take' });
    assert.equal((await kit.one(exact)).action, 'unchanged');
    const repeat = await kit.one(exact);
    assert.deepEqual([repeat.action, repeat.version, repeat.url], ['unchanged', 3, '/news/fifth-take/']);
    assert.equal((await story(id)).headline, 'Fifth take');
    const receipts = await listWireReceipts(kit.ctx.store.db, PROVIDER, id);
    assert.deepEqual(receipts.map((x) => [x.version, x.action]), [[5, 'created'], [5, 'unchanged'], [4, 'unchanged'], [3, 'unchanged']],
      'a byte-for-byte repeat is not a new version');
  });

  it('compares versions as numbers: "10" follows "9"', async () => {
    const id = wireId();
    await kit.one(ninjsStory(id, { version: '9' }));
    assert.equal((await kit.one(ninjsStory(id, { version: '10', headline: 'Tenth' }))).action, 'updated');
    assert.equal((await kit.one(ninjsStory(id, { version: '9', headline: 'Ninth again' }))).action, 'unchanged');
    assert.equal((await story(id)).headline, 'Tenth');
  });

  it('orders items without a version by their versioncreated', async () => {
    const id = wireId();
    await kit.one(ninjsStory(id, { version: undefined, versioncreated: '2026-05-05T10:00:00Z', headline: 'Morning take' }));
    assert.equal((await kit.one(ninjsStory(id, { version: undefined, versioncreated: '2026-05-05T09:00:00Z', headline: 'Earlier' }))).action, 'unchanged');
    assert.equal((await kit.one(ninjsStory(id, { version: undefined, versioncreated: '2026-05-05T11:00:00Z', headline: 'Noon take' }))).action, 'updated');
    assert.equal((await story(id)).headline, 'Noon take');
  });

  it('AP: the same itemid and version with a new etag replaces; the same etag is a duplicate', async () => {
    const itemid = `ap${Date.now().toString(16)}${Math.random().toString(16).slice(2, 10)}`;
    const ap = (etag: string, headline: string) =>
      JSON.stringify({
        data: { item: { altids: { itemid, etag }, version: 0, type: 'text', pubstatus: 'usable', signals: ['newscontent'], headline, body_html: '<p>RIVERTON, Ore. (AP) — Text.</p>', located: 'RIVERTON, Ore. (AP)' } },
      });
    assert.equal((await kit.one(ap('e1', 'Bridge reopens'))).action, 'created');
    assert.equal((await kit.one(ap('e2', 'Bridge reopens with new photo'))).action, 'updated');
    assert.equal((await kit.one(ap('e2', 'Same etag, other text'))).action, 'unchanged');
    const a = await findArticleByWireGuid(kit.ctx.store.db, 'ap', itemid);
    assert.equal(a?.headline, 'Bridge reopens with new photo');
    assert.deepEqual(a?.dateline, { place: 'RIVERTON, Ore.', source: 'AP' });
  });

  it('stores AP items that are not news content without ever publishing them', async () => {
    const itemid = `daybook${Math.random().toString(16).slice(2, 12)}`;
    const daybook = (version: number) =>
      JSON.stringify({ data: { item: { altids: { itemid }, version, type: 'text', pubstatus: 'usable', signals: ['daybook'], headline: 'AP Oregon Daybook', body_html: '<p>Events.</p>' } } });
    const first = await kit.one(daybook(0));
    assert.deepEqual([first.action, first.url], ['created', null]);
    assert.equal((await kit.one(daybook(1))).action, 'updated');
    const a = await findArticleByWireGuid(kit.ctx.store.db, 'ap', itemid);
    assert.equal(a?.status, 'draft');
  });

  it('an embargoed story becomes public exactly at the embargo time; the newest version sets the time and a shorter one is flagged', async () => {
    const id = wireId();
    const lift = at(2 * HOUR);
    const r = await kit.one(ninjsStory(id, { embargoed: lift.toISOString() }));
    assert.equal(r.action, 'embargoed');
    assert.match(r.url ?? '', /^\/news\//);
    const section = (await story(id)).sectionId;
    const publicIds = async (when: Date) => (await listPublicArticles(kit.ctx.store.db, when, { sectionIds: [section] }, { limit: 500 })).map((a) => a.id);
    const a = await story(id);
    assert.equal(lifecycleState(a, kit.ctx.now()), 'embargoed');
    assert.ok(!(await publicIds(new Date(lift.getTime() - 1))).includes(a.id));
    assert.ok((await publicIds(lift)).includes(a.id));

    const sooner = at(HOUR);
    const update = await kit.one(ninjsStory(id, { version: '2', embargoed: sooner.toISOString() }));
    assert.equal(update.action, 'embargoed');
    assert.ok(update.problems.some((p) => /shortens an embargo/.test(p)), update.problems.join('; '));
    const b = await story(id);
    assert.equal(b.embargoUntil?.getTime(), sooner.getTime());
    assert.equal(b.publishedAt?.getTime(), sooner.getTime(), 'it goes out when the embargo lifts');
    assert.ok(!isPublic(b, new Date(sooner.getTime() - 1)));
    assert.ok(isPublic(b, sooner));
  });

  it('an embargo lift that passed while the server was down is announced when it starts again', async () => {
    const id = wireId();
    const lift = at(HOUR);
    const scheduler = new VisibilityScheduler(kit.ctx, 60_000);
    await scheduler.start();
    await scheduler.stop();
    await kit.one(ninjsStory(id, { embargoed: lift.toISOString() }));
    const a = await story(id);
    kit.ctx.clock.advance(2 * HOUR);
    kit.ctx.events.length = 0;
    const restarted = new VisibilityScheduler(kit.ctx, 60_000);
    await restarted.start();
    await restarted.stop();
    assert.ok(kit.ctx.events.some((e) => e.kind === 'article.published' && e.id === a.id), 'the lift is announced after a restart');
    assert.ok(isPublic(await story(id), kit.ctx.now()));
  });

  it('holds a story that arrives without text for an editor instead of publishing a shell', async () => {
    const id = wireId('shell');
    const r = await kit.one(ninjsStory(id, { body_html: undefined }));
    assert.deepEqual([r.action, r.url], ['created', null]);
    assert.match(r.problems.join('\n'), /no text; the story is held for an editor/);
    assert.equal((await story(id)).status, 'draft');
    const full = await kit.one(ninjsStory(id, { version: '2' }));
    assert.equal(full.action, 'updated');
    assert.equal((await story(id)).status, 'published', 'the version with text goes out');
  });

  it('an empty G2 embargo holds the story for an editor, with no time', async () => {
    const guid = `urn:newsml:wire.test-agency.example:${Date.now()}:held`;
    const r = await kit.one(g2Story(guid, { embargoed: null }));
    assert.deepEqual([r.action, r.url], ['embargoed', null]);
    const a = await findArticleByWireGuid(kit.ctx.store.db, PROVIDER, guid);
    assert.equal(a?.status, 'draft');
    assert.equal(a?.embargoUntil, null);
  });

  it('withheld takes a story off the site; a later usable version brings it back with its first-published time', async () => {
    const id = wireId();
    await kit.one(ninjsStory(id));
    const published = (await story(id)).publishedAt;
    const held = await kit.one(ninjsStory(id, { version: '2', pubstatus: 'withheld' }));
    assert.equal(held.action, 'withheld');
    const w = await story(id);
    assert.equal(w.status, 'withheld');
    assert.equal(publicAnswer(w, kit.ctx.now()), 'not-found');
    kit.ctx.clock.advance(HOUR);
    const back = await kit.one(ninjsStory(id, { version: '3', headline: 'Bridge story, corrected figures', versioncreated: kit.ctx.now().toISOString() }));
    assert.equal(back.action, 'updated');
    const b = await story(id);
    assert.equal(b.status, 'published');
    assert.equal(b.publishedAt?.getTime(), published?.getTime());
    assert.ok(isPublic(b, kit.ctx.now()));
  });

  it('a kill is terminal: the story answers gone and a later usable version does not bring it back', async () => {
    const id = wireId();
    await kit.one(ninjsStory(id));
    kit.ctx.events.length = 0;
    const killed = await kit.one(ninjsStory(id, { version: '2', pubstatus: 'canceled' }));
    assert.equal(killed.action, 'killed');
    const k = await story(id);
    assert.equal(publicAnswer(k, kit.ctx.now()), 'gone');
    assert.ok(kit.ctx.events.some((e) => e.kind === 'article.killed' && e.id === k.id));
    const later = await kit.one(ninjsStory(id, { version: '3', headline: 'Revived?' }));
    assert.equal(later.action, 'unchanged');
    assert.ok(later.problems.some((p) => /killed/.test(p)));
    const still = await story(id);
    assert.equal(still.status, 'killed');
    assert.notEqual(still.headline, 'Revived?');
    const receipts = await listWireReceipts(kit.ctx.store.db, PROVIDER, id);
    assert.deepEqual(receipts.map((x) => x.action), ['created', 'killed', 'unchanged']);
    assert.match(receipts[2].problems ?? '', /killed/);
  });

  it('a first delivery that is withheld stores no story; one that is killed also bars later versions', async () => {
    const withheld = wireId('withheld');
    assert.deepEqual(
      (({ action, url }) => ({ action, url }))(await kit.one(ninjsStory(withheld, { pubstatus: 'withheld' }))),
      { action: 'withheld', url: null },
    );
    assert.equal(await findArticleByWireGuid(kit.ctx.store.db, PROVIDER, withheld), null);
    assert.equal((await kit.one(ninjsStory(withheld, { version: '2' }))).action, 'created');

    const killed = wireId('killed');
    assert.equal((await kit.one(ninjsStory(killed, { pubstatus: 'canceled' }))).action, 'killed');
    assert.equal((await kit.one(ninjsStory(killed, { version: '2' }))).action, 'unchanged');
    assert.equal(await findArticleByWireGuid(kit.ctx.store.db, PROVIDER, killed), null);
  });

  it('an expiry takes the story off the site when it comes', async () => {
    const id = wireId();
    const expires = at(HOUR);
    await kit.one(ninjsStory(id, { expires: expires.toISOString() }));
    const a = await story(id);
    assert.ok(isPublic(a, kit.ctx.now()));
    assert.ok(!isPublic(a, expires));
    assert.equal(lifecycleState(a, expires), 'expired');
  });

  it('a correction carries a neutral public note to the page; the editor note stays on the receipt', async () => {
    const guid = `urn:newsml:wire.test-agency.example:${Date.now()}:levy`;
    await kit.one(g2Story(guid, { version: 1, body: '<p>The levy is $3 million.</p>' }));
    kit.ctx.clock.advance(HOUR);
    const fixed = await kit.one(
      g2Story(guid, { version: 2, correction: true, edNote: 'Corrects the levy amount in the first paragraph.', body: '<p>The levy is $2 million.</p>' }),
    );
    assert.equal(fixed.action, 'updated');
    const a = await findArticleByWireGuid(kit.ctx.store.db, PROVIDER, guid);
    assert.equal(a?.correctionNote, WIRE_CORRECTION_NOTE);
    assert.equal(a?.bodyHtml, '<p>The levy is $2 million.</p>');
    assert.ok(!JSON.stringify(a).includes('Corrects the levy amount'), 'the editor note is never on the story');
    const receipts = await listWireReceipts(kit.ctx.store.db, PROVIDER, guid);
    assert.equal(JSON.parse(receipts[1].item).edNote, 'Corrects the levy amount in the first paragraph.');
  });

  it('rejects a malformed item with its reason and goes on with the rest of the batch', async () => {
    const ok1 = `aa${Math.random().toString(16).slice(2, 14)}`;
    const ok2 = `bb${Math.random().toString(16).slice(2, 14)}`;
    const item = (itemid: string | null, headline: string) => ({
      item: { ...(itemid ? { altids: { itemid } } : {}), version: 1, type: 'text', pubstatus: 'usable', signals: ['newscontent'], headline, body_html: '<p>x</p>' },
    });
    const feed = JSON.stringify({ data: { items: [item(ok1, 'First'), item(null, 'No id'), item(ok2, 'Third')] } });
    const results = await kit.ingest(feed);
    assert.deepEqual(results.map((r) => r.action), ['created', 'rejected', 'created']);
    assert.match(results[1].error ?? '', /no altids.itemid/);
    const zoneless = await kit.one(ninjsStory(wireId(), { embargoed: '2026-05-06T10:00:00' }));
    assert.equal(zoneless.action, 'rejected');
    assert.match(zoneless.error ?? '', /no time zone/);
  });

  it('takes over a wire story stored without wire state (as the demo newsroom stores them)', async () => {
    const guid = wireId('adopted');
    const existing = await makeArticle(kit.ctx, { headline: 'Demo wire story' }, { origin: { kind: 'wire', provider: PROVIDER, guid, version: 4, etag: null } });
    assert.equal((await kit.one(ninjsStory(guid, { version: '4', headline: 'Same version again' }))).action, 'unchanged');
    const r = await kit.one(ninjsStory(guid, { version: '5', headline: 'Fifth version' }));
    assert.equal(r.action, 'updated');
    const a = await story(guid);
    assert.equal(a.id, existing.id);
    assert.equal(a.headline, 'Fifth version');
  });

  it('leaves an editor\'s status decision standing when later versions arrive', async () => {
    const id = wireId();
    await kit.one(ninjsStory(id));
    const a = await story(id);
    await changeArticleStatus(kit.ctx, a.id, { kind: 'unpublish' }, null);
    const r = await kit.one(ninjsStory(id, { version: '2', headline: 'New words, still unpublished' }));
    assert.deepEqual([r.action, r.url], ['updated', null]);
    const b = await story(id);
    assert.equal(b.status, 'draft');
    assert.equal(b.headline, 'New words, still unpublished');
  });
});
