import type { WirePictureDraft } from './build-wire-item.ts';
import { asCount, asRecord, asString, type JsonRecord } from './json-values.ts';
import {
  altOf,
  captionOf,
  creditLineOf,
  descriptionsOf,
  headlinesOf,
  mainHeadline,
  renditionsOf,
} from './ninjs-fields.ts';
import { parsePubStatus } from './parse-pub-status.ts';
import { WireItemError } from './wire-item-error.ts';

/**
 * A ninjs (or AP) association as a picture draft, or null when it is not
 * usable as one. An association with an invalid status is dropped rather
 * than guessed at; the story itself still goes through.
 */
export function ninjsPictureDraft(
  name: string,
  assoc: JsonRecord,
  guid: string | null,
  warnings: string[],
): WirePictureDraft | null {
  let pubStatus;
  try {
    pubStatus = parsePubStatus(assoc.pubstatus, `association "${name}" pubstatus`);
  } catch (error) {
    if (!(error instanceof WireItemError)) throw error;
    warnings.push(`${error.message}; association dropped`);
    return null;
  }
  const renditions = renditionsOf(assoc.renditions);
  const descriptions = descriptionsOf(assoc);
  const declared = asString(assoc.type)?.trim().toLowerCase();
  const looksLikeImage = renditions.some((r) => r.mimeType?.startsWith('image/'));
  return {
    name,
    guid,
    version: asCount(assoc.version),
    pubStatus,
    type: declared || (looksLikeImage ? 'picture' : 'unknown'),
    headline: mainHeadline(headlinesOf(assoc)),
    caption: captionOf(descriptions),
    // Creditline first, then the photographer, then the byline.
    credit:
      creditLineOf(descriptions) ??
      asString(asRecord(assoc.photographer)?.name) ??
      asString(assoc.by) ??
      asString(assoc.byline),
    alt: altOf(descriptions),
    copyrightNotice: asString(assoc.copyrightnotice),
    renditions,
  };
}
