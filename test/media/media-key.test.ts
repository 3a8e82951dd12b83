import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertSafeMediaKey, isSafeMediaKey } from '../../src/media/media-key.ts';

const safe = ['a', 'abc.jpg', `${'a'.repeat(64)}.png`, 'renditions/ab12/w640.avif', 'videos/2024/clip_1-final.mp4'];
const unsafe = [
  '',
  '..',
  '../etc/passwd',
  'a/../../b',
  'a/./b',
  '/etc/passwd',
  'a//b',
  'a/',
  '.hidden',
  'a/.b.type',
  'a\\..\\b',
  '%2e%2e/x',
  'UPPER.jpg',
  'a b.jpg',
  'a\0b',
  'ü.jpg',
  'a'.repeat(513),
];

test('accepts lowercase slash-separated keys', () => {
  for (const key of safe) assert.equal(isSafeMediaKey(key), true, key);
});

test('refuses traversal, absolute, hidden, empty and odd keys', () => {
  for (const key of unsafe) {
    assert.equal(isSafeMediaKey(key), false, JSON.stringify(key));
    assert.throws(() => assertSafeMediaKey(key), { name: 'MediaError', code: 'invalid-key' });
  }
});
