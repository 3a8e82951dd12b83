import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { plainText, sanitizeBodyHtml, textToParagraphs } from '../../src/domain/sanitize-html.ts';

describe('sanitizeBodyHtml', () => {
  test('drops scripts, styles and event handlers with their code', () => {
    const out = sanitizeBodyHtml(
      '<p onclick="steal()" style="color:red">Hello</p><script>alert(1)</script><style>p{display:none}</style>',
    );
    assert.equal(out, '<p>Hello</p>');
  });

  test('removes the html/head/title wrapper including the title text', () => {
    const out = sanitizeBodyHtml(
      '<html><head><title>Wire title</title><meta charset="utf-8"></head><body><p>Story</p></body></html>',
    );
    assert.equal(out, '<p>Story</p>');
  });

  test('keeps only http, https and mailto links and marks external ones', () => {
    const out = sanitizeBodyHtml(
      '<p><a href="javascript:alert(1)">a</a> <a href="JaVaScRiPt&#58;alert(2)">b</a> ' +
        '<a href="data:text/html;base64,PHNjcmlwdD4=">c</a> <a href="//evil.example/x">d</a> ' +
        '<a href="/\t/evil.example">e</a> <a href="https://news.example/x" target="_blank" rel="opener">f</a> ' +
        '<a href="mailto:desk@news.example">g</a> <a href="/local/story">h</a></p>',
    );
    assert.equal(
      out,
      '<p>a b c d e <a href="https://news.example/x" rel="noopener nofollow">f</a> ' +
        '<a href="mailto:desk@news.example">g</a> <a href="/local/story">h</a></p>',
    );
  });

  test('keeps images only with http(s) or /media/ sources and drops onerror', () => {
    const out = sanitizeBodyHtml(
      '<img src="x" onerror="alert(1)"><img src="data:image/png;base64,AAAA"><img src="javascript:alert(1)">' +
        '<img src="/media/../etc/passwd"><img src="/media/2024/ferry.jpg" alt="Ferry" width="640" height="big">' +
        '<img src="https://cdn.example/p.jpg" data-assoc-ref="a001" data-uri="x" title="t">',
    );
    assert.equal(
      out,
      '<img src="/media/2024/ferry.jpg" alt="Ferry" width="640" /><img src="https://cdn.example/p.jpg" data-assoc-ref="a001" />',
    );
  });

  test('embeds only from the allowed player hosts, over https, and drops other frames with their text', () => {
    const out = sanitizeBodyHtml(
      '<iframe src="https://evil.example/embed">fallback text</iframe>' +
        '<iframe src="http://player.vimeo.com/video/1"></iframe>' +
        '<iframe src="https://www.youtube-nocookie.com/embed/abc" width="560" height="315" onload="x()" allow="camera"></iframe>' +
        '<iframe src="https://player.vimeo.com/video/2"></iframe>',
    );
    assert.equal(
      out,
      '<iframe src="https://www.youtube-nocookie.com/embed/abc" width="560" height="315"></iframe>' +
        '<iframe src="https://player.vimeo.com/video/2"></iframe>',
    );
  });

  test('drops forms, objects, embeds and svg together with their content', () => {
    const out = sanitizeBodyHtml(
      '<form action="https://evil.example"><p>Your password</p><input type="password"><button>Go</button></form>' +
        '<object data="x.swf">flash</object><embed src="x.swf"><svg onload="alert(1)"><script>alert(2)</script></svg>' +
        '<p>Kept</p>',
    );
    assert.equal(out, '<p>Kept</p>');
  });

  test('keeps the allowed structure: headings, lists, quotes, figures and simple tables', () => {
    const out = sanitizeBodyHtml(
      '<h1>Top</h1><h3>Sub</h3><h6>Small</h6><ul><li>one</li></ul><ol><li>two</li></ol>' +
        '<blockquote><p>Quote</p></blockquote><figure><img src="https://cdn.example/a.jpg" alt=""><figcaption>Cap</figcaption></figure>' +
        '<table><tr><th scope="col">A</th><td colspan="2" style="x">1</td></tr></table><p>a<br>b</p><hr>',
    );
    assert.equal(
      out,
      '<h2>Top</h2>\n<h3>Sub</h3>\n<h4>Small</h4>\n<ul><li>one</li>\n</ul>\n<ol><li>two</li>\n</ol>\n' +
        '<blockquote><p>Quote</p>\n</blockquote>\n<figure><img src="https://cdn.example/a.jpg" alt="" /><figcaption>Cap</figcaption>\n</figure>\n' +
        '<table><tr><th scope="col">A</th>\n<td colspan="2">1</td>\n</tr>\n</table>\n<p>a<br />\nb</p>\n<hr />',
    );
  });

  test('keeps words apart when it removes the containers between them', () => {
    assert.equal(sanitizeBodyHtml('<div>first</div><div>second</div>'), 'first\nsecond');
  });

  test('removes paragraphs left empty', () => {
    assert.equal(sanitizeBodyHtml('<p></p><p> <br> </p><p>&nbsp;</p><p>Text</p>'), '<p>Text</p>');
  });

  test('is idempotent', () => {
    const once = sanitizeBodyHtml(
      '<html><body><h1>Head</h1><div>loose</div><p>A &amp; B <a href="https://x.example">x</a></p>' +
        '<table><tr><td>1</td></tr></table></body></html>',
    );
    assert.equal(sanitizeBodyHtml(once), once);
  });
});

describe('plainText', () => {
  test('strips markup and script text, decodes entities and collapses whitespace', () => {
    assert.equal(
      plainText(' <script>alert(1)</script><b>Fed</b> to halt\n   QE &amp; avert &quot;bubble&quot; &eacute;t&eacute; '),
      'Fed to halt QE & avert "bubble" été',
    );
  });

  test('separates block elements with a space', () => {
    assert.equal(plainText('<p>One</p><p>Two</p>Three<br>Four'), 'One Two Three Four');
  });

  test('returns raw text: angle brackets stay characters, to be escaped by whoever prints them', () => {
    assert.equal(plainText('5 &lt; 6 and AT&amp;T'), '5 < 6 and AT&T');
  });
});

describe('textToParagraphs', () => {
  test('escapes text and splits paragraphs on blank lines', () => {
    assert.equal(
      textToParagraphs('First line\nstill first & <b>\r\n\r\n  Second\n \nThird'),
      '<p>First line still first &amp; &lt;b&gt;</p>\n<p>Second</p>\n<p>Third</p>',
    );
  });

  test('is left unchanged by the sanitizer', () => {
    const paragraphs = textToParagraphs('A < B & C\n\nD');
    assert.equal(sanitizeBodyHtml(paragraphs), paragraphs);
  });
});
