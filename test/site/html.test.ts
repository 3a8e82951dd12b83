import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeHtml, html, isSafeHtml, jsonLdScript, raw, serializeJsonForScript, type HtmlValue } from '../../src/site/html.ts';

describe('html template', () => {
  it('escapes interpolated strings in text and attributes', () => {
    const value = `<b title='x'>"Tom & Jerry"</b>`;
    assert.equal(
      html`<p title="${value}">${value}</p>`.toString(),
      '<p title="&lt;b title=&#39;x&#39;&gt;&quot;Tom &amp; Jerry&quot;&lt;/b&gt;">&lt;b title=&#39;x&#39;&gt;&quot;Tom &amp; Jerry&quot;&lt;/b&gt;</p>',
    );
  });

  it('renders numbers, and nothing for null, undefined and false', () => {
    const none: HtmlValue[] = [null, undefined, false];
    assert.equal(html`<i>${0}${-2.5}${none}</i>`.toString(), '<i>0-2.5</i>');
  });

  it('inserts nested templates as markup and joins arrays', () => {
    const items = ['a<b', 'c'].map((x) => html`<li>${x}</li>`);
    assert.equal(html`<ul>${items}</ul>`.toString(), '<ul><li>a&lt;b</li><li>c</li></ul>');
    assert.equal(html`${['<x>', html`<y>`]}`.toString(), '&lt;x&gt;<y>');
  });

  it('inserts raw() as is, and only raw() and html produce SafeHtml', () => {
    assert.equal(html`<div>${raw('<em>ok</em>')}</div>`.toString(), '<div><em>ok</em></div>');
    assert.equal(isSafeHtml(raw('x')), true);
    assert.equal(isSafeHtml(html`x`), true);
    assert.equal(isSafeHtml('<em>x</em>'), false);
    // An object that merely looks like SafeHtml is still not trusted.
    assert.equal(isSafeHtml({ toString: () => '<em>x</em>' }), false);
  });

  it('refuses values that have no single text form', () => {
    const untyped = [new Date(0)] as unknown as HtmlValue[];
    assert.throws(() => html`${untyped[0]}`, TypeError);
  });

  it('escapeHtml covers the five characters that matter in HTML', () => {
    assert.equal(escapeHtml(`&<>"'`), '&amp;&lt;&gt;&quot;&#39;');
  });
});

describe('jsonLdScript', () => {
  it('produces JSON that parses back to the same value', () => {
    const data = { '@type': 'NewsArticle', headline: 'Fair & "square" <news>', n: 3, list: ['\u2028', '\u2029'] };
    const out = jsonLdScript(data).toString();
    const body = /^<script type="application\/ld\+json">([\s\S]*)<\/script>$/.exec(out)![1];
    assert.deepEqual(JSON.parse(body), data);
  });

  it('cannot be closed or confused by its content', () => {
    const out = serializeJsonForScript({ headline: '</script><script>alert(1)</script><!-- &' });
    assert.equal(/[<>&]/.test(out), false);
    assert.equal(out.includes('\u2028'), false);
    assert.match(out, /\\u003c\/script\\u003e/);
  });

  it('escapes U+2028 and U+2029 line separators', () => {
    assert.equal(serializeJsonForScript('a\u2028b\u2029c'), '"a\\u2028b\\u2029c"');
  });

  it('rejects values with no JSON form', () => {
    assert.throws(() => serializeJsonForScript(undefined), TypeError);
  });
});
