import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { OPERATOR } from '../accounts/account-fixtures.ts';
import type { WireSource } from '../../src/domain/wire-source.ts';
import { findWireSourceByName } from '../../src/store/repositories/wire-source-repository.ts';
import { addWireSource } from '../../src/wire/sources/save-wire-source.ts';
import { WireFeedPoller } from '../../src/wire/sources/wire-feed-poller.ts';
import { describeEachStore } from '../support/test-stores.ts';
import { localServer, type LocalServer } from './support/local-server.ts';
import { wireKit, type WireKit } from './support/wire-kit.ts';

const apItem = (itemid: string, version: number, headline: string) => ({
  item: { altids: { itemid }, version, type: 'text', pubstatus: 'usable', signals: ['newscontent'], headline, body_html: `<p>${headline}.</p>` },
});

describeEachStore('the wire feed poller', (getStore) => {
  let kit: WireKit;
  let server: LocalServer;
  let poller: WireFeedPoller;
  const run = Math.random().toString(16).slice(2, 10);
  const id = (n: string) => `${run}${n}`;

  before(async () => {
    kit = await wireKit(getStore());
    server = await localServer();
    poller = new WireFeedPoller({ ingest: kit.deps, maxPages: 3, timeoutMs: 5000 });
  });
  after(async () => {
    await poller.stop();
    await server.close();
    kit.dispose();
  });

  const source = async (name: string, path: string): Promise<WireSource> => {
    await addWireSource(kit.ctx, OPERATOR, { name: `${name}-${run}`, pollUrl: `${server.origin}${path}`, pollIntervalSeconds: 60 });
    return (await findWireSourceByName(kit.ctx.store.db, `${name}-${run}`))!;
  };
  const reload = async (s: WireSource) => (await findWireSourceByName(kit.ctx.store.db, s.name))!;
  const seen = (path: string) => server.requests.filter((r) => r.line.startsWith(`GET ${path}`));

  it('follows next-page links, then polls conditionally: an unchanged feed is a 304', async () => {
    let etag = '"e1"';
    let items = [apItem(id('a'), 1, 'Roadworks start'), apItem(id('b'), 1, 'Roadworks detour')];
    server.route('/latest', (req, res) => {
      if (req.url === '/latest?page=2') return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { items: [apItem(id('c'), 1, 'Roadworks end date')] } }));
      if (req.headers['if-none-match'] === etag) return res.writeHead(304, { etag }).end();
      res.writeHead(200, { 'content-type': 'application/json', etag, link: '</latest?page=2>; rel="next"' }).end(JSON.stringify({ data: { items } }));
    });
    const s = await source('paged', '/latest');
    const first = await poller.pollSource(s);
    assert.deepEqual([first.pages, first.error], [2, null]);
    assert.deepEqual(first.results.map((r) => r.action), ['created', 'created', 'created']);
    const state = (await reload(s)).poll!;
    assert.deepEqual([state.cursor, state.etag, state.error], [null, '"e1"', null]);

    const second = await poller.pollSource(await reload(s));
    assert.equal(second.notModified, true);
    assert.equal(seen('/latest').at(-1)?.headers['if-none-match'], '"e1"');

    etag = '"e2"';
    items = [apItem(id('a'), 2, 'Roadworks start early')];
    const third = await poller.pollSource(await reload(s));
    assert.deepEqual(third.results.map((r) => r.action), ['updated', 'unchanged']);
  });

  it('sends If-Modified-Since when the feed gave a Last-Modified time', async () => {
    const modified = 'Tue, 05 May 2026 09:00:00 GMT';
    server.route('/dated', (req, res) => {
      if (req.headers['if-modified-since'] === modified) return res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'application/json', 'last-modified': modified })
        .end(JSON.stringify({ data: { items: [apItem(id('d'), 0, 'Dated story')] } }));
    });
    const s = await source('dated', '/dated');
    assert.deepEqual((await poller.pollSource(s)).results.map((r) => r.action), ['created']);
    assert.equal((await reload(s)).poll?.lastModified, modified);
    assert.equal((await poller.pollSource(await reload(s))).notModified, true);
    assert.equal(seen('/dated').at(-1)?.headers['if-modified-since'], modified);
  });

  it('keeps an AP-style cursor: a poll ending at an empty page starts from its next link next time', async () => {
    let later: unknown[] = [];
    server.route('/ap/feed', (req, res) => {
      const seq = new URL(req.url ?? '/', server.origin).searchParams.get('seq') ?? '1';
      const page =
        seq === '1' ? { items: [apItem(id('f1'), 0, 'Fire contained')], next_page: `${server.origin}/ap/feed?seq=2` }
        : seq === '2' ? { items: [], next_page: `${server.origin}/ap/feed?seq=3` }
        : seq === '3' ? { items: later, next_page: `${server.origin}/ap/feed?seq=${later.length > 0 ? '4' : '3'}` }
        : { items: [], next_page: `${server.origin}/ap/feed?seq=4` };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ api_version: '2', data: page }));
    });
    const s = await source('ap-cursor', '/ap/feed');
    const first = await poller.pollSource(s);
    assert.deepEqual([first.pages, first.results.map((r) => r.action)], [2, ['created']]);
    assert.equal((await reload(s)).poll?.cursor, `${server.origin}/ap/feed?seq=3`);

    const quiet = await poller.pollSource(await reload(s));
    assert.deepEqual([quiet.pages, quiet.results.length], [1, 0]);
    assert.equal(seen('/ap/feed').at(-1)?.line, 'GET /ap/feed?seq=3');
    assert.equal((await reload(s)).poll?.cursor, `${server.origin}/ap/feed?seq=3`, 'a page linking to itself is asked again');

    later = [apItem(id('f2'), 0, 'Fire crews stand down')];
    const second = await poller.pollSource(await reload(s));
    assert.deepEqual(seen('/ap/feed').slice(-2).map((r) => r.line), ['GET /ap/feed?seq=3', 'GET /ap/feed?seq=4']);
    assert.deepEqual(second.results.map((r) => r.action), ['created']);
    assert.equal((await reload(s)).poll?.cursor, `${server.origin}/ap/feed?seq=4`);
  });

  it('follows at most maxPages pages in one poll and resumes where it stopped', async () => {
    server.route('/endless', (req, res) => {
      const n = Number(new URL(req.url ?? '/', server.origin).searchParams.get('n') ?? '1');
      res.writeHead(200, { 'content-type': 'application/json', link: `<${server.origin}/endless?n=${n + 1}>; rel="next"` })
        .end(JSON.stringify({ data: { items: [apItem(id(`e${n}`), 0, `Page ${n} story`)] } }));
    });
    const s = await source('endless', '/endless');
    const outcome = await poller.pollSource(s);
    assert.equal(outcome.pages, 3);
    assert.equal((await reload(s)).poll?.cursor, `${server.origin}/endless?n=4`);
  });

  it('records a failing feed and clears the error when it answers again', async () => {
    let up = false;
    server.route('/flaky', (_req, res) => {
      if (!up) return res.writeHead(503).end('busy');
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { items: [apItem(id('k'), 0, 'Back up')] } }));
    });
    const s = await source('flaky', '/flaky');
    const failed = await poller.pollSource(s);
    assert.match(failed.error ?? '', /answered 503/);
    assert.match((await reload(s)).poll?.error ?? '', /answered 503/);
    up = true;
    const ok = await poller.pollSource(await reload(s));
    assert.equal(ok.error, null);
    assert.equal((await reload(s)).poll?.error, null);
  });

  it('lets one server take each due poll when several share the store', async () => {
    server.route('/shared', (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { items: [] } })));
    await source('shared', '/shared');
    const other = new WireFeedPoller({ ingest: kit.deps, timeoutMs: 5000 });
    const before = seen('/shared').length;
    await Promise.all([poller.tick(), other.tick()]);
    assert.equal(seen('/shared').length, before + 1);
  });

  it('polls each source when its interval has passed, on the clock', async () => {
    server.route('/timed', (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { items: [] } })));
    await source('timed', '/timed');
    const before = seen('/timed').length;
    await poller.tick();
    assert.equal(seen('/timed').length, before + 1, 'a source never polled is due');
    await poller.tick();
    assert.equal(seen('/timed').length, before + 1, 'not again within its interval');
    kit.ctx.clock.advance(61_000);
    await poller.tick();
    assert.equal(seen('/timed').length, before + 2);
  });
});
