import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { findArticleByWireGuid } from '../../src/store/repositories/article-repository.ts';
import { DropFolderWatcher } from '../../src/wire/sources/drop-folder-watcher.ts';
import { describeEachStore } from '../support/test-stores.ts';
import { failReceiptsFor } from './support/fail-receipts.ts';
import { until } from './support/until.ts';
import { ninjsStory, wireId, wireKit, type WireKit } from './support/wire-kit.ts';

const PROVIDER = 'wire.test-agency.example';
const SETTLE_MS = 250;

describeEachStore('the wire drop folder', (getStore) => {
  let kit: WireKit;
  let dir: string;
  let watcher: DropFolderWatcher;

  before(async () => {
    kit = await wireKit(getStore());
    dir = mkdtempSync(join(tmpdir(), 'dateline-drop-'));
    watcher = new DropFolderWatcher({ dir, ingest: kit.deps, logger: kit.ctx.logger, settleMs: SETTLE_MS, pollMs: 50, retryMs: 300 });
    await watcher.start();
  });
  after(async () => {
    await watcher.stop();
    kit.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const inFolder = (sub: string) => (existsSync(join(dir, sub)) ? readdirSync(join(dir, sub)) : []);
  const story = (guid: string) => findArticleByWireGuid(kit.ctx.store.db, PROVIDER, guid);

  it('takes a file only once it is complete, then moves it to processed/', async () => {
    const guid = wireId('slow');
    const text = ninjsStory(guid);
    const file = await open(join(dir, 'slow-writer.json'), 'w');
    // A writer that pauses between chunks for less than the settle time.
    for (let i = 0; i < text.length; i += 40) {
      await file.write(text.slice(i, i + 40));
      await new Promise((r) => setTimeout(r, SETTLE_MS / 5));
      assert.ok(existsSync(join(dir, 'slow-writer.json')), 'not taken while still being written');
    }
    await file.close();
    await until('the finished file is processed', () => inFolder('processed').includes('slow-writer.json'));
    assert.ok(await story(guid));
    assert.deepEqual(inFolder('rejected'), []);
  });

  it('leaves files with temporary names alone until they are renamed', async () => {
    const guid = wireId('renamed');
    writeFileSync(join(dir, 'upload.json.part'), ninjsStory(guid));
    await new Promise((r) => setTimeout(r, SETTLE_MS * 3));
    assert.ok(existsSync(join(dir, 'upload.json.part')));
    assert.equal(await story(guid), null);
    renameSync(join(dir, 'upload.json.part'), join(dir, 'upload.json'));
    await until('the renamed file is processed', () => inFolder('processed').includes('upload.json'));
    assert.ok(await story(guid));
  });

  it('moves a bad file to rejected/ with a file saying why, after ingesting what it could', async () => {
    const good = wireId('good');
    const feed = JSON.stringify({
      data: { items: [
        { item: { altids: { itemid: `drop${Date.now()}` }, version: 1, type: 'text', pubstatus: 'usable', signals: ['newscontent'], headline: 'Dam inspection passes', body_html: '<p>x</p>' } },
        { item: { version: 1, type: 'text', pubstatus: 'usable', headline: 'No id' } },
      ] },
    });
    writeFileSync(join(dir, 'feed.json'), feed);
    writeFileSync(join(dir, 'broken.xml'), '<newsItem guid="x"><itemMeta>');
    writeFileSync(join(dir, 'fine.json'), ninjsStory(good));
    await until('both bad files are rejected', () => inFolder('rejected').includes('feed.json') && inFolder('rejected').includes('broken.xml'));
    const reason = readFileSync(join(dir, 'rejected', 'feed.json.reason.txt'), 'utf8');
    assert.match(reason, /created\s+drop\d+ \(version 1\)/);
    assert.match(reason, /rejected\s+document: AP item has no altids.itemid/);
    assert.match(readFileSync(join(dir, 'rejected', 'broken.xml.reason.txt'), 'utf8'), /rejected\s+document: .*XML/i);
    await until('the good file is processed', () => inFolder('processed').includes('fine.json'));
  });

  it('keeps a second file of the same name beside the first, and a repeat changes nothing', async () => {
    const guid = wireId('twice');
    writeFileSync(join(dir, 'same-name.json'), ninjsStory(guid));
    await until('first processed', () => inFolder('processed').includes('same-name.json'));
    writeFileSync(join(dir, 'same-name.json'), ninjsStory(guid));
    await until('second processed', () => inFolder('processed').includes('same-name-1.json'));
    assert.equal((await story(guid))?.revision, 1);
  });

  it('leaves a file in place while the store fails on it, and takes it once the store recovers', async () => {
    const restore = await failReceiptsFor(kit.ctx.store);
    const guid = wireId('boom');
    try {
      writeFileSync(join(dir, 'store-down.json'), ninjsStory(guid));
      await new Promise((r) => setTimeout(r, SETTLE_MS * 3));
      assert.ok(existsSync(join(dir, 'store-down.json')), 'a file the store failed on is not moved');
      assert.ok(!inFolder('rejected').includes('store-down.json'));
    } finally {
      await restore();
    }
    await until('taken after the store recovers', () => inFolder('processed').includes('store-down.json'));
    assert.ok(await story(guid));
  });
});
