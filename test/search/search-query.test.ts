import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fts5MatchExpression } from '../../src/search/fts5-match-expression.ts';
import { MAX_QUERY_LENGTH, parseSearchQuery } from '../../src/search/search-query.ts';

describe('search query parsing', () => {
  it('reads words and quoted phrases, lower-cased, without repeats', () => {
    const q = parseSearchQuery('  City  Council "budget vote" council ');
    assert.equal(q.text, 'City Council "budget vote" council');
    assert.deepEqual(q.terms, [
      { kind: 'word', word: 'city' },
      { kind: 'word', word: 'council' },
      { kind: 'phrase', words: ['budget', 'vote'] },
    ]);
  });

  it('treats operators, column filters, wildcards and brackets as separators', () => {
    const q = parseSearchQuery('headline:fire OR NEAR(flood* ^levee) -dam +"');
    assert.deepEqual(
      q.terms.map((t) => (t.kind === 'word' ? t.word : t.words.join(' '))),
      ['headline', 'fire', 'or', 'near', 'flood', 'levee', 'dam'],
    );
  });

  it('keeps words in any script and folds compatibility forms', () => {
    const q = parseSearchQuery('Ｃａｆé Zürich περιεχόμενο 2026');
    assert.deepEqual(q.terms.map((t) => (t.kind === 'word' ? t.word : '')), ['café', 'zürich', 'περιεχόμενο', '2026']);
  });

  it('yields no terms for input without letters or digits', () => {
    for (const raw of ['', '   ', '"" * : ( ) ^ -', "'; --", '\u0000\u0002']) assert.deepEqual(parseSearchQuery(raw).terms, [], JSON.stringify(raw));
  });

  it('caps the input, the number of terms and the length of a word', () => {
    const q = parseSearchQuery(`${'x'.repeat(500)} ${Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')}`);
    assert.ok(q.text.length <= MAX_QUERY_LENGTH);
    assert.ok(q.terms.length <= 12);
    assert.equal((q.terms[0] as { word: string }).word.length, 60);
  });

  it('treats a lone or unbalanced quote as punctuation', () => {
    assert.deepEqual(parseSearchQuery('"school board').terms, [{ kind: 'word', word: 'school' }, { kind: 'word', word: 'board' }]);
    assert.deepEqual(parseSearchQuery('“school board” levy').terms, [
      { kind: 'phrase', words: ['school', 'board'] },
      { kind: 'word', word: 'levy' },
    ]);
  });
});

describe('FTS5 match expression', () => {
  it('quotes every term and requires all of them', () => {
    assert.equal(fts5MatchExpression(parseSearchQuery('fire "county road" and')), '"fire" AND "county road" AND "and"');
  });

  it('never lets a double quote out of its string', () => {
    const expression = fts5MatchExpression({ text: '', terms: [{ kind: 'word', word: 'a"b' }] });
    assert.equal(expression, '"a""b"');
  });
});
