import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { ADMIN_ROUTES } from '../../src/http/admin-api/admin-route-table.ts';
import type { AdminRoute } from '../../src/http/admin-api/admin-route.ts';
import { MINIMUM_ROLE, type Role, ROLES, roleAtLeast } from '../../src/domain/roles.ts';
import type { User } from '../../src/domain/user.ts';
import { describeEachStore } from '../support/test-stores.ts';
import { testContext } from '../support/test-context.ts';
import { type BrowserSession, makeUser, signedIn, tokenFor } from '../accounts/account-fixtures.ts';
import { buildAdminTestApp, type CapturedLog, caller } from './admin-test-app.ts';

/** A path for the route with ids that exist nowhere: authorization must answer before any lookup. */
const pathOf = (route: AdminRoute) => route.url.replace(/:[A-Za-z]+/g, '999999');
const label = (route: AdminRoute) => `${route.method} ${route.url}`;
const isWrite = (route: AdminRoute) => route.method !== 'GET';
const minimumRole = (route: AdminRoute): Role => (route.access === 'public' ? 'contributor' : MINIMUM_ROLE[route.access]);

function assertRefused(res: LightMyRequestResponse, status: 401 | 403, what: string): void {
  assert.equal(res.statusCode, status, `${what}: expected ${status}, got ${res.statusCode} ${res.body}`);
  assert.equal(res.json().error.code, status === 401 ? 'unauthorized' : 'forbidden', what);
}

function assertAdmitted(res: LightMyRequestResponse, what: string): void {
  assert.ok(![401, 403].includes(res.statusCode), `${what}: refused with ${res.statusCode} ${res.body}`);
  assert.ok(res.statusCode < 500, `${what}: failed with ${res.statusCode} ${res.body}`);
}

test('the only route open without credentials is signing in', () => {
  assert.deepEqual(ADMIN_ROUTES.filter((r) => r.access === 'public').map(label), ['POST /session']);
});

test('every route is listed once', () => {
  const labels = ADMIN_ROUTES.map(label);
  assert.equal(new Set(labels).size, labels.length);
  assert.equal(new Set(ADMIN_ROUTES.map((r) => r.operationId)).size, labels.length);
});

describeEachStore('admin API access, route by route', (getStore) => {
  let app: FastifyInstance;
  let log: CapturedLog;
  let ctx: ReturnType<typeof testContext>;
  const users = {} as Record<Role, User>;
  const sessions = {} as Record<Role, BrowserSession>;
  const tokens = {} as Record<Role, { read: string; write: string }>;
  let wirePushToken: string;
  let adminWriteToken: string;
  let oneTimeUser: User;
  const secrets: string[] = [];
  const answers: string[] = [];

  before(async () => {
    ctx = testContext(getStore());
    ({ app, log } = await buildAdminTestApp(ctx));
    for (const role of ROLES) {
      users[role] = await makeUser(ctx, role);
      sessions[role] = await signedIn(ctx, users[role]);
      tokens[role] = { read: await tokenFor(ctx, users[role], ['admin:read']), write: await tokenFor(ctx, users[role], ['admin:write']) };
      secrets.push(sessions[role].sessionId, tokens[role].read, tokens[role].write);
    }
    wirePushToken = await tokenFor(ctx, users.administrator, ['wire:push', 'content:read']);
    adminWriteToken = tokens.administrator.write;
    oneTimeUser = await makeUser(ctx, 'administrator', { mustChangePassword: true });
    secrets.push(wirePushToken);
  });

  after(async () => {
    await app.close();
    // Across every request of this suite: no session id, token or password hash in an answer or a log line.
    const everything = answers.join('\n') + log.text();
    for (const secret of secrets) assert.ok(!everything.includes(secret), 'a secret leaked into an answer or the log');
    assert.ok(!everything.includes('$argon2'), 'a password hash leaked');
  });

  const send = async (who: Parameters<typeof caller>[1], route: AdminRoute, headers?: Record<string, string>) => {
    const res = await caller(app, who)(route.method, pathOf(route), undefined, headers);
    answers.push(res.body, JSON.stringify(res.headers));
    return res;
  };

  for (const route of ADMIN_ROUTES.filter((r) => r.access !== 'public')) {
    test(label(route), async () => {
      assertRefused(await send(null, route), 401, 'anonymous');
      assertRefused(await send({ token: 'dl_' + 'A'.repeat(43) }, route), 401, 'unknown token');
      assertRefused(await send(null, route, { cookie: 'dateline_session=' + 'B'.repeat(43) }), 401, 'forged session cookie');

      const floor = minimumRole(route);
      for (const role of ROLES.filter((r) => !roleAtLeast(r, floor))) {
        assertRefused(await send(sessions[role], route), 403, `${role} session`);
        assertRefused(await send({ token: isWrite(route) ? tokens[role].write : tokens[role].read }, route), 403, `${role} token`);
      }

      // The weakest role allowed gets through (to a 404 or a validation error: the ids and body are made up).
      const fresh = await signedIn(ctx, users[floor]);
      secrets.push(fresh.sessionId);
      assertAdmitted(await send(fresh, route), `${floor} session`);

      if (isWrite(route)) {
        assertRefused(await send(sessions.administrator, route, { 'x-csrf-token': '' }), 403, 'session without CSRF token');
        assertRefused(await send(sessions.administrator, route, { 'x-csrf-token': sessions.editor.csrf }), 403, 'session with another session\'s CSRF token');
        assertRefused(await send({ token: tokens.administrator.read }, route), 403, 'read-only token');
      }
      assertRefused(await send({ token: wirePushToken }, route), 403, 'token scoped for other APIs');

      if (route.tokens === false) {
        assertRefused(await send({ token: adminWriteToken }, route), 403, 'token on a session-only route');
      } else {
        assertAdmitted(await send({ token: isWrite(route) ? tokens[floor].write : tokens[floor].read }, route), `${floor} token`);
      }

      // A session of its own: signing out (DELETE /session) must not end the one other routes use.
      const oneTimeSession = await signedIn(ctx, oneTimeUser);
      secrets.push(oneTimeSession.sessionId);
      if (route.beforePasswordChange) assertAdmitted(await send(oneTimeSession, route), 'one-time password holder');
      else assertRefused(await send(oneTimeSession, route), 403, 'one-time password holder');
    });
  }
});
