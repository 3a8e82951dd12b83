import type { WireParseResult } from '../wire-item.ts';
import { detectJsonFormat, detectXmlFormat } from './detect-format.ts';
import type { NinjsSchemaValidator } from './ninjs-schema.ts';
import { parseApMedia } from './parse-ap-media.ts';
import { parseNewsml } from './parse-newsml.ts';
import { parseNinjs } from './parse-ninjs.ts';
import { parseXml, XmlDocumentError } from './parse-xml.ts';
import { rejected } from './wire-item-error.ts';

export interface ParseWireOptions {
  /** Largest document accepted, in UTF-8 bytes. Default 5 MiB. */
  readonly maxBytes?: number;
  /** Reports ninjs schema violations as warnings when given (see `loadNinjsSchemaValidator`). */
  readonly schemaValidator?: NinjsSchemaValidator | null;
}

export const DEFAULT_MAX_WIRE_BYTES = 5 * 1024 * 1024;

/**
 * The one entry point for agency documents: ninjs 1.x/2.x/3.x, AP Media API
 * JSON and NewsML-G2, recognised from content. Returns one result per item;
 * a document that cannot be read at all yields a single rejected result.
 * Never throws.
 */
export function parseWireDocument(text: string, options: ParseWireOptions = {}): WireParseResult[] {
  try {
    return parseChecked(text, options);
  } catch (error) {
    // A parser defect must not stop an ingest run; the document is reported instead.
    return [rejected(`document could not be parsed: ${error instanceof Error ? error.message : String(error)}`)];
  }
}

function parseChecked(text: string, options: ParseWireOptions): WireParseResult[] {
  if (typeof text !== 'string') return [rejected('document is not text')];
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_WIRE_BYTES;
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) return [rejected(`document is ${bytes} bytes, over the limit of ${maxBytes} bytes`)];
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body === '') return [rejected('document is empty')];
  if (body.startsWith('{') || body.startsWith('[')) return parseJson(body, options);
  if (body.startsWith('<')) return parseXmlDocument(body);
  return [rejected('document is neither JSON nor XML')];
}

function parseJson(text: string, options: ParseWireOptions): WireParseResult[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return [rejected(`malformed JSON: ${(error as Error).message}`)];
  }
  const format = detectJsonFormat(doc);
  if (format === null) return [rejected('JSON document is not a ninjs or AP Media API item')];
  const record = doc as Record<string, unknown>;
  if (format === 'ap-media') return parseApMedia(record);
  return [parseNinjs(record, format, { schemaValidator: options.schemaValidator })];
}

function parseXmlDocument(text: string): WireParseResult[] {
  let root;
  try {
    root = parseXml(text);
  } catch (error) {
    if (error instanceof XmlDocumentError) return [rejected(error.message)];
    throw error;
  }
  const kind = detectXmlFormat(root);
  if (kind === 'newsml-g2' || kind === 'newsml-g2-fragment') return parseNewsml(root);
  if (kind === 'nitf') {
    return [rejected('NITF story file, not a wire item: it has no guid (fetch it as an item rendition and read it with parseNitfDocument)')];
  }
  return [rejected(`XML document <${root.local}> is not NewsML-G2`)];
}
