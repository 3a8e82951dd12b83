import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { phpPath, phpUnserialize } from '../../src/wxr/php-unserialize.ts';

describe('PHP unserialize', () => {
  it('reads scalars and nested arrays as plain data', () => {
    const v = phpUnserialize('a:4:{s:4:"file";s:10:"a/b/c.jpg ";i:0;b:1;s:1:"n";N;s:4:"meta";a:2:{s:6:"credit";s:3:"AP.";s:5:"ratio";d:1.5;}}');
    assert.ok(v instanceof Map);
    assert.equal(phpPath(v, 'file'), 'a/b/c.jpg ');
    assert.equal(v.get(0), true);
    assert.equal(phpPath(v, 'n'), null);
    assert.equal(phpPath(v, 'meta', 'credit'), 'AP.');
    assert.equal(phpPath(v, 'meta', 'ratio'), 1.5);
    assert.equal(phpUnserialize('i:-42;'), -42);
  });

  it('counts string lengths in UTF-8 bytes, as PHP writes them', () => {
    assert.equal(phpUnserialize('s:10:"Spielspaß";'), 'Spielspaß');
    assert.equal(phpUnserialize('s:9:"Spielspaß";'), null);
  });

  it('refuses objects, custom serializations and references instead of building them', () => {
    for (const raw of ['O:8:"stdClass":1:{s:1:"a";i:1;}', 'C:3:"Foo":1:{x}', 'a:2:{i:0;i:1;i:1;r:2;}', 'a:1:{i:0;R:1;}', 'E:7:"Foo:Bar";']) {
      assert.equal(phpUnserialize(raw), null, raw);
    }
  });

  it('refuses truncated, trailing, oversized and deeply nested input', () => {
    assert.equal(phpUnserialize('a:2:{i:0;i:1;}'), null);
    assert.equal(phpUnserialize('s:50:"short";'), null);
    assert.equal(phpUnserialize('i:1;i:2;'), null);
    assert.equal(phpUnserialize('plain text'), null);
    assert.equal(phpUnserialize(`${'a:1:{i:0;'.repeat(40)}i:1;${'}'.repeat(40)}`), null);
    assert.equal(phpUnserialize(`a:20000:{${Array.from({ length: 20000 }, (_, i) => `i:${i};i:0;`).join('')}}`), null);
  });
});
