import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cacheKey } from '../../src/cache/cache-key.ts';

describe('cache key', () => {
  it('is the URL itself when it carries no tracking parameters', () => {
    for (const url of ['/', '/news/local/bridge-closes/', '/api/v1/articles?section=news&limit=5', '/site.css?v=3']) assert.equal(cacheKey(url), url);
    assert.equal(cacheKey('/news/?'), '/news/');
  });

  it('drops campaign tags and click ids, keeping the other parameters in their order', () => {
    assert.equal(cacheKey('/news/bridge-closes/?fbclid=IwAR0abc'), '/news/bridge-closes/');
    assert.equal(cacheKey('/news/bridge-closes/?utm_source=facebook&utm_medium=social&utm_campaign=storm'), '/news/bridge-closes/');
    assert.equal(cacheKey('/api/v1/articles?limit=5&gclid=x&section=news&UTM_Content=a'), '/api/v1/articles?limit=5&section=news');
    assert.equal(cacheKey('/?msclkid=1&twclid=2&igshid=3&mc_cid=4&mc_eid=5&yclid=6&dclid=7&gbraid=8&wbraid=9'), '/');
  });

  it('keeps parameters that only look like tracking ones', () => {
    assert.equal(cacheKey('/api/v1/articles?utm=1&fbclid_x=2&my_utm_source=3'), '/api/v1/articles?utm=1&fbclid_x=2&my_utm_source=3');
  });
});
