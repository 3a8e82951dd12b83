import assert from 'node:assert/strict';
import { test } from 'node:test';
import { endSession, resolveSession } from '../../src/accounts/resolve-session.ts';
import { SESSION_POLICY } from '../../src/accounts/session-policy.ts';
import { describeEachStore } from '../support/test-stores.ts';
import { testContext } from '../support/test-context.ts';
import { makeUser, signedIn } from './account-fixtures.ts';

describeEachStore('sessions', (getStore) => {
  test('stay alive while used, and end after a long idle spell', async () => {
    const ctx = testContext(getStore());
    const browser = await signedIn(ctx, await makeUser(ctx, 'author'));
    for (let i = 0; i < 3; i++) {
      ctx.clock.advance(SESSION_POLICY.idleMs - 60_000);
      assert.ok(await resolveSession(ctx, browser.sessionId), `still alive after use ${i + 1}`);
    }
    ctx.clock.advance(SESSION_POLICY.idleMs + 1);
    assert.equal(await resolveSession(ctx, browser.sessionId), null);
  });

  test('end at their absolute limit however busy', async () => {
    const ctx = testContext(getStore());
    const browser = await signedIn(ctx, await makeUser(ctx, 'author'));
    const steps = Math.ceil(SESSION_POLICY.absoluteMs / (SESSION_POLICY.idleMs / 2));
    let alive = true;
    for (let i = 0; i < steps && alive; i++) {
      ctx.clock.advance(SESSION_POLICY.idleMs / 2);
      alive = (await resolveSession(ctx, browser.sessionId)) !== null;
    }
    assert.equal(alive, false);
  });

  test('end on sign-out and refuse values that were never issued', async () => {
    const ctx = testContext(getStore());
    const browser = await signedIn(ctx, await makeUser(ctx, 'author'));
    await endSession(ctx, browser.sessionId);
    assert.equal(await resolveSession(ctx, browser.sessionId), null);
    assert.equal(await resolveSession(ctx, 'x'.repeat(43)), null);
    assert.equal(await resolveSession(ctx, "'; drop table sessions; --"), null);
  });
});
