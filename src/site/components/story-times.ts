import type { DateZone } from '../format/date-time.ts';
import { html, type SafeHtml } from '../html.ts';
import { renderTime } from './time.ts';

export interface StoryTimes {
  readonly publishedAt: Date;
  readonly updatedAt: Date | null;
  readonly updateNote: string | null;
  readonly correctionNote: string | null;
}

/** The public "Updated" time, or null when the story has not changed since it was posted. */
export function effectiveUpdate(times: Pick<StoryTimes, 'publishedAt' | 'updatedAt'>): Date | null {
  return times.updatedAt !== null && times.updatedAt.getTime() > times.publishedAt.getTime() ? times.updatedAt : null;
}

/**
 * "Posted" and, when the story changed after it was posted, "Updated", both
 * as real `<time>` elements in the HTML so crawlers see them without script.
 * A correction is always shown, labelled as one: a newsroom never hides that
 * it corrected a story. An update note shows only with the Updated time.
 */
export function renderStoryTimes(times: StoryTimes, zone: DateZone): SafeHtml {
  const updated = effectiveUpdate(times);
  const correction = times.correctionNote?.trim()
    ? html`<p class="note"><strong>Correction:</strong> ${times.correctionNote}</p>`
    : '';
  const update = updated && times.updateNote?.trim() ? html`<p class="note"><strong>Update:</strong> ${times.updateNote}</p>` : '';
  return html`<p class="story-times"><span>Posted: ${renderTime(times.publishedAt, zone)}</span>${
    updated ? html` <span>Updated: ${renderTime(updated, zone)}</span>` : ''
  }</p>${correction}${update}`;
}
