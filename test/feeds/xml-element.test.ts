import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cdata, el, renderXmlDocument } from '../../src/site/feeds/xml-element.ts';
import { assertWellFormed, xmlParser } from './assert-well-formed.ts';

describe('renderXmlDocument', () => {
  it('writes a declaration, indents element-only content and keeps text inline', () => {
    const xml = renderXmlDocument(el('list', { xmlns: 'urn:example:list' }, el('item', { id: 1 }, 'first'), el('empty', {})));
    assert.equal(
      xml,
      '<?xml version="1.0" encoding="UTF-8"?>\n<list xmlns="urn:example:list">\n  <item id="1">first</item>\n  <empty/>\n</list>\n',
    );
  });

  it('leaves out null and undefined attributes and skips empty content', () => {
    const xml = renderXmlDocument(el('a', { keep: '', gone: undefined, none: null }, null, false, undefined, [[], ['x']]));
    assert.equal(xml.split('\n')[1], '<a keep="">x</a>');
  });

  it('escapes text and attributes by default; CDATA is the only raw path', () => {
    const xml = renderXmlDocument(
      el('doc', {}, el('t', { v: `"<&>'` }, `<b>&</b>`), el('c', {}, cdata('<b>&</b>'))),
    );
    assertWellFormed(xml);
    const doc = xmlParser.parse(xml).doc;
    assert.equal(doc.t['#text'], '<b>&</b>');
    assert.equal(doc.t['@_v'], `"<&>'`);
    assert.equal(doc.c, '<b>&</b>');
  });

  it('returns frozen elements', () => {
    const node = el('a', {}, 'x');
    assert.ok(Object.isFrozen(node));
    assert.ok(Object.isFrozen(node.children));
  });
});
