import type { SearchQuery } from './search-query.ts';

/** An FTS5 string literal: double quotes inside are doubled, so the text can never be read as syntax. */
function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The FTS5 MATCH expression for a parsed query: every term a quoted string,
 * all of them required. Quoted strings are always plain tokens or phrases
 * to FTS5, whatever they contain (AND, NEAR, a colon, a star).
 */
export function fts5MatchExpression(query: SearchQuery): string {
  return query.terms.map((t) => literal(t.kind === 'word' ? t.word : t.words.join(' '))).join(' AND ');
}
