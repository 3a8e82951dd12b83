import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bool, float, int, json, text, time } from '../../src/transfer/field-codec.ts';

describe('export field codecs', () => {
  it('write times as ISO 8601 UTC and read them back to the millisecond', () => {
    const ms = Date.parse('2026-05-05T12:34:56.789Z');
    assert.equal(time.encode(ms), '2026-05-05T12:34:56.789Z');
    assert.equal(time.decode(time.encode(ms), 'at'), ms);
    assert.equal(time.encode(null), null);
    assert.throws(() => time.decode('2026-05-05', 'at'), { code: 'invalid-input', message: /at must be an ISO 8601 UTC time/ });
    assert.throws(() => time.decode('2026-05-05T12:34:56+02:00', 'at'), { code: 'invalid-input' });
  });

  it('write flags as booleans and store them as 0 and 1', () => {
    assert.equal(bool.encode(1), true);
    assert.equal(bool.encode(0), false);
    assert.equal(bool.decode(true, 'pinned'), 1);
    assert.throws(() => bool.decode(1, 'pinned'), { code: 'invalid-input' });
  });

  it('write JSON columns as the value they hold', () => {
    assert.deepEqual(json.encode('{"b":1,"a":[true,null]}'), { b: 1, a: [true, null] });
    assert.equal(json.decode({ b: 1, a: [true, null] }, 'details'), '{"b":1,"a":[true,null]}');
    assert.equal(json.decode(null, 'details'), null);
  });

  it('check numbers and text on the way in', () => {
    assert.equal(int.decode(7, 'id'), 7);
    assert.throws(() => int.decode(7.5, 'id'), { code: 'invalid-input' });
    assert.throws(() => int.decode('7', 'id'), { code: 'invalid-input' });
    assert.equal(float.decode(0.3333333333333333, 'focalX'), 0.3333333333333333);
    assert.throws(() => float.decode(Number.NaN, 'focalX'), { code: 'invalid-input' });
    assert.equal(text.decode('', 'dek'), '');
    assert.throws(() => text.decode(5, 'dek'), { code: 'invalid-input' });
  });
});
