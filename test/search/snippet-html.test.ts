import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MARK_END, MARK_START, markedSegments } from '../../src/search/marked-text.ts';
import { snippetHtml } from '../../src/search/snippet-html.ts';

const marked = (s: string) => s.replaceAll('[', MARK_START).replaceAll(']', MARK_END);

describe('search snippets', () => {
  it('splits highlighted text into plain and matched runs', () => {
    assert.deepEqual(markedSegments(marked('The  [library]\nopens [early]')), [
      { text: 'The ', marked: false },
      { text: 'library', marked: true },
      { text: ' opens ', marked: false },
      { text: 'early', marked: true },
    ]);
  });

  it('wraps matches in <mark> and escapes everything else', () => {
    const out = snippetHtml(markedSegments(marked('<script>alert(1)</script> & [<b>flood</b>] "quoted"'))).toString();
    assert.equal(out, '&lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>&lt;b&gt;flood&lt;/b&gt;</mark> &quot;quoted&quot;');
  });

  it('drops stray control characters and unbalanced markers', () => {
    assert.equal(snippetHtml(markedSegments(`a\u0001b ${MARK_END}c ${MARK_START}d`)).toString(), 'ab c <mark>d</mark>');
  });

  it('is empty for empty text', () => {
    assert.equal(snippetHtml(markedSegments('')).toString(), '');
  });
});
