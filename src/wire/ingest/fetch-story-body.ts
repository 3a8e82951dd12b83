import { DEFAULT_MAX_WIRE_BYTES } from '../parse/parse-wire-document.ts';
import { parseNitfDocument } from '../parse/parse-nitf-document.ts';
import type { WireItem } from '../wire-item.ts';
import type { WireFetcher } from '../fetch/wire-fetcher.ts';

/** Whether the item's text lives in a linked story file (AP Media API items carry none inline). */
export function needsStoryFile(item: WireItem): boolean {
  return item.bodyHtml === '' && item.type === 'text' && storyFileOf(item) !== null;
}

function storyFileOf(item: WireItem) {
  return (
    item.renditions.find((r) => r.name.toLowerCase() === 'nitf') ??
    item.renditions.find((r) => /^(text|application)\/(nitf\+)?xml$/i.test(r.mimeType ?? '') && !/caption/i.test(r.name)) ??
    null
  );
}

/**
 * Downloads and reads the item's NITF story file, under the same XML rules
 * as any wire document. A failure is returned, not thrown: the story is then
 * kept without its text and held for an editor instead of being lost.
 */
export async function fetchStoryBody(fetcher: WireFetcher, item: WireItem): Promise<{ html: string } | { problem: string }> {
  const file = storyFileOf(item);
  if (!file) return { problem: 'the item has no body and no story file to fetch it from' };
  try {
    const bytes = await fetcher.fetch(file.href, DEFAULT_MAX_WIRE_BYTES);
    const parsed = parseNitfDocument(bytes.toString('utf8'));
    if (!parsed.ok) return { problem: `the story file could not be read: ${parsed.error}` };
    return { html: parsed.bodyHtml };
  } catch (error) {
    return { problem: `the story file could not be fetched: ${(error as Error).message}` };
  }
}
