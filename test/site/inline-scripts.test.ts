import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { BEACON_SCRIPT, COPY_LINK_SCRIPT, INLINE_SCRIPT_HASHES } from '../../src/site/inline-scripts.ts';
import { scripts, startTags } from './html-inspect.ts';
import { renderEveryPage } from './render-all.ts';

function hash(body: string): string {
  return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

describe('inline scripts', () => {
  const pages = renderEveryPage();

  it('every executable script on every page is one of the hashed site scripts', () => {
    for (const [page, doc] of Object.entries(pages)) {
      for (const s of scripts(doc)) {
        if (s.attrs.get('type') === 'application/ld+json') continue;
        assert.ok(INLINE_SCRIPT_HASHES.includes(hash(s.body)), `${page}: unhashed script`);
      }
      assert.deepEqual(startTags(doc, 'script').filter((s) => s.attrs.has('src')), [], `${page}: external script`);
    }
  });

  it('the beacon runs only on the article page; copy-link where there are share links', () => {
    const withScript = (body: string) => Object.keys(pages).filter((p) => scripts(pages[p]).some((s) => s.body === body));
    assert.deepEqual(withScript(BEACON_SCRIPT), ['article']);
    assert.deepEqual(withScript(COPY_LINK_SCRIPT), ['article', 'video']);
  });

  it('neither script touches cookies or storage, or talks to anything but the beacon path', () => {
    for (const body of [BEACON_SCRIPT, COPY_LINK_SCRIPT]) {
      assert.doesNotMatch(body, /cookie|localStorage|sessionStorage|fetch\(|XMLHttpRequest|https?:/);
      assert.equal(body.includes('</script'), false);
    }
  });

  it('parse as JavaScript', () => {
    for (const body of [BEACON_SCRIPT, COPY_LINK_SCRIPT]) assert.doesNotThrow(() => new Function(body));
  });
});
