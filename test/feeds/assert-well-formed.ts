import assert from 'node:assert/strict';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const ILLEGAL_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const CDATA_SECTION = /<!\[CDATA\[[\s\S]*?\]\]>/g;
const BAD_REFERENCE = /&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)/;
const ATTRIBUTE_VALUE = /=\s*"([^"]*)"|=\s*'([^']*)'/g;

/**
 * XML 1.0 well-formedness. XMLValidator catches unbalanced tags and bare `&`
 * in text, but accepts illegal characters, `<` or `&` in attribute values,
 * undeclared entities, a stray `]]>` and several roots; those are checked
 * here as well.
 */
export function assertWellFormed(xml: string): void {
  assert.equal(XMLValidator.validate(xml), true, 'XMLValidator rejected the document');
  assert.doesNotMatch(xml, ILLEGAL_CHAR, 'character outside XML 1.0 Char');
  const outsideCdata = xml.replace(CDATA_SECTION, '');
  assert.ok(!outsideCdata.includes(']]>'), '"]]>" outside a CDATA section');
  assert.doesNotMatch(outsideCdata, BAD_REFERENCE, '"&" that is not a predefined entity or character reference');
  for (const [, double, single] of outsideCdata.matchAll(ATTRIBUTE_VALUE)) {
    assert.ok(!(double ?? single).includes('<'), '"<" in an attribute value');
  }
  const roots = Object.keys(new XMLParser().parse(xml)).filter((key) => key !== '?xml');
  assert.equal(roots.length, 1, 'a document has exactly one root element');
}

/** Parser settings for structure checks: attributes kept (`@_name`), values left as strings. */
export const xmlParser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => ['url', 'sitemap', 'item', 'entry', 'author', 'category', 'link'].includes(name),
});
