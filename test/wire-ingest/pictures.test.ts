import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import sharp from 'sharp';
import { OPERATOR } from '../accounts/account-fixtures.ts';
import { findArticleByWireGuid } from '../../src/store/repositories/article-repository.ts';
import { findMediaById, findMediaByWireGuid } from '../../src/store/repositories/media-repository.ts';
import { listRevisions } from '../../src/store/repositories/revision-repository.ts';
import { createWireFetcher } from '../../src/wire/fetch/wire-fetcher.ts';
import { addWireSource } from '../../src/wire/sources/save-wire-source.ts';
import { describeEachStore } from '../support/test-stores.ts';
import { localServer, type LocalServer } from './support/local-server.ts';
import { ninjsStory, wireId, wireKit, type WireKit } from './support/wire-kit.ts';

const PROVIDER = 'wire.test-agency.example';

describeEachStore('wire pictures', (getStore) => {
  let kit: WireKit;
  let server: LocalServer;
  let jpeg: Buffer;

  before(async () => {
    server = await localServer();
    jpeg = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 20, g: 110, b: 90 } } }).jpeg().toBuffer();
    const small = await sharp({ create: { width: 300, height: 200, channels: 3, background: { r: 200, g: 10, b: 10 } } }).jpeg().toBuffer();
    server.route('/main.jpg', (_req, res) => res.writeHead(200, { 'content-type': 'image/jpeg' }).end(jpeg));
    server.route('/thumb.jpg', (_req, res) => res.writeHead(200, { 'content-type': 'image/jpeg' }).end(small));
    server.route('/print.jpg', (_req, res) => res.writeHead(200, { 'content-type': 'image/jpeg' }).end(jpeg));
    const own = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 240, g: 200, b: 40 } } }).jpeg().toBuffer();
    server.route('/own.jpg', (_req, res) => res.writeHead(200, { 'content-type': 'image/jpeg' }).end(own));
    // Declared as a JPEG, decodes as nothing: the content decides.
    server.route('/lie.jpg', (_req, res) => res.writeHead(200, { 'content-type': 'image/jpeg' }).end('<html>not a picture</html>'));
    server.route('/story.nitf', (_req, res) =>
      res.writeHead(200, { 'content-type': 'application/xml' }).end(
        '<nitf><body><body.content><p>RIVERTON, Ore. (AP) — The full story text.</p></body.content></body></nitf>',
      ),
    );
    kit = await wireKit(getStore(), { fetcher: createWireFetcher({ allowPrivateAddresses: true, timeoutMs: 5000 }) });
  });
  after(async () => {
    kit.dispose();
    await server.close();
  });

  const photo = (guid: string, o: { href?: string; pubstatus?: string; caption?: string } = {}) => ({
    uri: guid,
    type: 'picture',
    version: '1',
    pubstatus: o.pubstatus ?? 'usable',
    headline: 'Ferry at the pier',
    description_text: o.caption ?? 'The ferry docks at the north pier on Monday. (Test Agency Photo/Mia Lund)',
    byline: 'Test Agency Photo/Mia Lund',
    renditions: {
      thumb: { href: `${server.origin}/thumb.jpg`, mimetype: 'image/jpeg', width: 300, height: 200 },
      main: { href: o.href ?? `${server.origin}/main.jpg`, mimetype: 'image/jpeg', width: 1200, height: 800 },
      print: { href: `${server.origin}/print.jpg`, mimetype: 'image/jpeg', width: 9000, height: 6000 },
    },
  });
  const fetched = (path: string) => server.requests.filter((r) => r.line.startsWith(`GET ${path}`)).length;

  it('downloads the largest image rendition within the limit as the lead photo, with caption, credit and alt text', async () => {
    const id = wireId();
    const pic = wireId('photo');
    const before = fetched('/main.jpg');
    const r = await kit.one(ninjsStory(id, { associations: { mainpic: photo(pic) } }));
    assert.deepEqual([r.action, r.problems], ['created', []]);
    assert.equal(fetched('/main.jpg'), before + 1);
    assert.equal(fetched('/print.jpg'), 0, 'a rendition over the width limit is never fetched');
    const a = await findArticleByWireGuid(kit.ctx.store.db, PROVIDER, id);
    const media = await findMediaById(kit.ctx.store.db, a!.leadMediaId!);
    assert.deepEqual(
      { w: media?.width, h: media?.height, caption: media?.caption, credit: media?.credit, alt: media?.alt, guid: media?.wireGuid },
      { w: 1200, h: 800, caption: 'The ferry docks at the north pier on Monday. (Test Agency Photo/Mia Lund)', credit: null, alt: 'The ferry docks at the north pier on Monday. (Test Agency Photo/Mia Lund)', guid: pic },
      'the caption already ends with the credit, so it is not repeated',
    );
    assert.ok(await kit.media.has(media!.storageKey));

    const again = await kit.one(ninjsStory(wireId(), { associations: { mainpic: photo(pic, { caption: 'The ferry at the north pier.' }) } }));
    assert.equal(again.action, 'created');
    assert.equal(fetched('/main.jpg'), before + 1, 'a picture already stored is not downloaded again');
    const other = await findArticleByWireGuid(kit.ctx.store.db, PROVIDER, again.guid!);
    assert.equal(other?.leadMediaId, media?.id);
    assert.equal((await findMediaById(kit.ctx.store.db, media!.id))?.credit, 'Test Agency Photo/Mia Lund');
  });

  it('keeps the story when its photo cannot be fetched or is not an image, and says why', async () => {
    const missing = await kit.one(ninjsStory(wireId(), { associations: { mainpic: photo(wireId('photo'), { href: `${server.origin}/gone.jpg` }) } }));
    assert.equal(missing.action, 'created');
    assert.match(missing.problems.join('\n'), /could not be fetched: .*answered 404; the story goes ahead without it/);
    const lie = await kit.one(ninjsStory(wireId(), { associations: { mainpic: photo(wireId('photo'), { href: `${server.origin}/lie.jpg` }) } }));
    assert.equal(lie.action, 'created');
    assert.match(lie.problems.join('\n'), /not a usable image \(unsupported-type/);
    const a = await findArticleByWireGuid(kit.ctx.store.db, PROVIDER, lie.guid!);
    assert.equal(a?.leadMediaId, null);
  });

  it('a killed picture leaves every story that shows it, its image is deleted, and later versions do not bring it back', async () => {
    const pic = wireId('photo');
    const one = wireId();
    const two = wireId();
    // Bytes no other picture has: the original is deleted only when no other asset uses it.
    await kit.one(ninjsStory(one, { associations: { mainpic: photo(pic, { href: `${server.origin}/own.jpg` }) } }));
    await kit.one(ninjsStory(two, { associations: { mainpic: photo(pic, { href: `${server.origin}/own.jpg` }) } }));
    const [asset] = await findMediaByWireGuid(kit.ctx.store.db, PROVIDER, pic);
    assert.ok(asset);
    kit.ctx.events.length = 0;
    const kill = await kit.one(JSON.stringify({ ...photo(pic), version: '2', pubstatus: 'canceled' }));
    assert.equal(kill.action, 'killed');
    for (const guid of [one, two]) {
      const a = await findArticleByWireGuid(kit.ctx.store.db, PROVIDER, guid);
      assert.equal(a?.leadMediaId, null);
      assert.equal((await listRevisions(kit.ctx.store.db, a!.id)).length, 2, 'the removal is a revision of its own');
      assert.ok(kit.ctx.events.some((e) => e.kind === 'article.updated' && e.id === a!.id), 'pages showing it are purged');
    }
    assert.deepEqual(await findMediaByWireGuid(kit.ctx.store.db, PROVIDER, pic), []);
    assert.equal(await kit.media.has(asset.storageKey), false);
    const later = await kit.one(ninjsStory(one, { version: '2', associations: { mainpic: photo(pic) } }));
    assert.equal(later.action, 'updated');
    assert.equal((await findArticleByWireGuid(kit.ctx.store.db, PROVIDER, one))?.leadMediaId, null);
  });

  it('a story version that reports its picture withheld takes that picture out of every story', async () => {
    const pic = wireId('photo');
    const first = wireId();
    const second = wireId();
    await kit.one(ninjsStory(first, { associations: { mainpic: photo(pic) } }));
    await kit.one(ninjsStory(second, { associations: { mainpic: photo(pic) } }));
    await kit.one(ninjsStory(first, { version: '2', associations: { mainpic: photo(pic, { pubstatus: 'withheld' }) } }));
    assert.equal((await findArticleByWireGuid(kit.ctx.store.db, PROVIDER, second))?.leadMediaId, null);
  });

  it('shows the photo from the agency when the source says so, and drops the inline copy of the lead', async () => {
    const source = await addWireSource(kit.ctx, OPERATOR, { name: `remote-${Date.now()}`, remoteImages: true });
    const pic = wireId('photo');
    const before = fetched('/main.jpg');
    const body = `<figure><img src="${server.origin}/thumb.jpg" alt="Ferry" data-assoc-ref="mainpic"><figcaption>Thumb</figcaption></figure><p>The ferry docked.</p>`;
    const r = await kit.one(ninjsStory(wireId(), { body_html: body, associations: { mainpic: photo(pic) } }), source);
    assert.equal(fetched('/main.jpg'), before, 'nothing is downloaded');
    const a = await findArticleByWireGuid(kit.ctx.store.db, PROVIDER, r.guid!);
    assert.equal(a?.leadMediaId, null);
    assert.match(a!.bodyHtml, new RegExp(`^<figure><img src="${server.origin}/main.jpg" alt="Ferry" width="1200" height="800" /><figcaption>The ferry docks`));
    assert.ok(!a!.bodyHtml.includes('/thumb.jpg'), 'the body\'s own copy of the lead picture is dropped');
    assert.ok(a!.bodyHtml.includes('<p>The ferry docked.</p>'));

    await kit.one(JSON.stringify({ ...photo(pic), version: '2', pubstatus: 'canceled' }));
    const after = await findArticleByWireGuid(kit.ctx.store.db, PROVIDER, r.guid!);
    assert.equal(after?.bodyHtml, '<p>The ferry docked.</p>', 'a killed remote picture leaves the body too');
  });

  it('fetches the story file of an AP item that carries no text, and holds the story when it cannot', async () => {
    const ap = (itemid: string, href: string) =>
      JSON.stringify({
        data: { item: {
          altids: { itemid }, version: 0, type: 'text', pubstatus: 'usable', signals: ['newscontent'], headline: 'Bridge reopens', located: 'RIVERTON, Ore. (AP)',
          renditions: { nitf: { href, mimetype: 'text/xml', contentid: 'x' } },
        } },
      });
    const ok = await kit.one(ap(`nitf${Date.now()}`, `${server.origin}/story.nitf`));
    assert.equal(ok.action, 'created');
    const a = await findArticleByWireGuid(kit.ctx.store.db, 'ap', ok.guid!);
    assert.equal(a?.bodyHtml, '<p>RIVERTON, Ore. (AP) — The full story text.</p>');
    assert.equal(a?.status, 'published');

    const failed = await kit.one(ap(`nitf${Date.now()}b`, `${server.origin}/no-such.nitf`));
    assert.deepEqual([failed.action, failed.url], ['created', null]);
    assert.match(failed.problems.join('\n'), /story file could not be fetched.*held for an editor/);
    assert.equal((await findArticleByWireGuid(kit.ctx.store.db, 'ap', failed.guid!))?.status, 'draft');
  });
});
