import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseWireDocument } from '../../src/wire/parse/parse-wire-document.ts';
import { parseOne, readFixture, rejectionOf, summary } from './support/wire-fixtures.ts';

describe('AP Media API item response', () => {
  const { item } = parseOne(readFixture('ap-media-item.json'));

  test('uses itemid as the id, with the integer version and the etag', () => {
    assert.equal(item.format, 'ap-media');
    assert.equal(item.provider, 'ap');
    assert.equal(item.guid, '0a1b2c3d4e5f60718293a4b5c6d7e8f9');
    assert.equal(item.version, 3);
    assert.equal(item.etag, '0a1b2c3d4e5f60718293a4b5c6d7e8f9_1a2b3c');
  });

  test('is publishable because its signals include newscontent', () => {
    assert.equal(item.publishable, true);
    assert.equal(item.pubStatus, 'usable');
  });

  test('joins the usage terms array one per line', () => {
    assert.equal(item.usageTerms, 'No Use in Japan\nNo Archiving Permitted');
  });

  test('builds the byline from bylines and the dateline from located', () => {
    assert.equal(item.byline, 'By JONAH VANCE, Associated Press');
    assert.equal(item.datelinePlace, 'RIVERTON, Ore.');
    assert.equal(item.bodyHasDateline, true);
  });

  test('reads times with padding, expiry and the NITF rendition link', () => {
    assert.equal(item.versionCreated?.toISOString(), '2024-07-01T14:05:00.000Z');
    assert.equal(item.expires?.toISOString(), '2024-08-01T00:00:00.000Z');
    assert.deepEqual(item.renditions.map((r) => [r.name, r.mimeType]), [['nitf', 'text/xml']]);
  });

  test('lists linked pictures by their AP itemid with caption and creditline', () => {
    assert.equal(item.pictures.length, 1);
    const [picture] = item.pictures;
    assert.equal(picture.name, '1');
    assert.equal(picture.guid, 'ffeeddccbbaa99887766554433221100');
    assert.equal(picture.caption, 'Cars cross the Riverton bridge on Monday. (AP Photo/Lena Ortiz)');
    assert.equal(picture.credit, 'AP Photo/Lena Ortiz');
  });

  test('keeps subjects with scheme-qualified codes and keywords', () => {
    assert.deepEqual(item.subjects, [
      { name: 'Transportation', code: 'http://cv.ap.example/id/f7d1b3a2c4e5', kind: 'subject' },
      { name: 'bridge', code: null, kind: 'keyword' },
      { name: 'flood', code: null, kind: 'keyword' },
    ]);
  });
});

describe('AP Media API feed', () => {
  const results = parseWireDocument(readFixture('ap-media-feed.json'));
  const byGuid = new Map(results.flatMap((r) => (r.ok ? [[r.item.guid, r.item] as const] : [])));

  test('yields one result per feed entry', () => {
    assert.equal(results.length, 6, results.map(summary).join('\n'));
  });

  test('maps a picture with its own caption and credit', () => {
    const picture = byGuid.get('11111111111111111111111111111111');
    assert.ok(picture);
    assert.equal(picture.type, 'picture');
    assert.equal(picture.version, 0);
    assert.equal(picture.caption, 'A prize pig at the county fair on Sunday. (AP Photo/Sam Wu, File)');
    assert.equal(picture.credit, 'AP Photo/Sam Wu');
    assert.equal(picture.datelinePlace, 'Riverton');
    assert.equal(picture.renditions[0].bytes, 4500000);
  });

  test('stores items without newscontent as newsroom information', () => {
    const daybook = byGuid.get('22222222222222222222222222222222');
    assert.equal(daybook?.publishable, false);
  });

  test('holds an "Embargoed" item without a time indefinitely', () => {
    const held = byGuid.get('33333333333333333333333333333333');
    assert.equal(held?.pubStatus, 'usable');
    assert.equal(held?.embargoUntil, 'indefinite');
  });

  test('reads capitalised Withheld and Canceled', () => {
    assert.equal(byGuid.get('44444444444444444444444444444444')?.pubStatus, 'withheld');
    assert.equal(byGuid.get('55555555555555555555555555555555')?.pubStatus, 'canceled');
  });

  test('rejects an entry without itemid rather than keying it by its changing uri', () => {
    const last = results[5];
    assert.ok(!last.ok);
    assert.match(last.error, /no altids\.itemid/);
  });
});

describe('AP Media API status', () => {
  const item = (fields: Record<string, unknown>) =>
    JSON.stringify({ data: { item: { altids: { itemid: 'abc' }, version: 1, type: 'text', headline: 'H', ...fields } } });

  test('takes an embargo time when AP gives one', () => {
    const { item: held } = parseOne(item({ pubstatus: 'Embargoed', embargoed: '2024-07-02T04:00:00Z' }));
    assert.equal(held.embargoUntil instanceof Date && held.embargoUntil.toISOString(), '2024-07-02T04:00:00.000Z');
  });

  test('rejects an unknown status', () => {
    assert.match(rejectionOf(item({ pubstatus: 'Killed' })).error, /pubstatus "Killed"/);
  });
});
