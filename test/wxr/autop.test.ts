import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { autop, hasBlocks } from '../../src/wxr/autop.ts';

describe('autop', () => {
  it('makes paragraphs from blank lines and <br> from single line breaks', () => {
    assert.equal(autop('One line\nnext line\n\nSecond.\r\n\r\nThird.'), '<p>One line<br>\nnext line</p>\n<p>Second.</p>\n<p>Third.</p>');
  });

  it('never wraps block elements in paragraphs', () => {
    assert.equal(
      autop('Intro\n<h2>Heading</h2>\nAfter\n<ul>\n<li>One</li>\n</ul>\n<hr>\nEnd'),
      '<p>Intro</p>\n<h2>Heading</h2>\n<p>After</p>\n<ul>\n<li>One</li>\n</ul>\n<hr>\n<p>End</p>',
    );
    assert.equal(autop('<figure><img src="a.jpg"><figcaption>Cap</figcaption></figure>\n\nText'), '<figure><img src="a.jpg"><figcaption>Cap</figcaption></figure>\n<p>Text</p>');
  });

  it('keeps line breaks inside <pre> and inside tags as they are', () => {
    assert.equal(autop('<pre>a\n  b</pre>\nafter'), '<pre>a\n  b</pre>\n<p>after</p>');
    assert.equal(autop('<a href="x"\n title="y">link</a>'), '<p><a href="x" title="y">link</a></p>');
  });

  it('wraps a blockquote\'s text in a paragraph inside it, and leaves empty content empty', () => {
    assert.equal(autop('<blockquote>Quote</blockquote>'), '<blockquote><p>Quote</p></blockquote>');
    assert.equal(autop(' \n\n '), '');
  });

  it('tells block-editor content by its comments', () => {
    assert.equal(hasBlocks('<!-- wp:paragraph --><p>x</p><!-- /wp:paragraph -->'), true);
    assert.equal(hasBlocks('<!-- a comment --> text'), false);
  });
});
