import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { repairMojibake } from '../../src/wxr/repair-mojibake.ts';

describe('mojibake repair', () => {
  it('turns UTF-8 read as Windows-1252 or Latin-1 back into the intended characters', () => {
    assert.deepEqual(repairMojibake('the councilâ€™s “planâ€\u009d, cafÃ© Ã¼ber'), {
      text: 'the council’s “plan”, café über',
      repaired: 4,
      suspicious: false,
    });
  });

  it('leaves correct accented text alone', () => {
    assert.deepEqual(repairMojibake('Zürich, café, naïve, Ångström, château'), { text: 'Zürich, café, naïve, Ångström, château', repaired: 0, suspicious: false });
  });

  it('flags what it cannot repair: an apostrophe whose last bytes were lost', () => {
    const r = repairMojibake('part of the companyâs $19.7 million debt');
    assert.equal(r.text, 'part of the companyâs $19.7 million debt');
    assert.equal(r.suspicious, true);
  });
});
