import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createApiToken } from '../../src/accounts/create-api-token.ts';
import { resolveApiToken } from '../../src/accounts/resolve-api-token.ts';
import { revokeApiToken } from '../../src/accounts/revoke-api-token.ts';
import { digestSecret } from '../../src/accounts/secret-token.ts';
import { userActor } from '../../src/domain/user.ts';
import { listAuditRecords } from '../../src/store/repositories/audit-log-repository.ts';
import { describeEachStore } from '../support/test-stores.ts';
import { testContext } from '../support/test-context.ts';
import { makeUser, OPERATOR } from './account-fixtures.ts';

const rejects = (code: string) => (e: unknown) => (e as { code?: string }).code === code;

describeEachStore('API tokens', (getStore) => {
  test('are shown once, kept as a digest, and act for their owner with their scopes', async () => {
    const ctx = testContext(getStore());
    const editor = await makeUser(ctx, 'editor');
    const { token, info } = await createApiToken(ctx, OPERATOR, { user: editor.email, name: 'AP push', scopes: ['wire:push', 'wire:push'] });
    assert.match(token, /^dl_[A-Za-z0-9_-]{43}$/);
    assert.deepEqual(info.scopes, ['wire:push']);
    assert.equal(info.hint, token.slice(0, 9));
    const row = await ctx.store.db.selectFrom('api_tokens').selectAll().where('id', '=', info.id).executeTakeFirstOrThrow();
    assert.equal(row.token_hash, digestSecret(token));
    assert.ok(!Object.values(row).some((v) => v === token));
    const active = await resolveApiToken(ctx, token);
    assert.equal(active?.user.id, editor.id);
    assert.deepEqual(active?.scopes, ['wire:push']);
    const [audit] = await listAuditRecords(ctx.store.db, { action: 'token.create', targetId: String(info.id) }, 1);
    assert.ok(!JSON.stringify(audit).includes(token));
  });

  test('record when they were last used', async () => {
    const ctx = testContext(getStore());
    const admin = await makeUser(ctx, 'administrator');
    const { token, info } = await createApiToken(ctx, OPERATOR, { user: admin.id, name: 'dashboard', scopes: ['admin:read'] });
    assert.equal(info.lastUsedAt, null);
    await resolveApiToken(ctx, token);
    const row = await ctx.store.db.selectFrom('api_tokens').select('last_used_at').where('id', '=', info.id).executeTakeFirstOrThrow();
    assert.equal(Number(row.last_used_at), ctx.now().getTime());
  });

  test('stop working when revoked, expired, or their owner is disabled', async () => {
    const ctx = testContext(getStore());
    const admin = await makeUser(ctx, 'administrator');
    const revoked = await createApiToken(ctx, OPERATOR, { user: admin.id, name: 'one', scopes: ['admin:read'] });
    const expiring = await createApiToken(ctx, OPERATOR, { user: admin.id, name: 'two', scopes: ['admin:read'], expiresAt: new Date(ctx.now().getTime() + 60_000) });
    const owned = await createApiToken(ctx, OPERATOR, { user: admin.id, name: 'three', scopes: ['admin:read'] });
    const after = await revokeApiToken(ctx, OPERATOR, revoked.info.id);
    assert.ok(after.revokedAt);
    assert.equal(await resolveApiToken(ctx, revoked.token), null);
    ctx.clock.advance(61_000);
    assert.equal(await resolveApiToken(ctx, expiring.token), null);
    assert.ok(await resolveApiToken(ctx, owned.token));
    await ctx.store.db.updateTable('users').set({ disabled_at: ctx.now().getTime() }).where('id', '=', admin.id).execute();
    assert.equal(await resolveApiToken(ctx, owned.token), null);
    assert.equal(await resolveApiToken(ctx, 'dl_' + 'x'.repeat(43)), null, 'a well-formed but unknown token');
  });

  test('refuse bad scopes, past expiries, and wire push for anyone below editor', async () => {
    const ctx = testContext(getStore());
    const author = await makeUser(ctx, 'author');
    await assert.rejects(createApiToken(ctx, OPERATOR, { user: author.id, name: 'x', scopes: ['root'] }), rejects('invalid-input'));
    await assert.rejects(createApiToken(ctx, OPERATOR, { user: author.id, name: 'x', scopes: [] }), rejects('invalid-input'));
    await assert.rejects(createApiToken(ctx, OPERATOR, { user: author.id, name: 'x', scopes: ['admin:read'], expiresAt: new Date(0) }), rejects('invalid-input'));
    await assert.rejects(createApiToken(ctx, OPERATOR, { user: author.id, name: 'x', scopes: ['wire:push'] }), rejects('invalid-input'));
  });

  test('only an administrator issues or revokes them', async () => {
    const ctx = testContext(getStore());
    const editor = await makeUser(ctx, 'editor');
    const actor = userActor(editor, 'session', null);
    await assert.rejects(createApiToken(ctx, actor, { user: editor.id, name: 'mine', scopes: ['admin:read'] }), rejects('forbidden'));
    const { info } = await createApiToken(ctx, OPERATOR, { user: editor.id, name: 'given', scopes: ['admin:read'] });
    await assert.rejects(revokeApiToken(ctx, actor, info.id), rejects('forbidden'));
    await assert.rejects(revokeApiToken(ctx, OPERATOR, 999_999), rejects('not-found'));
  });
});
