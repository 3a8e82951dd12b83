import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { LOGIN_LIMITS } from '../../src/accounts/login-throttle.ts';
import { describeEachStore } from '../support/test-stores.ts';
import { testContext } from '../support/test-context.ts';
import { KNOWN_PASSWORD, makeUser } from '../accounts/account-fixtures.ts';
import { buildAdminTestApp, type CapturedLog } from './admin-test-app.ts';

function cookieFrom(setCookie: string | string[] | undefined): { value: string; attributes: string[] } {
  const header = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  assert.ok(header, 'a Set-Cookie header');
  const [pair, ...attributes] = header.split(';').map((s) => s.trim());
  assert.ok(pair.startsWith('dateline_session='));
  return { value: pair.slice('dateline_session='.length), attributes };
}

describeEachStore('signing in through the admin API', (getStore) => {
  let app: FastifyInstance;
  let log: CapturedLog;
  let ctx: ReturnType<typeof testContext>;
  const seen: string[] = [];

  before(async () => {
    ctx = testContext(getStore());
    ({ app, log } = await buildAdminTestApp(ctx, { trustProxy: true }));
  });
  after(() => app.close());

  const signIn = async (email: string, password: string, headers: Record<string, string> = {}) => {
    const res = await app.inject({ method: 'POST', url: '/api/admin/session', payload: { email, password }, headers });
    seen.push(res.body);
    return res;
  };

  test('sets an HttpOnly, SameSite=Lax session cookie and hands back the CSRF token', async () => {
    const user = await makeUser(ctx, 'editor');
    const res = await signIn(user.email, KNOWN_PASSWORD);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['cache-control'], 'no-store');
    const cookie = cookieFrom(res.headers['set-cookie']);
    assert.match(cookie.value, /^[A-Za-z0-9_-]{43}$/);
    assert.ok(cookie.attributes.includes('HttpOnly'));
    assert.ok(cookie.attributes.includes('SameSite=Lax'));
    assert.ok(cookie.attributes.includes('Path=/'));
    assert.ok(!cookie.attributes.includes('Secure'), 'plain http: no Secure flag, or the browser would drop it');
    const body = res.json();
    assert.equal(body.data.user.email, user.email);
    assert.match(body.data.csrfToken, /^[A-Za-z0-9_-]{43}$/);
    assert.ok(!res.body.includes(cookie.value), 'the session id is only in the cookie');

    const me = await app.inject({ method: 'GET', url: '/api/admin/session', headers: { cookie: `dateline_session=${cookie.value}` } });
    assert.equal(me.statusCode, 200);
    assert.equal(me.json().data.user.id, user.id);
    assert.equal(me.json().data.csrfToken, body.data.csrfToken);
    assert.equal(me.json().data.via, 'session');
  });

  test('marks the cookie Secure behind TLS', async () => {
    const user = await makeUser(ctx, 'editor');
    const res = await signIn(user.email, KNOWN_PASSWORD, { 'x-forwarded-proto': 'https' });
    assert.ok(cookieFrom(res.headers['set-cookie']).attributes.includes('Secure'));
  });

  test('changes need the CSRF token; signing out ends the session for good', async () => {
    const user = await makeUser(ctx, 'editor');
    const res = await signIn(user.email, KNOWN_PASSWORD);
    const cookie = `dateline_session=${cookieFrom(res.headers['set-cookie']).value}`;
    const csrf = res.json().data.csrfToken as string;
    const noCsrf = await app.inject({ method: 'DELETE', url: '/api/admin/session', headers: { cookie } });
    assert.equal(noCsrf.statusCode, 403);
    assert.equal(noCsrf.json().error.details.reason, 'csrf');
    const out = await app.inject({ method: 'DELETE', url: '/api/admin/session', headers: { cookie, 'x-csrf-token': csrf } });
    assert.equal(out.statusCode, 204);
    assert.match(String(out.headers['set-cookie']), /Max-Age=0/);
    const after = await app.inject({ method: 'GET', url: '/api/admin/session', headers: { cookie } });
    assert.equal(after.statusCode, 401);
    assert.equal(after.headers['www-authenticate'], 'Bearer realm="dateline"');
  });

  test('a cross-site form post (text/plain) is refused', async () => {
    const user = await makeUser(ctx, 'editor');
    const res = await app.inject({
      method: 'POST', url: '/api/admin/session', headers: { 'content-type': 'text/plain' }, payload: JSON.stringify({ email: user.email, password: KNOWN_PASSWORD }),
    });
    assert.equal(res.statusCode, 415);
    assert.equal(res.headers['set-cookie'], undefined);
  });

  test('wrong passwords are throttled: a temporary lockout with Retry-After', async () => {
    const user = await makeUser(ctx, 'author');
    for (let i = 0; i < LOGIN_LIMITS.perAccount; i++) {
      const res = await signIn(user.email, `guess-${i}-guess`);
      assert.equal(res.statusCode, 401);
      assert.equal(res.json().error.message, 'wrong email or password');
    }
    const locked = await signIn(user.email, KNOWN_PASSWORD);
    assert.equal(locked.statusCode, 429);
    assert.equal(locked.json().error.code, 'rate-limited');
    assert.ok(Number(locked.headers['retry-after']) > 0 && Number(locked.headers['retry-after']) <= 900);
    assert.equal(locked.headers['set-cookie'], undefined);
    ctx.clock.advance(LOGIN_LIMITS.lockMs + 1);
    assert.equal((await signIn(user.email, KNOWN_PASSWORD)).statusCode, 200);
  });

  test('a one-time password only lets you replace it', async () => {
    const user = await makeUser(ctx, 'editor', { mustChangePassword: true });
    const res = await signIn(user.email, KNOWN_PASSWORD);
    assert.equal(res.json().data.mustChangePassword, true);
    const cookie = `dateline_session=${cookieFrom(res.headers['set-cookie']).value}`;
    const csrf = res.json().data.csrfToken as string;
    const blocked = await app.inject({ method: 'GET', url: '/api/admin/articles', headers: { cookie } });
    assert.equal(blocked.statusCode, 403);
    assert.equal(blocked.json().error.details.reason, 'password-change-required');
    const changed = await app.inject({
      method: 'PUT', url: '/api/admin/session/password', headers: { cookie, 'x-csrf-token': csrf },
      payload: { currentPassword: KNOWN_PASSWORD, newPassword: 'newsroom coffee is strong' },
    });
    assert.equal(changed.statusCode, 200, changed.body);
    assert.equal(changed.json().data.user.mustChangePassword, false);
    assert.equal((await app.inject({ method: 'GET', url: '/api/admin/articles', headers: { cookie } })).statusCode, 200, 'the session that changed it lives on');
    assert.equal((await signIn(user.email, 'newsroom coffee is strong')).statusCode, 200);
  });

  test('no password, session id or hash reaches an answer or the log', () => {
    const everything = seen.join('\n') + log.text();
    assert.ok(!everything.includes(KNOWN_PASSWORD));
    assert.ok(!everything.includes('newsroom coffee is strong'));
    assert.ok(!everything.includes('$argon2'));
    for (const line of log.lines) {
      const entry = JSON.parse(line) as { req?: { headers?: Record<string, string> } };
      if (entry.req?.headers?.cookie) assert.equal(entry.req.headers.cookie, '[redacted]');
    }
  });
});
