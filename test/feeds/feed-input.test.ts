import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newestFirst } from '../../src/site/feeds/feed-input.ts';
import { buildEntry } from './feed-fixtures.ts';

describe('newestFirst', () => {
  it('sorts by publication time, newest first, without touching the input', () => {
    const a = buildEntry({ publishedAt: new Date('2031-03-12T08:00:00Z') });
    const b = buildEntry({ publishedAt: new Date('2031-03-14T08:00:00Z') });
    const input = [a, b];
    assert.deepEqual(newestFirst(input), [b, a]);
    assert.deepEqual(input, [a, b]);
  });

  it('breaks ties by id so repeated renders are identical', () => {
    const at = new Date('2031-03-14T08:00:00Z');
    const x = buildEntry({ id: 'tag:riverbend-gazette.test,2031:article/2', publishedAt: at });
    const y = buildEntry({ id: 'tag:riverbend-gazette.test,2031:article/1', publishedAt: at });
    assert.deepEqual(newestFirst([x, y]), [y, x]);
    assert.deepEqual(newestFirst([y, x]), [y, x]);
  });
});
