import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderSearchPage } from '../../src/site/pages/search-page.ts';
import { urls } from '../../src/site/urls.ts';
import * as f from './factories.ts';
import { element, metaContent, startTags, text } from './html-inspect.ts';

const chrome = f.buildChrome();

describe('search page', () => {
  it('keeps the query in a labelled form that submits to the search page', () => {
    const doc = renderSearchPage(chrome, f.buildSearchView({ query: 'spring "flood" & levee' }));
    const form = element(doc, /<form class="search-form" role="search" aria-label="Stories"/);
    const input = startTags(form, 'input')[0];
    assert.equal(input.attrs.get('value'), 'spring "flood" & levee');
    assert.equal(input.attrs.get('name'), 'q');
    assert.equal(startTags(form, 'label')[0].attrs.get('for'), input.attrs.get('id'));
    assert.equal(startTags(form, 'form')[0].attrs.get('action'), '/search');
  });

  it('lists results with the highlighted snippet markup and the total', () => {
    const view = f.buildSearchView();
    const doc = renderSearchPage(chrome, view);
    assert.equal(text(element(doc, /<p role="status">/)), '27 results for “library”');
    const results = element(doc, /<ol class="results">/);
    assert.ok(results.includes('<p>The Mapleton <mark>library</mark> opened its doors</p>'));
    assert.deepEqual(
      startTags(results, 'h2').length,
      view.results.length,
    );
    assert.match(text(results), /^Mapleton library reopens News · March 11, 2024/);
  });

  it('pages through results keeping the query', () => {
    const doc = renderSearchPage(chrome, f.buildSearchView({ query: 'high school', pageInfo: { page: 2, totalPages: 3 } }));
    const links = startTags(element(doc, /<nav class="pagination"/), 'a').map((a) => a.attrs.get('href'));
    assert.ok(links.includes('/search?q=high%20school'));
    assert.ok(links.includes('/search?q=high%20school&page=3'));
    assert.equal(urls.searchPage('a&b', 2), '/search?q=a%26b&page=2');
  });

  it('says "1 result" for one', () => {
    const doc = renderSearchPage(chrome, f.buildSearchView({ total: 1, results: f.buildSearchView().results.slice(0, 1) }));
    assert.equal(text(element(doc, /<p role="status">/)), '1 result for “library”');
  });

  it('has an empty state for no matches and a prompt for no query', () => {
    const none = renderSearchPage(chrome, f.buildSearchView({ query: 'zeppelin', results: [], total: 0, pageInfo: { page: 1, totalPages: 0 } }));
    assert.match(text(element(none, /<div class="empty">/)), /^No stories match “zeppelin”\. Check the spelling/);
    assert.equal(none.includes('<ol class="results">'), false);
    const blank = renderSearchPage(chrome, { query: '  ', results: [], total: 0, pageInfo: { page: 1, totalPages: 0 } });
    assert.equal(text(element(blank, /<p class="empty">/)), 'Type a word or phrase to search every story on Prairie Seven News.');
    assert.equal(text(element(blank, /<title>/)), 'Search | Prairie Seven News');
  });

  it('is not indexed and has no canonical URL or social card', () => {
    const doc = renderSearchPage(chrome, f.buildSearchView());
    assert.deepEqual(metaContent(doc, 'robots'), ['noindex']);
    assert.equal(startTags(doc, 'link').some((l) => l.attrs.get('rel') === 'canonical'), false);
    assert.deepEqual(metaContent(doc, 'og:title'), []);
    assert.equal(text(element(doc, /<title>/)), 'Search results for “library” | Prairie Seven News');
  });
});
