import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { isElement, localName, type XmlElement, type XmlNode } from './xml-tree.ts';

/** Why an XML document as a whole cannot be read. */
export class XmlDocumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlDocumentError';
  }
}

/**
 * Parses untrusted XML into an element tree. Documents with a DTD are
 * refused before the parser sees them: a DOCTYPE is how external entities
 * (XXE) and entity expansion ("billion laughs") get in, and no wire format
 * needs one. Nothing is ever fetched: `schemaLocation` and `catalogRef` stay
 * plain attributes.
 */
export function parseXml(text: string): XmlElement {
  const declaration = findDtdDeclaration(text);
  if (declaration) {
    throw new XmlDocumentError(`XML with a ${declaration} declaration is refused (DTDs and entity declarations are not allowed)`);
  }
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    throw new XmlDocumentError(`malformed XML at line ${line}, column ${col}: ${msg}`);
  }
  let parsed: unknown;
  try {
    parsed = PARSER.parse(text);
  } catch (error) {
    throw new XmlDocumentError(`malformed XML: ${error instanceof Error ? error.message : String(error)}`);
  }
  const roots = toNodes(parsed).filter(isElement);
  if (roots.length !== 1) throw new XmlDocumentError('malformed XML: expected exactly one root element');
  return roots[0];
}

const PARSER = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // Mixed content (body text around links) needs its spaces.
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  processEntities: true,
  // Decodes numeric character references (&#34;) and HTML names agencies use in XHTML bodies.
  htmlEntities: true,
});

/**
 * A DOCTYPE or ENTITY declaration outside comments and CDATA sections; an
 * HTML document quoted inside CDATA is content, not a declaration.
 */
function findDtdDeclaration(text: string): string | null {
  const outside = text.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '').replace(/<!--[\s\S]*?-->/g, '');
  const m = /<!\s*(DOCTYPE|ENTITY)\b/i.exec(outside);
  return m ? m[1].toUpperCase() : null;
}

/** fast-xml-parser's ordered output (`[{tag: [...], ':@': {attrs}}, {'#text': '...'}]`) as our tree. */
function toNodes(value: unknown): XmlNode[] {
  if (!Array.isArray(value)) return [];
  const nodes: XmlNode[] = [];
  for (const entry of value) {
    if (typeof entry !== 'object' || entry === null) continue;
    const record = entry as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (key === ':@') continue;
      if (key === '#text') {
        nodes.push(String(record[key]));
        continue;
      }
      const attrs = (record[':@'] ?? {}) as Record<string, unknown>;
      nodes.push({
        name: key,
        local: localName(key),
        attrs: Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, String(v)])),
        children: toNodes(record[key]),
      });
    }
  }
  return nodes;
}
