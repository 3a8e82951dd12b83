import { readNitfHead, nitfToHtml, type NitfHead } from './nitf-to-html.ts';
import { parseXml, XmlDocumentError } from './parse-xml.ts';
import { DEFAULT_MAX_WIRE_BYTES } from './parse-wire-document.ts';

export type NitfDocumentResult =
  | ({ readonly ok: true; readonly bodyHtml: string } & NitfHead)
  | { readonly ok: false; readonly error: string };

/**
 * A downloaded NITF story file (AP delivers text bodies this way, linked from
 * the item's `nitf` rendition) as sanitized HTML plus its head fields. The
 * same XML safety rules apply as for wire documents.
 */
export function parseNitfDocument(text: string, options: { readonly maxBytes?: number } = {}): NitfDocumentResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_WIRE_BYTES;
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) return { ok: false, error: `document is ${bytes} bytes, over the limit of ${maxBytes} bytes` };
  try {
    const root = parseXml(text.replace(/^\uFEFF/, '').trim());
    if (root.local !== 'nitf') return { ok: false, error: `XML document <${root.local}> is not NITF` };
    return { ok: true, bodyHtml: nitfToHtml(root), ...readNitfHead(root) };
  } catch (error) {
    if (error instanceof XmlDocumentError) return { ok: false, error: error.message };
    throw error;
  }
}
