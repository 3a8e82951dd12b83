import { sanitizedHtmlToText } from '../../domain/sanitize-html.ts';

// "MOSCOW (AP) —", "GROSSETO, Italy (AP) --", "FORT WASHINGTON, Pa. (AP) _":
// a capitalised place, an optional region, the source in brackets, a dash.
const AGENCY_DATELINE =
  /^\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:,[^()\n]{1,40})?\s*\([\p{L} .&/-]{1,25}\)\s*(?:—|–|--|-|_)/u;

// "(ANSA) - Rome, …": the source first.
const LEADING_SOURCE = /^\([\p{L} .&/-]{1,25}\)\s*(?:—|–|--|-|_)\s*/u;

/**
 * Whether a body already opens with its dateline, so the page must not add
 * it again. `bodyHtml` is sanitized (`sanitizeBodyHtml` or `textToParagraphs`).
 * `marked` is set when the markup said so (dpa's `<span class="dateline">`).
 */
export function bodyHasDateline(bodyHtml: string, place: string | null, marked: boolean): boolean {
  if (marked) return true;
  // The body is the sanitizer's output, so its text comes without another parse.
  const opening = sanitizedHtmlToText(bodyHtml.slice(0, 2000)).slice(0, 300);
  if (AGENCY_DATELINE.test(opening)) return true;
  if (place === null) return false;
  const text = opening.replace(LEADING_SOURCE, '').replace(/^\(/, '').toLocaleLowerCase();
  const wanted = place.toLocaleLowerCase();
  return text.startsWith(wanted) && !/^[\p{L}\p{N}]/u.test(text.slice(wanted.length));
}
