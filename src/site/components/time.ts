import { formatDateTime, type DateStyle, type DateZone } from '../format/date-time.ts';
import { html, type SafeHtml } from '../html.ts';

/**
 * `<time>` with the exact instant in `datetime` (UTC ISO 8601, for machines)
 * and the station's local wall-clock time as its text (for readers).
 */
export function renderTime(date: Date, zone: DateZone, style: DateStyle = 'date-time'): SafeHtml {
  return html`<time datetime="${date.toISOString()}">${formatDateTime(date, zone, style)}</time>`;
}
