import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lenientWireTime, readWireTime, strictWireTime } from '../../src/wire/parse/parse-times.ts';
import { WireItemError } from '../../src/wire/parse/wire-item-error.ts';

const iso = (raw: string) => {
  const t = readWireTime(raw);
  assert.equal(t.kind, 'time', `expected a time for ${JSON.stringify(raw)}`);
  return t.kind === 'time' ? { at: t.date.toISOString(), zoned: t.zoned } : null;
};

describe('readWireTime', () => {
  test('reads RFC 3339 with Z and with colon offsets', () => {
    assert.deepEqual(iso('2024-03-11T12:00:00Z'), { at: '2024-03-11T12:00:00.000Z', zoned: true });
    assert.deepEqual(iso('2024-03-11T12:00:00-05:00'), { at: '2024-03-11T17:00:00.000Z', zoned: true });
  });

  test('accepts offsets without a colon (+0100, +0000) and hour-only offsets', () => {
    assert.deepEqual(iso('2017-10-11T10:41:00+0100'), { at: '2017-10-11T09:41:00.000Z', zoned: true });
    assert.deepEqual(iso('2022-06-26T23:54:25+0000'), { at: '2022-06-26T23:54:25.000Z', zoned: true });
    assert.deepEqual(iso('2024-01-01T05:30:00+05'), { at: '2024-01-01T00:30:00.000Z', zoned: true });
  });

  test('trims surrounding whitespace and newlines', () => {
    assert.deepEqual(iso('\n   2018-03-01T18:34:39.924Z\n  '), { at: '2018-03-01T18:34:39.924Z', zoned: true });
  });

  test('reads the compact form NITF uses', () => {
    assert.deepEqual(iso('20190703T040512Z'), { at: '2019-07-03T04:05:12.000Z', zoned: true });
  });

  test('reports a missing zone instead of applying one', () => {
    assert.deepEqual(iso('2024-09-01T09:00:00'), { at: '2024-09-01T09:00:00.000Z', zoned: false });
    assert.deepEqual(iso('2019-12-07'), { at: '2019-12-07T00:00:00.000Z', zoned: false });
  });

  test('treats empty values as absent and nonsense as invalid', () => {
    assert.equal(readWireTime(undefined).kind, 'absent');
    assert.equal(readWireTime('   ').kind, 'absent');
    assert.equal(readWireTime('next Tuesday').kind, 'invalid');
    assert.equal(readWireTime('2024-02-30T10:00:00Z').kind, 'invalid');
    assert.equal(readWireTime('2024-01-01T24:30:00Z').kind, 'invalid');
    assert.equal(readWireTime(1719842700).kind, 'invalid');
  });
});

describe('strictWireTime (embargo, expiry)', () => {
  test('returns the instant when the zone is given', () => {
    assert.equal(strictWireTime('2025-01-23T19:00:00+01:00', 'embargoed')?.toISOString(), '2025-01-23T18:00:00.000Z');
    assert.equal(strictWireTime(undefined, 'embargoed'), null);
  });

  test('rejects a time without a zone rather than guessing one', () => {
    assert.throws(
      () => strictWireTime('2025-01-23T19:00:00', 'embargoed'),
      (e: unknown) => e instanceof WireItemError && /embargoed .* has no time zone/.test(e.message),
    );
  });

  test('rejects an unreadable time', () => {
    assert.throws(() => strictWireTime('tomorrow noon', 'expires'), /expires "tomorrow noon" is not a valid date-time/);
  });
});

describe('lenientWireTime (all other times)', () => {
  test('assumes UTC for zone-less times and says so', () => {
    const warnings: string[] = [];
    assert.equal(lenientWireTime('2024-09-01T09:00:00', 'firstCreated', warnings)?.toISOString(), '2024-09-01T09:00:00.000Z');
    assert.deepEqual(warnings, ['firstCreated "2024-09-01T09:00:00" has no time zone; assumed UTC']);
  });

  test('drops unreadable times with a warning', () => {
    const warnings: string[] = [];
    assert.equal(lenientWireTime('soon', 'versioncreated', warnings), null);
    assert.equal(warnings.length, 1);
  });
});
