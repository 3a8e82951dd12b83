import assert from 'node:assert/strict';
import { test } from 'node:test';
import { benchSearch } from '../../bench/search-bench.ts';
import { corpusArticle, corpusQueries } from '../../bench/search-corpus.ts';
import { PG_URL, postgresSkipReason } from '../support/test-stores.ts';

test('the search corpus is the same on every run', () => {
  assert.deepEqual(corpusArticle(42), corpusArticle(42));
  assert.notDeepEqual(corpusArticle(42), corpusArticle(43));
  assert.deepEqual(corpusQueries(10), corpusQueries(10));
});

test('the search benchmark builds a corpus per store and reports latency percentiles', async () => {
  const result = await benchSearch({ articles: 400, queries: 20, postgresUrl: postgresSkipReason ? null : PG_URL });
  const expected = postgresSkipReason ? ['sqlite'] : ['sqlite', 'postgres'];
  assert.deepEqual(result.stores.map((s) => s.store), expected);
  assert.equal(result.skipped.length, postgresSkipReason ? 1 : 0);
  for (const figures of result.stores) {
    assert.equal(figures.articles, 400);
    assert.equal(figures.queries, 20);
    assert.ok(figures.p50Ms > 0 && figures.p50Ms <= figures.p95Ms && figures.p95Ms <= figures.maxMs, JSON.stringify(figures));
    assert.ok(figures.meanTotal > 0, 'the queries match stories');
  }
  if (result.stores.length === 2) assert.equal(result.stores[0].meanTotal, result.stores[1].meanTotal, 'both stores find the same stories');
});
