import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { looksLikeApiToken, newApiToken, tokenHint } from '../../src/accounts/api-token-format.ts';
import { oneTimePassword } from '../../src/accounts/one-time-password.ts';
import { hashPassword, needsRehash, verifyPassword } from '../../src/accounts/password-hashing.ts';
import { digestSecret, randomSecret, sameSecret } from '../../src/accounts/secret-token.ts';
import { passwordProblem } from '../../src/domain/password-policy.ts';

describe('password hashing', () => {
  test('uses argon2id with current parameters, salted, and verifies', async () => {
    const [a, b] = await Promise.all([hashPassword('long enough secret'), hashPassword('long enough secret')]);
    assert.match(a, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    assert.notEqual(a, b, 'each hash has its own salt');
    assert.equal(await verifyPassword(a, 'long enough secret'), true);
    assert.equal(await verifyPassword(a, 'long enough secreT'), false);
    assert.equal(needsRehash(a), false);
  });

  test('treats an unreadable or weaker hash safely', async () => {
    assert.equal(await verifyPassword('not a hash', 'anything'), false);
    assert.equal(needsRehash('$argon2id$v=19$m=4096,t=3,p=1$c2FsdHNhbHQ$aGFzaA'), true);
  });
});

describe('password policy', () => {
  test('asks for length, not composition', () => {
    assert.equal(passwordProblem('correct horse battery', 'a@b.test'), null);
    assert.match(passwordProblem('Sh0rt!', 'a@b.test') ?? '', /at least 12/);
    assert.match(passwordProblem('aaaaaaaaaaaaaaaa', 'a@b.test') ?? '', /different characters/);
    assert.match(passwordProblem('dana.whitfield', 'dana.whitfield@kqbx.test') ?? '', /email/);
    assert.match(passwordProblem('x'.repeat(200) + 'y'.repeat(57), 'a@b.test') ?? '', /at most 256/);
  });
});

describe('one-time passwords', () => {
  test('are long, unambiguous and pass the policy', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const p = oneTimePassword();
      assert.match(p, /^[a-hjkmnp-z2-9]{5}(-[a-hjkmnp-z2-9]{5}){3}$/);
      assert.equal(passwordProblem(p, 'someone@newsroom.test'), null);
      seen.add(p);
    }
    assert.equal(seen.size, 50);
  });
});

describe('tokens and digests', () => {
  test('tokens are recognisable and carry 256 bits', () => {
    const t = newApiToken();
    assert.ok(looksLikeApiToken(t));
    assert.equal(t.length, 3 + 43);
    assert.equal(tokenHint(t), t.slice(0, 9));
    assert.ok(!looksLikeApiToken(`${t}x`));
    assert.ok(!looksLikeApiToken('Bearer abc'));
  });

  test('digests are stable SHA-256 hex and never the secret', () => {
    const s = randomSecret();
    assert.equal(digestSecret(s), digestSecret(s));
    assert.match(digestSecret(s), /^[0-9a-f]{64}$/);
    assert.ok(!digestSecret(s).includes(s));
  });

  test('secrets compare without revealing where they differ', () => {
    assert.ok(sameSecret('abc', 'abc'));
    assert.ok(!sameSecret('abc', 'abd'));
    assert.ok(!sameSecret('abc', 'abcd'));
  });
});
