/**
 * Everything outside XML 1.0's `Char` production: C0 controls other than tab,
 * line feed and carriage return, lone surrogates, U+FFFE and U+FFFF. One such
 * character makes a whole document unparseable, and wire copy does carry them
 * (pasted form feeds, vertical tabs, NULs from broken encoders).
 */
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, '');
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Parsers normalise raw whitespace in attribute values to spaces; references survive.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * Escapes text for element content or a double-quoted attribute value. All
 * five predefined entities are escaped everywhere because the sitemap
 * protocol requires it for `<loc>`, and it is harmless elsewhere.
 */
export function escapeXml(text: string, inAttribute = false): string {
  const pattern = inAttribute ? /[&<>"'\t\n\r]/g : /[&<>"']/g;
  return stripInvalidXmlChars(text).replace(pattern, (c) => ENTITIES[c]);
}

/**
 * A CDATA section holding `text` exactly. A CDATA section cannot contain
 * `]]>`, so every occurrence is split across two sections; a parser joins
 * them back into the original characters.
 */
export function cdataSection(text: string): string {
  return `<![CDATA[${stripInvalidXmlChars(text).replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}
