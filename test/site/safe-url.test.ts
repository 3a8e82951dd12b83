import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveUrl } from '../../src/site/resolve-url.ts';
import { safeUrl } from '../../src/site/safe-url.ts';

describe('safeUrl', () => {
  it('accepts http(s) URLs and paths on this site', () => {
    assert.equal(safeUrl('https://cdn.example.test/v.mp4'), 'https://cdn.example.test/v.mp4');
    assert.equal(safeUrl(' /media/v.mp4 '), '/media/v.mp4');
  });

  it('rejects script, data and protocol-relative URLs', () => {
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', 'vbscript:x', '//evil.test/x', '/\\evil.test', '/a b', 'not a url']) {
      assert.equal(safeUrl(bad), null, bad);
    }
  });
});

describe('resolveUrl', () => {
  const base = 'https://www.prairie-seven.test/';

  it('makes paths absolute against the site', () => {
    assert.equal(resolveUrl(base, '/media/a.jpg'), 'https://www.prairie-seven.test/media/a.jpg');
    assert.equal(resolveUrl(base, 'media/a.jpg'), 'https://www.prairie-seven.test/media/a.jpg');
  });

  it('keeps absolute URLs and gives protocol-relative ones https', () => {
    assert.equal(resolveUrl(base, 'https://cdn.test/a.jpg'), 'https://cdn.test/a.jpg');
    assert.equal(resolveUrl(base, '//cdn.test/a.jpg'), 'https://cdn.test/a.jpg');
  });
});
