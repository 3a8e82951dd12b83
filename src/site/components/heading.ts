import { html, raw, type HtmlValue, type SafeHtml } from '../html.ts';

export type HeadingLevel = 2 | 3 | 4;

/** A heading whose level depends on where a component is placed, so outlines never skip a level. */
export function renderHeading(level: HeadingLevel, content: HtmlValue): SafeHtml {
  const tag = raw(`h${level}`);
  return html`<${tag}>${content}</${tag}>`;
}
