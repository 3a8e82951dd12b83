import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bodyHasDateline } from '../../src/wire/parse/body-has-dateline.ts';
import { parseDatelinePlace } from '../../src/wire/parse/parse-dateline.ts';

describe('parseDatelinePlace', () => {
  test('strips the source, dashes, weekdays and dates after the place', () => {
    assert.equal(parseDatelinePlace('MOSCOW, Monday (Reuters)'), 'MOSCOW');
    assert.equal(parseDatelinePlace('Berlin (dpa) - '), 'Berlin');
    assert.equal(parseDatelinePlace('RIVERTON, Ore. (AP) —'), 'RIVERTON, Ore.');
    assert.equal(parseDatelinePlace('Rome, October 11'), 'Rome');
  });

  test('keeps regions and plain places as they are', () => {
    assert.equal(parseDatelinePlace('FORT WASHINGTON, Pa.'), 'FORT WASHINGTON, Pa.');
    assert.equal(parseDatelinePlace('  Grossetto,\n Italy '), 'Grossetto, Italy');
    assert.equal(parseDatelinePlace(null), null);
    assert.equal(parseDatelinePlace(' (AP) '), null);
  });
});

describe('bodyHasDateline', () => {
  test('sees an agency dateline at the start of the body', () => {
    assert.equal(bodyHasDateline('<p>MOSCOW (AP) — The talks ended.</p>', null, false), true);
    assert.equal(bodyHasDateline('<p>GROSSETO, Italy (AP) -- The trial began.</p>', 'Grossetto, Italy', false), true);
    assert.equal(bodyHasDateline('<p>FORT WASHINGTON, Pa. (AP) _ Earnings rose.</p>', null, false), true);
  });

  test('sees the dateline place at the start, also behind a leading source', () => {
    assert.equal(bodyHasDateline('<p>(ANSA) - Rome, October 11 - The minister said.</p>', 'Rome', false), true);
    assert.equal(bodyHasDateline('<p>HILLSIDE — Crews finished the roof.</p>', 'HILLSIDE', false), true);
  });

  test('trusts markup that flags the dateline', () => {
    assert.equal(bodyHasDateline('<p>Berlin - Der Bundespräsident sprach.</p>', null, true), true);
  });

  test('does not match a body that merely mentions the place', () => {
    assert.equal(bodyHasDateline('<p>Voters in Millbrook approved the levy.</p>', 'Millbrook', false), false);
    assert.equal(bodyHasDateline('<p>Romestead farmers gathered.</p>', 'Rome', false), false);
    assert.equal(bodyHasDateline('<p>The council met.</p>', null, false), false);
  });
});
