import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { w3cDateTime } from '../../src/site/feeds/w3c-datetime.ts';

describe('w3cDateTime', () => {
  const zone = process.env.TZ;
  after(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('writes UTC with an explicit offset and whole seconds', () => {
    assert.equal(w3cDateTime(new Date('2031-03-14T18:45:09.987Z')), '2031-03-14T18:45:09+00:00');
  });

  it('does not depend on the process time zone', () => {
    const date = new Date('2031-07-01T23:30:00Z');
    for (const tz of ['America/Chicago', 'Pacific/Kiritimati', 'Asia/Kathmandu']) {
      process.env.TZ = tz;
      assert.equal(w3cDateTime(date), '2031-07-01T23:30:00+00:00', tz);
    }
  });

  it('refuses an invalid date', () => {
    assert.throws(() => w3cDateTime(new Date('not a date')), RangeError);
  });
});
