import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { nitfToHtml, readNitfHead } from '../../src/wire/parse/nitf-to-html.ts';
import { parseNitfDocument } from '../../src/wire/parse/parse-nitf-document.ts';
import { parseXml } from '../../src/wire/parse/parse-xml.ts';

const NITF = `<?xml version="1.0" encoding="utf-8"?>
<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/">
  <head><docdata><doc-id regsrc="EW"/></docdata></head>
  <body>
    <body.head>
      <hedline><hl1>Ferry fares frozen</hl1></hedline>
      <byline>By <person>Ravi Menon</person>, <byttl>Staff</byttl></byline>
      <dateline><location>PORT ELLIS</location></dateline>
      <abstract><p>Fares stay at 2023 levels.</p></abstract>
    </body.head>
    <body.content>
      <block id="main">
        <hl2>Council vote</hl2>
        <p>PORT ELLIS (EW) — The council froze fares <em>again</em>.</p>
        <pre>Adult  3.50
Child  1.75</pre>
        <table><tr><th>Route</th><td colspan="2">North</td></tr></table>
        <p><a href="javascript:alert(1)" onclick="x()">bad</a> <a href="https://ferry.example/fares">fares</a></p>
      </block>
      <fn><p>Footnote text.</p></fn>
    </body.content>
    <body.end><tagline>Ends</tagline></body.end>
  </body>
</nitf>`;

describe('nitfToHtml', () => {
  test('maps body.content to sanitized HTML', () => {
    assert.equal(
      nitfToHtml(parseXml(NITF)),
      '<h3>Council vote</h3>\n<p>PORT ELLIS (EW) — The council froze fares <em>again</em>.</p>\n' +
        '<p>Adult  3.50\nChild  1.75</p>\n<table><tr><th>Route</th>\n<td colspan="2">North</td>\n</tr>\n</table>\n' +
        '<p>bad <a href="https://ferry.example/fares" rel="noopener nofollow">fares</a></p>\n<p>Footnote text.</p>',
    );
  });

  test('gives an empty body when there is no body.content', () => {
    assert.equal(nitfToHtml(parseXml('<nitf><body><body.head><hedline><hl1>Only a head</hl1></hedline></body.head></body></nitf>')), '');
  });
});

describe('readNitfHead', () => {
  test('reads headline, abstract as dek, byline and dateline as text', () => {
    assert.deepEqual(readNitfHead(parseXml(NITF)), {
      headline: 'Ferry fares frozen',
      dek: 'Fares stay at 2023 levels.',
      byline: 'By Ravi Menon, Staff',
      dateline: 'PORT ELLIS',
    });
  });
});

describe('parseNitfDocument', () => {
  test('reads a downloaded NITF story file', () => {
    const result = parseNitfDocument(NITF);
    assert.ok(result.ok);
    assert.equal(result.headline, 'Ferry fares frozen');
    assert.match(result.bodyHtml, /^<h3>Council vote<\/h3>/);
  });

  test('applies the XML safety rules', () => {
    const result = parseNitfDocument('<!DOCTYPE nitf [<!ENTITY x SYSTEM "file:///etc/passwd">]><nitf><body/></nitf>');
    assert.deepEqual(result, { ok: false, error: 'XML with a DOCTYPE declaration is refused (DTDs and entity declarations are not allowed)' });
    assert.deepEqual(parseNitfDocument('<rss/>'), { ok: false, error: 'XML document <rss> is not NITF' });
    assert.equal(parseNitfDocument(NITF, { maxBytes: 100 }).ok, false);
  });
});
