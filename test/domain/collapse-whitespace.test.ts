import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { collapseWhitespace } from '../../src/domain/collapse-whitespace.ts';

describe('collapseWhitespace', () => {
  it('turns every run of whitespace into one space and trims, as replacing each run would', () => {
    const samples = [
      '', ' ', '  a  ', 'a b', 'a\tb', 'a\n\nb', 'a \u00a0 b', '\u2028x\u2029', 'a\u3000b', ' \t\r\n\f\v ', 'one two  three   four',
      'MOSCOW (AP) —\u00a0The  story\r\nstarts', 'ünïcode\u2003spaces\u200a here',
    ];
    for (const s of samples) assert.equal(collapseWhitespace(s), s.replace(/\s+/g, ' ').trim(), JSON.stringify(s));
  });
});
