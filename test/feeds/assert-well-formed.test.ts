import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertWellFormed } from './assert-well-formed.ts';

// The feed tests lean on this check, so it must catch what XMLValidator lets through.
describe('assertWellFormed', () => {
  it('accepts a well-formed document', () => {
    assertWellFormed('<?xml version="1.0" encoding="UTF-8"?>\n<a b="&amp;&#10;">x &lt; y<![CDATA[ ]]]]><![CDATA[> ]]></a>\n');
  });

  for (const [problem, xml] of [
    ['bare & in text', '<a>Tom & Jerry</a>'],
    ['bare & in an attribute', '<a href="?x=1&y=2"/>'],
    ['< in an attribute', '<a title="<b>"/>'],
    ['undeclared entity', '<a>&nbsp;</a>'],
    [']]> in text', '<a>x ]]> y</a>'],
    ['second ]]> after a CDATA section', '<a><![CDATA[x ]]> y ]]></a>'],
    ['control character', '<a>\u0001</a>'],
    ['two roots', '<a/><b/>'],
    ['unclosed tag', '<a><b></a>'],
  ] as const) {
    it(`rejects ${problem}`, () => {
      assert.throws(() => assertWellFormed(xml), assert.AssertionError);
    });
  }
});
