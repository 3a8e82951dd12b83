import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readCacheSettings } from '../../src/cache/cache-settings.ts';
import { readConfig } from '../../src/config.ts';
import { isDatelineError } from '../../src/errors.ts';

describe('cache settings', () => {
  it('default to a 32 MB page cache kept 60 s from the second request, forwarding purges nowhere', () => {
    assert.deepEqual(readCacheSettings({}), { pageCacheBytes: 32 * 1024 * 1024, pageTtlSeconds: 60, pageMinUses: 2, varnishUrls: [], cdnPurge: undefined });
    assert.deepEqual(readConfig({}).cache, readCacheSettings({}));
  });

  it('read the size, lifetime and purge targets from the environment', () => {
    const s = readCacheSettings({
      PAGE_CACHE_MB: '0',
      PAGE_CACHE_TTL: '300',
      PAGE_CACHE_MIN_USES: '1',
      VARNISH_URL: 'http://10.0.0.5:6081, http://10.0.0.6:6081',
      CDN_PURGE_URL: 'https://api.fastly.com/service/abc/purge',
      CDN_PURGE_TOKEN: 'secret',
    });
    assert.equal(s.pageCacheBytes, 0);
    assert.equal(s.pageTtlSeconds, 300);
    assert.equal(s.pageMinUses, 1);
    assert.deepEqual(s.varnishUrls, ['http://10.0.0.5:6081/', 'http://10.0.0.6:6081/']);
    assert.deepEqual(s.cdnPurge, { url: 'https://api.fastly.com/service/abc/purge', token: 'secret' });
  });

  it('refuse values that are not what they should be, naming the variable', () => {
    for (const [env, name] of [
      [{ PAGE_CACHE_MB: 'lots' }, 'PAGE_CACHE_MB'],
      [{ PAGE_CACHE_MB: '-1' }, 'PAGE_CACHE_MB'],
      [{ PAGE_CACHE_TTL: '1.5' }, 'PAGE_CACHE_TTL'],
      [{ PAGE_CACHE_MIN_USES: '0' }, 'PAGE_CACHE_MIN_USES'],
      [{ VARNISH_URL: 'varnish:6081' }, 'VARNISH_URL'],
      [{ CDN_PURGE_URL: 'ftp://cdn.example/purge' }, 'CDN_PURGE_URL'],
    ] as const) {
      assert.throws(
        () => readCacheSettings(env),
        (e: unknown) => isDatelineError(e) && e.code === 'config' && e.message.startsWith(name),
        name,
      );
    }
  });
});
