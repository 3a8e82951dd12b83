import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { plainTextExcerpt } from '../../src/site/seo/text-excerpt.ts';

describe('plainTextExcerpt', () => {
  it('turns sanitized HTML into plain text with entities decoded', () => {
    assert.equal(
      plainTextExcerpt('<p>Fish &amp; chips&nbsp;&#8212; &#x2018;fresh&rsquo;</p><p>Second.</p>'),
      'Fish & chips — ‘fresh’ Second.',
    );
  });

  it('keeps unknown entities as written', () => {
    assert.equal(plainTextExcerpt('<p>a &bogus; b</p>'), 'a &bogus; b');
  });

  it('cuts long text at a word boundary with an ellipsis', () => {
    const out = plainTextExcerpt(`<p>${'word '.repeat(100)}</p>`, 30);
    assert.equal(out, 'word word word word word word…');
    assert.ok(out.length <= 30);
  });

  it('ignores script and style content', () => {
    assert.equal(plainTextExcerpt('<style>p{}</style><p>Text</p><script>x()</script>'), 'Text');
  });
});
