import { html, type SafeHtml } from '../site/html.ts';
import type { MarkedSegment } from './marked-text.ts';

/** A snippet as HTML: every run escaped, matched runs in `<mark>`. */
export function snippetHtml(segments: readonly MarkedSegment[]): SafeHtml {
  return html`${segments.map((s) => (s.marked ? html`<mark>${s.text}</mark>` : s.text))}`;
}
