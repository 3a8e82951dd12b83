/**
 * Every run of whitespace as one space, and none at either end. Only runs
 * longer than one character and characters other than a plain space are
 * replaced: most runs are a single space already, and rewriting each of them
 * made this the slowest step of turning a body into plain text.
 */
export function collapseWhitespace(s: string): string {
  return s.replace(/\s{2,}|[^\S ]/g, ' ').trim();
}
