import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shareUrls } from '../../src/site/components/share-links.ts';

describe('shareUrls', () => {
  const target = { url: 'https://www.prairie-seven.test/news/a-b/?x=1', title: 'Fish & chips #1: “fresh”', summary: null };
  const links = shareUrls(target);

  it('passes the URL and title intact to each network', () => {
    assert.equal(new URL(links.facebook).searchParams.get('u'), target.url);
    const x = new URL(links.x);
    assert.equal(x.origin + x.pathname, 'https://x.com/intent/post');
    assert.equal(x.searchParams.get('url'), target.url);
    assert.equal(x.searchParams.get('text'), target.title);
  });

  it('writes a mailto with subject and body, spaces as %20 so mail clients do not show "+"', () => {
    assert.ok(links.email.startsWith('mailto:?subject='));
    assert.equal(links.email.includes('+'), false);
    const params = new URLSearchParams(links.email.slice('mailto:?'.length));
    assert.equal(params.get('subject'), target.title);
    assert.equal(params.get('body'), target.url);
    const withSummary = new URLSearchParams(shareUrls({ ...target, summary: 'A short line.' }).email.slice('mailto:?'.length));
    assert.equal(withSummary.get('body'), `A short line.\n\n${target.url}`);
  });
});
