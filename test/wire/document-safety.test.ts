import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEFAULT_MAX_WIRE_BYTES, parseWireDocument } from '../../src/wire/parse/parse-wire-document.ts';
import { parseOne, rejectionOf } from './support/wire-fixtures.ts';

const ITEM = (body: string) =>
  `<newsItem guid="urn:newsml:wire.example.org:2:safety" version="1"><itemMeta><itemClass qcode="ninat:text"/></itemMeta>` +
  `<contentMeta><headline>Safety</headline></contentMeta><contentSet>${body}</contentSet></newsItem>`;

describe('XML entity attacks', () => {
  test('refuses external entities (XXE) before parsing', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE newsItem [<!ENTITY secret SYSTEM "file:///etc/passwd">]>${ITEM(
      '<inlineData contenttype="text/plain">&secret;</inlineData>',
    )}`;
    const { error, guid } = rejectionOf(xxe);
    assert.equal(error, 'XML with a DOCTYPE declaration is refused (DTDs and entity declarations are not allowed)');
    assert.equal(guid, null);
    assert.doesNotMatch(error, /root:/);
  });

  test('refuses entity expansion ("billion laughs")', () => {
    const laughs = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE lolz [',
      ' <!ENTITY lol "lol">',
      ...Array.from({ length: 9 }, (_, i) => ` <!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`),
      ']>',
      ITEM('<inlineData contenttype="text/plain">&lol9;</inlineData>'),
    ].join('\n');
    const started = Date.now();
    assert.match(rejectionOf(laughs).error, /DOCTYPE declaration is refused/);
    assert.ok(Date.now() - started < 1000);
  });

  test('refuses a lone ENTITY declaration and a DOCTYPE in any case', () => {
    assert.match(rejectionOf(`<!ENTITY x "y">${ITEM('')}`).error, /ENTITY declaration is refused/);
    assert.match(rejectionOf(`<!doctype html>${ITEM('')}`).error, /DOCTYPE declaration is refused/);
  });

  test('accepts a DOCTYPE that is only text inside CDATA or a comment', () => {
    const quoted = ITEM(
      '<!-- <!DOCTYPE note> --><inlineData contenttype="text/html"><![CDATA[<!DOCTYPE html><p>Quoted page</p>]]></inlineData>',
    );
    assert.equal(parseOne(quoted).item.bodyHtml, '<p>Quoted page</p>');
  });
});

describe('size and well-formedness', () => {
  test('refuses documents over the size limit, by default 5 MiB', () => {
    assert.equal(DEFAULT_MAX_WIRE_BYTES, 5 * 1024 * 1024);
    const big = JSON.stringify({ uri: 'u', headline: 'h', body_text: 'x'.repeat(DEFAULT_MAX_WIRE_BYTES) });
    assert.match(rejectionOf(big).error, /^document is \d+ bytes, over the limit of 5242880 bytes$/);
    assert.match(rejectionOf('{"uri":"u","headline":"Ünïcode"}', { maxBytes: 20 }).error, /over the limit of 20 bytes/);
  });

  test('counts bytes, not characters', () => {
    const doc = JSON.stringify({ uri: 'u', headline: 'ö'.repeat(20) });
    assert.equal(parseWireDocument(doc, { maxBytes: doc.length + 5 })[0].ok, false);
  });

  test('rejects malformed JSON with the parser reason', () => {
    assert.match(rejectionOf('{"uri": "u", "headline": }').error, /^malformed JSON: /);
  });

  test('rejects malformed XML with line and column', () => {
    assert.match(rejectionOf('<newsItem guid="g"><itemMeta></newsItem>').error, /^malformed XML at line 1, column \d+: /);
  });

  test('rejects documents that are neither JSON nor XML, or empty', () => {
    assert.equal(rejectionOf('GROSSETO, Italy (AP) -- plain text').error, 'document is neither JSON nor XML');
    assert.equal(rejectionOf('  \n ').error, 'document is empty');
    assert.equal(rejectionOf('{"hello": "world"}').error, 'JSON document is not a ninjs or AP Media API item');
    assert.equal(rejectionOf('<rss version="2.0"/>').error, 'XML document <rss> is not NewsML-G2');
  });

  test('reads a document that starts with a byte order mark', () => {
    assert.equal(parseOne('\uFEFF{"uri":"https://wire.example.org/1","headline":"BOM"}').item.headline, 'BOM');
  });

  test('never throws, whatever the input', () => {
    for (const input of ['[', '<', '<?xml version="1.0"?>', '{"data":{"items":[1,null,"x"]}}', '<a><b></a>', 'null']) {
      assert.ok(Array.isArray(parseWireDocument(input)));
    }
  });
});
