import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isMediaError, MEDIA_ERROR_CODES, MediaError, type MediaErrorCode } from '../../src/media/media-error.ts';

test('every code is documented and kebab-case', () => {
  const codes = Object.keys(MEDIA_ERROR_CODES) as MediaErrorCode[];
  assert.ok(codes.length >= 10);
  for (const code of codes) {
    assert.match(code, /^[a-z]+(-[a-z]+)*$/);
    assert.ok(MEDIA_ERROR_CODES[code].length > 10, `${code} needs a description`);
  }
});

test('a MediaError carries its code, a default message and its cause', () => {
  const cause = new Error('disk full');
  const error = new MediaError('storage-failed', undefined, { cause });
  assert.equal(error.code, 'storage-failed');
  assert.equal(error.name, 'MediaError');
  assert.equal(error.message, MEDIA_ERROR_CODES['storage-failed']);
  assert.equal(error.cause, cause);
  assert.ok(error instanceof Error);
});

test('isMediaError narrows by code', () => {
  const error = new MediaError('too-large', 'big');
  assert.equal(isMediaError(error), true);
  assert.equal(isMediaError(error, 'too-large'), true);
  assert.equal(isMediaError(error, 'corrupt'), false);
  assert.equal(isMediaError(new Error('x')), false);
});
