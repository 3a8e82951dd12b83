import { readFile, stat } from 'node:fs/promises';
import { DEFAULT_MAX_WIRE_BYTES } from '../parse/parse-wire-document.ts';
import { ingestDocument, type IngestDocumentOptions } from './ingest-document.ts';
import type { WireIngestDeps } from './wire-ingest-deps.ts';
import { rejectedResult, type WireIngestResult } from './wire-ingest-result.ts';

/**
 * A wire file's text, or the one rejected result that stands for a file
 * that cannot be read. Its size is checked before it is read, so an
 * oversized file never enters memory; its name says nothing about its format.
 */
export async function readWireFile(path: string): Promise<{ text: string } | { rejected: WireIngestResult }> {
  try {
    const { size } = await stat(path);
    if (size > DEFAULT_MAX_WIRE_BYTES) return { rejected: rejectedResult(`document is ${size} bytes, over the limit of ${DEFAULT_MAX_WIRE_BYTES} bytes`) };
    return { text: await readFile(path, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'not readable' : code === 'EISDIR' ? 'a folder, not a file' : (error as Error).message;
    return { rejected: rejectedResult(`${path}: ${why}`) };
  }
}

/** A wire file on disk, ingested on its own. */
export async function ingestFile(deps: WireIngestDeps, path: string, options: IngestDocumentOptions = {}): Promise<WireIngestResult[]> {
  const read = await readWireFile(path);
  return 'rejected' in read ? [read.rejected] : ingestDocument(deps, read.text, options);
}
