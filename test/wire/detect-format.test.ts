import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { detectJsonFormat, detectXmlFormat } from '../../src/wire/parse/detect-format.ts';
import { parseXml } from '../../src/wire/parse/parse-xml.ts';

describe('detectJsonFormat', () => {
  test('recognises the AP Media API by its envelope or its ids', () => {
    assert.equal(detectJsonFormat({ data: { item: { altids: { itemid: 'x' } } } }), 'ap-media');
    assert.equal(detectJsonFormat({ data: { items: [] } }), 'ap-media');
    assert.equal(detectJsonFormat({ uri: 'https://a.example/1?qt=2', altids: { itemid: 'abc' } }), 'ap-media');
  });

  test('takes the declared ninjs version first', () => {
    assert.equal(detectJsonFormat({ standard: { version: '2.1' }, uri: 'u', headline: 'h' }), 'ninjs-2');
    assert.equal(detectJsonFormat({ standard: { version: '3.1' }, uri: 'u' }), 'ninjs-3');
  });

  test('tells the branches apart by shape', () => {
    assert.equal(detectJsonFormat({ uri: 'u', versionCreated: '2024-01-01T00:00:00Z' }), 'ninjs-3');
    assert.equal(detectJsonFormat({ uri: 'u', headlines: [{ value: 'h' }] }), 'ninjs-2');
    assert.equal(detectJsonFormat({ uri: 'u', by: 'A. Writer' }), 'ninjs-2');
    assert.equal(detectJsonFormat({ uri: 'u', headline: 'h', body_html: '<p>x</p>' }), 'ninjs-1');
    assert.equal(detectJsonFormat({ guid: 'g', headline: 'h' }), 'ninjs-1');
    assert.equal(detectJsonFormat({ uri: '018_embargoed', embargoed: '2019-10-01T00:00:00Z' }), 'ninjs-1');
  });

  test('answers null for JSON that is not a wire item', () => {
    assert.equal(detectJsonFormat({ hello: 'world' }), null);
    assert.equal(detectJsonFormat([{ uri: 'u' }]), null);
    assert.equal(detectJsonFormat('text'), null);
  });
});

describe('detectXmlFormat', () => {
  test('recognises G2 items with or without namespace and prefix', () => {
    assert.equal(detectXmlFormat(parseXml('<newsMessage><itemSet/></newsMessage>')), 'newsml-g2');
    assert.equal(detectXmlFormat(parseXml('<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="g"/>')), 'newsml-g2');
    assert.equal(detectXmlFormat(parseXml('<nar:packageItem xmlns:nar="http://iptc.org/std/nar/2006-10-01/"/>')), 'newsml-g2');
  });

  test('recognises G2 fragments and bare NITF', () => {
    assert.equal(detectXmlFormat(parseXml('<contentMeta><headline>h</headline></contentMeta>')), 'newsml-g2-fragment');
    assert.equal(detectXmlFormat(parseXml('<nitf><body/></nitf>')), 'nitf');
  });

  test('answers null for other XML', () => {
    assert.equal(detectXmlFormat(parseXml('<rss version="2.0"><channel/></rss>')), null);
  });
});
