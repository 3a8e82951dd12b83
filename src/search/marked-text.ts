import { collapseWhitespace } from '../domain/collapse-whitespace.ts';

/**
 * Highlighted text travels from the store to the page as plain text with two
 * control characters around each match. They cannot appear in a story's
 * text (the HTML sanitizer and both stores' text handling leave them out),
 * and no part of this text is ever treated as markup.
 */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

export interface MarkedSegment {
  readonly text: string;
  readonly marked: boolean;
}

/** Splits store-highlighted text into plain and matched runs, whitespace collapsed. */
export function markedSegments(highlighted: string): MarkedSegment[] {
  const out: MarkedSegment[] = [];
  let marked = false;
  let run = '';
  const flush = () => {
    if (run !== '') out.push(Object.freeze({ text: run, marked }));
    run = '';
  };
  for (const ch of collapseWhitespace(highlighted)) {
    if (ch === MARK_START || ch === MARK_END) {
      flush();
      marked = ch === MARK_START;
    } else if (ch >= ' ' || ch === '\t') {
      run += ch;
    }
  }
  flush();
  return out;
}
