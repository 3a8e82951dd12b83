import { collapseWhitespace } from '../domain/collapse-whitespace.ts';

/**
 * A reader's search, reduced to what both stores can match safely: words
 * and quoted phrases, nothing else. Operators, column filters, wildcards and
 * punctuation in the input are separators, so no input can form a query the
 * store would reject or read as syntax.
 */
export type SearchTerm =
  | { readonly kind: 'word'; readonly word: string }
  | { readonly kind: 'phrase'; readonly words: readonly string[] };

export interface SearchQuery {
  /** The input as shown back to the reader: trimmed and capped. */
  readonly text: string;
  /** Every term must match; empty when the input holds no words. */
  readonly terms: readonly SearchTerm[];
}

export const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 12;
const MAX_WORD_LENGTH = 60;
/** Letters and digits, in any script: the same runs both stores' tokenizers split text into. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase().slice(0, MAX_WORD_LENGTH));
}

export function parseSearchQuery(raw: string): SearchQuery {
  const text = collapseWhitespace(raw.normalize('NFKC')).slice(0, MAX_QUERY_LENGTH);
  const terms: SearchTerm[] = [];
  const seen = new Set<string>();
  const add = (term: SearchTerm) => {
    const key = term.kind === 'word' ? term.word : term.words.join(' ');
    if (terms.length < MAX_TERMS && !seen.has(key)) {
      seen.add(key);
      terms.push(Object.freeze(term));
    }
  };
  // Quotes pair up left to right; an unpaired one is just punctuation.
  const parts = text.split(/["“”„]/);
  parts.forEach((part, i) => {
    const quoted = i % 2 === 1 && i < parts.length - 1;
    const words = wordsOf(part);
    if (quoted && words.length > 1) add({ kind: 'phrase', words: Object.freeze(words) });
    else for (const word of words) add({ kind: 'word', word });
  });
  return Object.freeze({ text, terms: Object.freeze(terms) });
}
