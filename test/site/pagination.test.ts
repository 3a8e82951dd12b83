import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pageWindow, renderPagination } from '../../src/site/components/pagination.ts';
import { urls } from '../../src/site/urls.ts';
import { startTags, text } from './html-inspect.ts';

describe('pageWindow', () => {
  it('shows every page of a short list', () => {
    assert.deepEqual(pageWindow(2, 5), [1, 2, 3, 4, 5]);
  });

  it('keeps first and last with gaps around the current page', () => {
    assert.deepEqual(pageWindow(20, 40), [1, 'gap', 18, 19, 20, 21, 22, 'gap', 40]);
    assert.deepEqual(pageWindow(1, 40), [1, 2, 3, 'gap', 40]);
    assert.deepEqual(pageWindow(40, 40), [1, 'gap', 38, 39, 40]);
  });

  it('fills a gap of a single page with that page', () => {
    assert.deepEqual(pageWindow(5, 9), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    assert.deepEqual(pageWindow(5, 10), [1, 2, 3, 4, 5, 6, 7, 'gap', 10]);
  });
});

describe('renderPagination', () => {
  it('renders nothing for a single page', () => {
    assert.equal(renderPagination({ page: 1, totalPages: 1 }, (p) => urls.section('news', p)), '');
    assert.equal(renderPagination({ page: 1, totalPages: 0 }, (p) => urls.section('news', p)), '');
  });

  it('links previous, next and numbered pages, marking the current one', () => {
    const out = renderPagination({ page: 2, totalPages: 3 }, (p) => urls.section('news', p)).toString();
    const links = startTags(out, 'a');
    assert.deepEqual(
      links.map((a) => [a.attrs.get('href'), a.attrs.get('rel') ?? a.attrs.get('aria-current') ?? '']),
      [
        ['/news/', 'prev'],
        ['/news/', ''],
        ['/news/page/2/', 'page'],
        ['/news/page/3/', ''],
        ['/news/page/3/', 'next'],
      ],
    );
    assert.equal(text(out), 'Previous Page 1 Page 2 Page 3 Next');
    assert.equal(startTags(out, 'nav')[0].attrs.get('aria-label'), 'Pages');
  });

  it('has no Previous on the first page and no Next on the last', () => {
    assert.doesNotMatch(text(renderPagination({ page: 1, totalPages: 3 }, String).toString()), /Previous/);
    assert.doesNotMatch(text(renderPagination({ page: 3, totalPages: 3 }, String).toString()), /Next/);
  });
});
