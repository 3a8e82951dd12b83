import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { updateArticle } from '../../src/newsroom/update-article.ts';
import { makeArticle, makeSection } from '../support/factories.ts';
import { openTestStore } from '../support/test-stores.ts';
import { buildCachedTestApp, type CachedTestApp } from './cached-test-app.ts';

const VCL = new URL('../../ops/varnish/dateline.vcl', import.meta.url).pathname;

/** Null when Debian's varnish with the xkey vmod can run the shipped VCL; otherwise why the test is skipped. */
function varnishSkipReason(): string | null {
  const version = spawnSync('varnishd', ['-V'], { encoding: 'utf8' });
  if (version.error) return 'varnishd not installed (Debian packages varnish and varnish-modules): Varnish VCL test skipped';
  const dir = mkdtempSync(join(tmpdir(), 'dateline-vcl-'));
  try {
    const compiled = spawnSync('varnishd', ['-j', 'none', '-C', '-n', dir, '-f', VCL], { encoding: 'utf8' });
    if (compiled.status !== 0 && /VMOD xkey|vmod_xkey/i.test(compiled.stderr)) {
      return 'the xkey vmod is missing (Debian package varnish-modules): Varnish VCL test skipped';
    }
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

const skip = varnishSkipReason();

describe('the shipped Varnish configuration', { skip: skip ?? false }, () => {
  let dispose: () => Promise<void>;
  let t: CachedTestApp;
  let varnish: ChildProcess;
  let varnishUrl: string;
  let workDir: string;

  before(async () => {
    const opened = await openTestStore('sqlite');
    dispose = opened.dispose;
    const varnishPort = await freePort();
    varnishUrl = `http://127.0.0.1:${varnishPort}`;
    t = await buildCachedTestApp(opened.store, { env: { VARNISH_URL: varnishUrl } });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const origin = (t.app.server.address() as { port: number }).port;

    workDir = mkdtempSync(join(tmpdir(), 'dateline-varnish-'));
    const vcl = readFileSync(VCL, 'utf8');
    assert.match(vcl, /\.port = "3000";/);
    writeFileSync(join(workDir, 'test.vcl'), vcl.replace('.port = "3000";', `.port = "${origin}";`));
    varnish = spawn('varnishd', ['-F', '-j', 'none', '-n', join(workDir, 'n'), '-a', `127.0.0.1:${varnishPort}`, '-f', join(workDir, 'test.vcl'), '-s', 'malloc,32m'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    varnish.stderr?.on('data', (d) => (stderr += d));
    // Wait for Varnish to take requests, or fail with what it said.
    for (let i = 0; ; i++) {
      if (varnish.exitCode !== null) throw new Error(`varnishd exited: ${stderr}`);
      const up = await fetch(`${varnishUrl}/healthz`).then((r) => r.ok, () => false);
      if (up) break;
      if (i > 200) throw new Error(`varnishd did not answer: ${stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  });

  after(async () => {
    if (varnish && varnish.exitCode === null) {
      const exited = new Promise((r) => varnish.once('exit', r));
      varnish.kill('SIGTERM');
      await exited;
    }
    await t?.close();
    await dispose?.();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  const get = async (path: string) => {
    const res = await fetch(`${varnishUrl}${path}`);
    return { status: res.status, cache: res.headers.get('x-cache'), xkey: res.headers.get('xkey'), keys: res.headers.get('surrogate-key'), body: await res.text() };
  };

  it('keeps pages, and drops exactly those tagged with the keys a change purges', async () => {
    const news = await makeSection(t.ctx, 'news');
    const a = await makeArticle(t.ctx, { sectionId: news.id, headline: 'Bridge closes for repairs' });
    const b = await makeArticle(t.ctx, { sectionId: news.id, headline: 'School board elects chair' });
    const pageA = `/news/${a.slug}/`;
    const apiB = `/api/v1/articles/${b.id}`;
    // The purges of these two publications must be done before pages are stored, or they would drop them.
    await t.caching.forwardPurges();
    for (const path of [pageA, apiB, '/']) {
      const first = await get(path);
      assert.equal(first.status, 200, path);
      assert.equal(first.cache, 'miss', path);
      assert.equal(first.xkey, null, 'xkey stays inside Varnish');
      assert.ok(first.keys?.includes('settings') || first.keys?.includes(`a${b.id}`), 'Surrogate-Key is passed on for a CDN');
      assert.equal((await get(path)).cache, 'hit', path);
    }

    await updateArticle(t.ctx, a.id, { headline: 'Bridge reopens early' }, { actor: null });
    await t.caching.forwardPurges();

    const after = await get(pageA);
    assert.equal(after.cache, 'miss');
    assert.match(after.body, /Bridge reopens early/);
    assert.match((await get('/')).body, /Bridge reopens early/);
    assert.equal((await get(apiB)).cache, 'hit', 'an answer that does not show the story stays');
  });

  it('serves one copy to the readers of a link with campaign tags and click ids', async () => {
    const news = await makeSection(t.ctx, 'news');
    const story = await makeArticle(t.ctx, { sectionId: news.id, headline: 'Levee holds overnight' });
    await t.caching.forwardPurges();
    const page = `/news/${story.slug}/`;
    const shared = await get(`${page}?utm_source=facebook&utm_medium=social&fbclid=IwAR1`);
    assert.equal(shared.status, 200);
    assert.equal(shared.cache, 'miss');
    for (const path of [page, `${page}?fbclid=IwAR2`, `${page}?UTM_SOURCE=x&gclid=y`]) {
      const res = await get(path);
      assert.equal(res.cache, 'hit', path);
      assert.equal(res.body, shared.body, path);
    }
    // Other parameters still make their own copies.
    const api = `/api/v1/articles?limit=1&utm_campaign=storm`;
    assert.equal((await get(api)).cache, 'miss');
    assert.equal((await get('/api/v1/articles?limit=1')).cache, 'hit');
    assert.equal((await get('/api/v1/articles?utm_source=a&limit=1&fbclid=b')).cache, 'hit');
    assert.equal((await get('/api/v1/articles?limit=2')).cache, 'miss');
  });

  it('passes the newsroom, search and health checks through uncached', async () => {
    for (const path of ['/search?q=bridge', '/healthz']) {
      await get(path);
      assert.notEqual((await get(path)).cache, 'hit', path);
    }
  });

  it('purges by key, and by URL', async () => {
    await get('/feed/');
    const purge = await fetch(varnishUrl, { method: 'PURGE', headers: { 'xkey-purge': 'latest' } });
    assert.equal(purge.status, 200);
    assert.match(await purge.text(), /Purged [1-9]/);
    assert.equal((await get('/feed/')).cache, 'miss');
    assert.equal((await get('/feed/')).cache, 'hit');
    const byUrl = await fetch(`${varnishUrl}/feed/`, { method: 'PURGE' });
    assert.equal(byUrl.status, 200);
    assert.equal((await get('/feed/')).cache, 'miss');
  });
});
