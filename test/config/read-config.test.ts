import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readConfig } from '../../src/config.ts';

describe('readConfig', () => {
  it('has working defaults', () => {
    const c = readConfig({});
    assert.equal(c.port, 3000);
    assert.equal(c.host, '127.0.0.1');
    assert.equal(c.databaseUrl, undefined);
    assert.equal(c.loadDemo, true);
    assert.ok(Object.isFrozen(c));
  });

  it('refuses bad values with a clear message', () => {
    for (const [env, pattern] of [
      [{ PORT: 'abc' }, /PORT must be a whole number/],
      [{ PORT: '70000' }, /PORT must be a whole number/],
      [{ PORT: '-1' }, /PORT must be a whole number/],
      [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must be a postgres:\/\/ URL/],
      [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
      [{ DATELINE_DEMO: 'maybe' }, /DATELINE_DEMO must be true or false/],
      [{ PUBLIC_URL: 'ftp://x' }, /PUBLIC_URL must be an http\(s\) URL/],
      [{ S3_BUCKET: 'Bad_Bucket' }, /S3_BUCKET is not a valid bucket name/],
      [{ S3_BUCKET: 'media', S3_ACCESS_KEY_ID: 'k' }, /set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY/],
    ] as const) {
      assert.throws(() => readConfig(env), (e: { code?: string; message: string }) => e.code === 'config' && pattern.test(e.message));
    }
  });

  it('reads PostgreSQL and S3 settings', () => {
    const c = readConfig({ DATABASE_URL: 'postgres://u@h/db', S3_BUCKET: 'media', S3_ENDPOINT: 'http://127.0.0.1:9000' });
    assert.equal(c.databaseUrl, 'postgres://u@h/db');
    assert.equal(c.s3?.forcePathStyle, true);
    assert.equal(c.s3?.region, 'us-east-1');
  });
});
