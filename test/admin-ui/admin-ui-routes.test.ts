import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Fastify, { type FastifyInstance } from 'fastify';
import { ADMIN_CSP, adminUiRoutes } from '../../src/http/admin-ui-routes.ts';

async function appServing(distDir: string): Promise<FastifyInstance> {
  const app = Fastify();
  await app.register(adminUiRoutes, { distDir });
  await app.ready();
  return app;
}

describe('the newsroom app under /admin', () => {
  let dist: string;
  let app: FastifyInstance;
  const index = '<!doctype html><title>Newsroom</title><script type="module" src="/admin/assets/main-ABCD2345.js"></script>';

  before(async () => {
    dist = mkdtempSync(join(tmpdir(), 'dateline-admin-dist-'));
    mkdirSync(join(dist, 'assets', 'chunks'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), index);
    writeFileSync(join(dist, 'assets', 'main-ABCD2345.js'), 'console.log(1)');
    writeFileSync(join(dist, 'assets', 'chunks', 'editor-WXYZ6789.js'), 'export {}');
    writeFileSync(join(dist, 'secret.txt'), 'outside the assets folder');
    app = await appServing(dist);
  });
  after(async () => {
    await app.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('answers every app path with index.html, revalidated, under a strict CSP', async () => {
    for (const url of ['/admin/', '/admin/stories/12', '/admin/lists/3?x=1']) {
      const res = await app.inject(url);
      assert.equal(res.statusCode, 200, url);
      assert.equal(res.body, index);
      assert.equal(res.headers['cache-control'], 'no-cache');
      assert.equal(res.headers['content-security-policy'], ADMIN_CSP);
      assert.equal(res.headers['x-frame-options'], 'DENY');
    }
    assert.doesNotMatch(ADMIN_CSP, /unsafe-inline|unsafe-eval/);
    const bare = await app.inject('/admin');
    assert.equal(bare.statusCode, 301);
    assert.equal(bare.headers.location, '/admin/');
  });

  it('serves hashed files for a year and refuses anything outside the assets folder', async () => {
    const js = await app.inject('/admin/assets/main-ABCD2345.js');
    assert.equal(js.statusCode, 200);
    assert.equal(js.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.equal(js.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal((await app.inject('/admin/assets/chunks/editor-WXYZ6789.js')).statusCode, 200);
    for (const url of ['/admin/assets/../secret.txt', '/admin/assets/%2e%2e/secret.txt', '/admin/assets/..%2fsecret.txt', '/admin/assets/nothing-ABCD2345.js', '/admin/assets/chunks']) {
      const res = await app.inject(url);
      // A path that normalises out of the assets folder is an app path, answered with index.html; never the file.
      assert.ok(res.statusCode === 404 || res.body === index, `${url}: ${res.statusCode}`);
      assert.ok(!res.body.includes('outside the assets folder'), url);
    }
  });

  it('says how to build the app when the bundle is missing', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'dateline-admin-empty-'));
    const bare = await appServing(empty);
    try {
      const res = await bare.inject('/admin/stories');
      assert.equal(res.statusCode, 503);
      assert.match(res.body, /npm run build:admin/);
      assert.equal(res.headers['cache-control'], 'no-store');
      assert.match(String(res.headers['content-security-policy']), /^default-src 'none'; style-src 'sha256-/);
    } finally {
      await bare.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
