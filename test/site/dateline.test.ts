import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bodyWithDateline, datelineText } from '../../src/site/components/dateline.ts';

const ap = { place: 'MAPLETON', source: 'AP' };
const mark = '<span class="dateline">MAPLETON (AP) —</span> ';

describe('dateline', () => {
  it('reads "PLACE (SOURCE) —", or "PLACE —" without a source', () => {
    assert.equal(datelineText(ap), 'MAPLETON (AP) —');
    assert.equal(datelineText({ place: 'FARGO', source: null }), 'FARGO —');
  });

  it('goes inside the first paragraph, keeping its attributes', () => {
    assert.equal(bodyWithDateline('<p>One.</p><p>Two.</p>', ap).toString(), `<p>${mark}One.</p><p>Two.</p>`);
    assert.equal(
      bodyWithDateline('<p class="lede" title="a > b">One.</p>', ap).toString(),
      `<p class="lede" title="a > b">${mark}One.</p>`,
    );
  });

  it('skips elements that merely start with p, and leading non-paragraphs', () => {
    const body = '<pre>code</pre><figure><img src="/a.jpg" alt=""></figure><P>One.</P>';
    assert.equal(bodyWithDateline(body, ap).toString(), `<pre>code</pre><figure><img src="/a.jpg" alt=""></figure><P>${mark}One.</P>`);
  });

  it('gets a paragraph of its own when the body has none', () => {
    assert.equal(bodyWithDateline('<ul><li>One</li></ul>', ap).toString(), `<p>${mark}</p><ul><li>One</li></ul>`);
  });

  it('escapes the place and source', () => {
    const out = bodyWithDateline('<p>x</p>', { place: '<b>X</b>', source: 'A&P' }).toString();
    assert.ok(out.includes('&lt;b&gt;X&lt;/b&gt; (A&amp;P) —'));
  });
});
