import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { ADMIN_ROUTES } from '../../src/http/admin-api/admin-route-table.ts';
import { describeEachStore } from '../support/test-stores.ts';
import { testContext } from '../support/test-context.ts';
import { makeUser, signedIn } from '../accounts/account-fixtures.ts';
import { buildAdminTestApp, caller } from './admin-test-app.ts';

describeEachStore('the OpenAPI description', (getStore) => {
  let app: FastifyInstance;
  let doc: { openapi: string; paths: Record<string, Record<string, { operationId: string; security: unknown[]; requestBody?: unknown; 'x-minimum-role'?: string }>> };

  before(async () => {
    const ctx = testContext(getStore());
    ({ app } = await buildAdminTestApp(ctx));
    const res = await caller(app, await signedIn(ctx, await makeUser(ctx, 'contributor')))('GET', '/openapi.json');
    assert.equal(res.statusCode, 200);
    doc = res.json();
  });
  after(() => app.close());

  test('describes every route the server runs, with its body and who may call it', () => {
    assert.equal(doc.openapi, '3.1.0');
    for (const route of ADMIN_ROUTES) {
      const path = `/api/admin${route.url.replace(/:([A-Za-z]+)/g, '{$1}')}`;
      const op = doc.paths[path]?.[route.method.toLowerCase()];
      assert.ok(op, `${route.method} ${path} is described`);
      assert.equal(op.operationId, route.operationId);
      assert.equal(op.requestBody !== undefined, route.body !== undefined || route.upload !== undefined);
      if (route.access === 'public') assert.deepEqual(op.security, []);
      else assert.ok(op.security.length > 0 && op['x-minimum-role'], `${route.operationId} names its security`);
    }
    const described = Object.values(doc.paths).reduce((n, ops) => n + Object.keys(ops).length, 0);
    assert.equal(described, ADMIN_ROUTES.length);
  });
});
