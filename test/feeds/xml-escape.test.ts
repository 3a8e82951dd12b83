import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cdataSection, escapeXml, stripInvalidXmlChars } from '../../src/site/feeds/xml-escape.ts';
import { xmlParser } from './assert-well-formed.ts';
import { ILLEGAL_XML_CHARS } from './feed-fixtures.ts';

describe('stripInvalidXmlChars', () => {
  it('removes every character XML 1.0 forbids', () => {
    assert.equal(stripInvalidXmlChars(`a${ILLEGAL_XML_CHARS}b\uDFFFc`), 'abc');
  });

  it('keeps whitespace controls, astral characters and the edges of the allowed ranges', () => {
    const allowed = '\t\n\r \uD7FF\uE000\uFFFD🚢 Zürich 東京';
    assert.equal(stripInvalidXmlChars(allowed), allowed);
  });
});

describe('escapeXml', () => {
  it('escapes the five predefined entities', () => {
    assert.equal(escapeXml(`<a href="x">Tom & Jerry's</a>`), '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
  });

  it('escapes a literal entity again, so it reads back unchanged', () => {
    assert.equal(escapeXml('&amp;'), '&amp;amp;');
  });

  it('keeps line breaks and tabs in attribute values as character references', () => {
    assert.equal(escapeXml('a\tb\nc\rd', true), 'a&#9;b&#10;c&#13;d');
    assert.equal(escapeXml('a\nb'), 'a\nb');
  });
});

describe('cdataSection', () => {
  it('splits every "]]>" so the section reads back exactly', () => {
    const text = '<p>]]> one ]]]]> two ]]>]]></p>';
    const section = cdataSection(text);
    assert.equal(section.match(/<!\[CDATA\[/g)?.length, 5, 'four occurrences, five sections');
    const parsed = xmlParser.parse(`<a>${section}</a>`);
    assert.equal(parsed.a, text);
  });

  it('strips characters XML 1.0 forbids', () => {
    assert.equal(cdataSection(`x${ILLEGAL_XML_CHARS}y`), '<![CDATA[xy]]>');
  });
});
