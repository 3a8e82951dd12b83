import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'kysely';
import { searchArticles } from '../../src/search/search-articles.ts';
import { searchIndexFor } from '../../src/search/search-index-for.ts';
import { listWireReceipts } from '../../src/store/repositories/wire-receipt-repository.ts';
import { findWireDocument } from '../../src/store/repositories/wire-document-repository.ts';
import { documentHash, ingestDocuments, ITEMS_PER_GROUP } from '../../src/wire/ingest/ingest-document.ts';
import type { WireIngestResult } from '../../src/wire/ingest/wire-ingest-result.ts';
import { WireParsePool } from '../../src/wire/parse/parse-pool.ts';
import { parseWireDocument } from '../../src/wire/parse/parse-wire-document.ts';
import { describeEachStore } from '../support/test-stores.ts';
import { failReceiptsFor } from './support/fail-receipts.ts';
import { g2Story, ninjsStory, wireId, wireKit, type WireKit } from './support/wire-kit.ts';

/** A word no other story in the shared test store holds. */
const word = (label: string) => `${label}${Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 8)}`;

describeEachStore('wire items applied in groups', (getStore, dialect) => {
  let kit: WireKit;
  before(async () => {
    kit = await wireKit(getStore());
  });
  after(() => kit.dispose());

  const found = async (text: string) =>
    (await searchArticles(kit.ctx.store.db, searchIndexFor(getStore().dialect), text, kit.ctx.now(), { limit: 20, offset: 0 })).results.map((r) => (r.article.origin.kind === 'wire' ? r.article.origin.guid : null));

  it('a failing item is rolled back alone: the documents around it go in, in order, even when the store refuses its rejection receipt too', async () => {
    const ids = [wireId('first'), wireId('boom'), wireId('third')];
    const words = ids.map(() => word('grp'));
    const docs = ids.map((id, i) => ({ text: ninjsStory(id, { body_html: `<p>The ${words[i]} council met.</p>` }) }));
    const heard: number[] = [];
    const restore = await failReceiptsFor(kit.ctx.store);
    let results: WireIngestResult[][];
    try {
      results = await ingestDocuments(kit.deps, docs, { onDocument: (index) => heard.push(index) });
    } finally {
      await restore();
    }
    assert.deepEqual(heard, [0, 1, 2], 'each document is reported once, in order');
    assert.deepEqual(results.map((r) => r.map((x) => x.action)), [['created'], ['rejected'], ['created']]);
    assert.match(results[1][0].error ?? '', /could not be stored: .*injected failure/);
    assert.equal(results[1][0].retryable, true);
    assert.deepEqual(await found(words[0]), [ids[0]]);
    assert.deepEqual(await found(words[1]), [], 'nothing of the failed item stays, not even its search entry');
    assert.deepEqual(await found(words[2]), [ids[2]]);
    assert.equal(await findWireDocument(kit.ctx.store.db, documentHash(docs[1].text)), null, 'a document with a rejection is not remembered');
    assert.ok(await findWireDocument(kit.ctx.store.db, documentHash(docs[2].text)));
  });

  it('an item refused by the lifecycle rules gets its receipt inside the group, and the group goes on', async () => {
    const story = wireId('taken');
    assert.equal((await kit.one(ninjsStory(story))).action, 'created');
    const picture = JSON.stringify({ uri: story, type: 'picture', version: '1', pubstatus: 'usable', headline: 'A picture under a story\'s id' });
    const good = wireId('good');
    const results = await ingestDocuments(kit.deps, [{ text: picture }, { text: ninjsStory(good) }]);
    assert.equal(results[0][0].action, 'rejected');
    assert.match(results[0][0].error ?? '', /was delivered as a story before/);
    assert.equal(results[0][0].retryable, undefined, 'the item is at fault, not the store');
    assert.equal(results[1][0].action, 'created');
    const receipts = await listWireReceipts(kit.ctx.store.db, results[0][0].provider ?? '', story);
    assert.deepEqual(receipts.map((r) => r.action), ['created', 'rejected']);
  });

  it('a group that does not commit stores nothing and is rejected as retryable; its document is not remembered', async () => {
    const count = ITEMS_PER_GROUP + 5;
    const ids = Array.from({ length: count }, (_, i) => wireId(`lost${i}`));
    const items = ids.map((id, i) => g2Story(id, { headline: `Ferry timetable ${i} changes` }).replace(/^<\?xml[^>]*>\s*/, ''));
    const feed = `<?xml version="1.0" encoding="UTF-8"?>
<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><header><sent>2026-05-05T10:00:00Z</sent></header><itemSet>${items.join('')}</itemSet></newsMessage>`;
    // The first group's transaction fails after its last item (as a failed commit would); the second commits.
    let calls = 0;
    const store = kit.ctx.store;
    const failing = {
      ...kit.deps,
      ctx: {
        ...kit.ctx,
        store: {
          ...store,
          transaction: <T>(fn: Parameters<typeof store.transaction>[0]) =>
            store.transaction(async (trx) => {
              const result = (await fn(trx)) as T;
              if (++calls === 1) throw new Error('injected commit failure');
              return result;
            }),
        },
      },
    };
    const [first] = await ingestDocuments(failing, [{ text: feed }]);
    assert.equal(first.length, count);
    assert.ok(first.slice(0, ITEMS_PER_GROUP).every((r) => r.action === 'rejected' && r.retryable === true && /injected commit failure/.test(r.error ?? '')));
    assert.ok(first.slice(ITEMS_PER_GROUP).every((r) => r.action === 'created'));
    assert.equal(await findWireDocument(store.db, documentHash(feed)), null, 'a document not wholly stored is not remembered');
    const [again] = await ingestDocuments(kit.deps, [{ text: feed }]);
    assert.deepEqual(
      again.map((r) => r.action),
      [...Array(ITEMS_PER_GROUP).fill('created'), ...Array(5).fill('unchanged')],
      'delivered again, the lost items go in',
    );
  });

  it('stories stored in one group are searchable when it commits, each version by its latest text, across groups', async () => {
    const count = ITEMS_PER_GROUP + 20;
    const ids = Array.from({ length: count }, (_, i) => wireId(`bulk${i}`));
    const first = word('old');
    const second = word('new');
    const common = word('all');
    const docs = ids.map((id) => ({ text: ninjsStory(id, { body_html: `<p>${common} and ${first}</p>` }) }));
    // The first story comes again in the same run with a higher version and other words.
    docs.push({ text: ninjsStory(ids[0], { version: '2', body_html: `<p>${common} and ${second}</p>` }) });
    const results = await ingestDocuments(kit.deps, docs);
    assert.equal(results.flat().filter((r) => r.action === 'created').length, count);
    assert.equal(results.at(-1)?.[0].action, 'updated');
    const page = await searchArticles(kit.ctx.store.db, searchIndexFor(getStore().dialect), common, kit.ctx.now(), { limit: 200, offset: 0 });
    assert.equal(page.total, count);
    assert.deepEqual(await found(second), [ids[0]]);
    assert.equal((await found(first)).includes(ids[0]), false, 'the old version\'s words left the index');
    if (dialect === 'sqlite') {
      const { rows } = await sql<{ n: number }>`select count(*) as n from search_documents where indexed = 0`.execute(kit.ctx.store.db);
      assert.equal(Number(rows[0].n), 0, 'no document is left waiting');
      await sql`insert into search_index(search_index) values ('integrity-check')`.execute(kit.ctx.store.db);
    }
  });
});

describeEachStore('wire documents parsed on worker threads', (getStore) => {
  let kit: WireKit;
  let pool: WireParsePool;
  before(async () => {
    kit = await wireKit(getStore());
    pool = new WireParsePool({ size: 2 });
  });
  after(async () => {
    await pool.close();
    kit.dispose();
  });

  it('parse exactly as the main thread does, and the ingest stores the same stories', async () => {
    const texts = [
      ninjsStory(wireId('pooled'), { body_html: '<p>Council <script>alert(1)</script>meets <a href="javascript:x">today</a>.</p>' }),
      '{"not": "a wire item"}',
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]><newsItem/>',
      g2Story(wireId('pooled-g2')),
    ];
    for (const text of texts) assert.deepEqual(await pool.parse(text), parseWireDocument(text));
    const results = await ingestDocuments(kit.deps, texts.map((text) => ({ text })), { parse: pool.parse });
    assert.deepEqual(results.map((r) => r.map((x) => x.action)), [['created'], ['rejected'], ['rejected'], ['created']]);
  });

  it('a document is parsed on the main thread when the threads are gone', async () => {
    const closed = new WireParsePool({ size: 1 });
    await closed.close();
    const results = await ingestDocuments(kit.deps, [{ text: ninjsStory(wireId('fallback')) }], { parse: closed.parse });
    assert.equal(results[0][0].action, 'created');
  });

  it('a thread that stops refuses the work after it instead of leaving it unanswered, and the ingest goes on here', async () => {
    const broken = new WireParsePool({ size: 2 });
    try {
      const [first] = (broken as unknown as { workers: { terminate(): Promise<number> }[] }).workers;
      await first.terminate();
      await assert.rejects(broken.parse(ninjsStory(wireId('after-stop'))), /stopped/);
      const results = await ingestDocuments(kit.deps, [1, 2, 3].map((n) => ({ text: ninjsStory(wireId(`after-stop-${n}`)) })), { parse: broken.parse });
      assert.deepEqual(results.map((r) => r[0].action), ['created', 'created', 'created']);
    } finally {
      await broken.close();
    }
  });
});
