import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachStore } from '../support/test-stores.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { ninjsStory, wireId, wireKit, type WireKit } from './support/wire-kit.ts';

const HOUR = 3_600_000;

/**
 * What a reader sees, through the whole application: a kill removes a wire
 * story from its page (410), feeds, sitemaps, the content API and search in
 * the same ingest; withheld and embargoed stories answer 404 until public.
 */
describeEachStore('wire stories on the public site', (getStore) => {
  let t: TestApp;
  let kit: WireKit;
  before(async () => {
    t = await buildTestApp(getStore());
    kit = await wireKit(getStore(), { clock: t.clock });
  });
  after(async () => {
    kit.dispose();
    await t.close();
  });

  const get = async (url: string) => t.app.inject({ method: 'GET', url });
  const sitemapText = async () => {
    const index = (await get('/sitemap.xml')).body;
    const parts = [...index.matchAll(/<loc>[^<]*?(\/sitemaps\/[^<]+)<\/loc>/g)].map((m) => m[1]);
    return (await Promise.all(parts.map(async (p) => (await get(p)).body))).join('\n') + (await get('/news-sitemap.xml')).body;
  };
  const visibleEverywhere = async (url: string, guid: string, word: string) => ({
    page: (await get(url)).statusCode,
    feed: (await get('/feed/')).body.includes(url),
    sitemap: (await sitemapText()).includes(url),
    api: ((await get(`/api/v1/articles?guid=${encodeURIComponent(guid)}`)).json().data as unknown[]).length,
    search: (await get(`/api/v1/search?q=${word}`)).json().total as number,
    front: (await get('/')).body.includes(url),
  });

  it('a killed story leaves its page (410), feeds, sitemaps, the API, search and the front at once', async () => {
    const guid = wireId('kill');
    const created = await kit.one(ninjsStory(guid, { headline: 'Quarry blast rattles Zanthorpe homes', body_html: '<p>Residents of Zanthorpe felt the blast.</p>' }));
    const url = created.url!;
    assert.deepEqual(await visibleEverywhere(url, guid, 'zanthorpe'), { page: 200, feed: true, sitemap: true, api: 1, search: 1, front: true });
    const page = (await get(url)).body;
    assert.ok(page.includes('Copyright 2026 Test Agency. All rights reserved.'), 'the copyright notice is shown with the story');
    assert.ok(page.includes('Not for use outside the subscribing station.'), 'the usage terms are shown with the story');

    const killed = await kit.one(ninjsStory(guid, { version: '2', pubstatus: 'canceled' }));
    assert.deepEqual([killed.action, killed.url], ['killed', url]);
    assert.deepEqual(await visibleEverywhere(url, guid, 'zanthorpe'), { page: 410, feed: false, sitemap: false, api: 0, search: 0, front: false });
  });

  it('a withheld story answers 404 and is nowhere else; it returns when usable again', async () => {
    const guid = wireId('withheld');
    const { url } = await kit.one(ninjsStory(guid, { headline: 'Council reviews Wexmoor contract', body_html: '<p>The Wexmoor deal is under review.</p>' }));
    await kit.one(ninjsStory(guid, { version: '2', pubstatus: 'withheld' }));
    assert.deepEqual(await visibleEverywhere(url!, guid, 'wexmoor'), { page: 404, feed: false, sitemap: false, api: 0, search: 0, front: false });
    await kit.one(ninjsStory(guid, { version: '3', headline: 'Council reviews Wexmoor contract' }));
    assert.equal((await visibleEverywhere(url!, guid, 'wexmoor')).page, 200);
  });

  it('an embargoed story answers 404 everywhere until the embargo time, then appears', async () => {
    const guid = wireId('embargo');
    const lift = new Date(t.clock.now().getTime() + HOUR);
    const r = await kit.one(ninjsStory(guid, { headline: 'Yarrowby budget unveiled', body_html: '<p>Yarrowby sets its budget.</p>', embargoed: lift.toISOString() }));
    assert.equal(r.action, 'embargoed');
    assert.deepEqual(await visibleEverywhere(r.url!, guid, 'yarrowby'), { page: 404, feed: false, sitemap: false, api: 0, search: 0, front: false });
    t.clock.set(lift);
    const seen = await visibleEverywhere(r.url!, guid, 'yarrowby');
    assert.deepEqual({ page: seen.page, api: seen.api, search: seen.search, feed: seen.feed }, { page: 200, api: 1, search: 1, feed: true });
  });

  it('a correction shows its note on the page, never the agency\'s editor note', async () => {
    const guid = wireId('correction');
    const { url } = await kit.one(ninjsStory(guid, { headline: 'Pool opens Saturday' }));
    t.clock.advance(HOUR);
    const g2 = `<?xml version="1.0"?><newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="${guid}" version="2">
      <itemMeta><itemClass qcode="ninat:text"/><provider literal="wire.test-agency.example"/><pubStatus qcode="stat:usable"/>
      <edNote>Eds: corrects the opening day; internal desk note 7741.</edNote><signal qcode="sig:correction"/></itemMeta>
      <contentMeta><headline>Pool opens Sunday</headline></contentMeta>
      <contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body><p>The pool opens on Sunday.</p></body></html></inlineXML></contentSet>
    </newsItem>`;
    assert.equal((await kit.one(g2)).action, 'updated');
    const page = (await get(url!)).body;
    assert.ok(page.includes('This story has been corrected.'));
    assert.ok(page.includes('Pool opens Sunday'));
    assert.ok(!page.includes('internal desk note 7741'));
  });
});
