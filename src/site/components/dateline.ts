import type { Dateline } from '../../domain/article.ts';
import { html, raw, type SafeHtml } from '../html.ts';

/** "MOSCOW (AP) —", or "FARGO —" for the station's own stories. */
export function datelineText(dateline: Dateline): string {
  return dateline.source ? `${dateline.place} (${dateline.source}) —` : `${dateline.place} —`;
}

// The first `<p>` opening tag, with or without attributes; quoted attribute values may hold `>`.
const FIRST_PARAGRAPH = /<p(?:\s(?:[^>"']|"[^"]*"|'[^']*')*)?>/i;

/**
 * The body with the dateline set at the start of its first paragraph, where
 * print and wire style put it, so it reads as one line with the lede. A body
 * without paragraphs gets the dateline in a paragraph of its own.
 */
export function bodyWithDateline(bodyHtml: string, dateline: Dateline): SafeHtml {
  const mark = html`<span class="dateline">${datelineText(dateline)}</span> `;
  const match = FIRST_PARAGRAPH.exec(bodyHtml);
  if (!match) return html`<p>${mark}</p>${raw(bodyHtml)}`;
  const at = match.index + match[0].length;
  return html`${raw(bodyHtml.slice(0, at))}${mark}${raw(bodyHtml.slice(at))}`;
}
