import { collapseWhitespace } from '../../domain/collapse-whitespace.ts';

const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ',
  mdash: '—', ndash: '–', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Plain text from the start of a sanitized body, cut at a word boundary:
 * the meta description and share summary for stories without a dek (most
 * wire copy has none). The result is text, escaped again when rendered.
 */
export function plainTextExcerpt(bodyHtml: string, maxLength = 200): string {
  const text = collapseWhitespace(
    decodeEntities(
      bodyHtml
        .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
        .replace(/<\/(p|div|h[1-6]|li|blockquote|figcaption)>/gi, ' ')
        .replace(/<[^>]*>/g, ''),
    ),
  );
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  // When the cut falls just before a space the last word is whole; otherwise back up to the previous space.
  const end = text[cut.length] === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `${(end > maxLength / 2 ? cut.slice(0, end) : cut).replace(/[\s,;:.—–-]+$/, '')}…`;
}
