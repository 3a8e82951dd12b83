import type { FigureView } from '../view-models.ts';
import { html, type SafeHtml } from '../html.ts';
import { renderPicture, type ImageLoading } from './picture.ts';
import { collapseWhitespace } from '../../domain/collapse-whitespace.ts';

function normalize(text: string): string {
  return collapseWhitespace(text).toLowerCase();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whether the caption already names the credit, so the page need not repeat
 * it. Wire captions usually end with the credit in parentheses: the caption
 * "… (Russian Embassy … via AP)" carries the credit "Russian Embassy … via AP",
 * and "… (AP Photo/Jane Doe)" carries the credit "AP".
 */
export function captionIncludesCredit(caption: string, credit: string): boolean {
  const text = normalize(caption).replace(/[\s.)\]]+$/, '');
  const name = normalize(credit).replace(/^[([]+/, '').replace(/[\s.)\]]+$/, '');
  if (name === '') return true;
  if (text.endsWith(name)) return true;
  const trailing = /\(([^()]*)$/.exec(text);
  return trailing !== null && new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(name)}($|[^\\p{L}\\p{N}])`, 'u').test(trailing[1]);
}

/** A photo with its caption, and its credit as a separate element unless the caption already ends with it. */
export function renderFigure(figure: FigureView, options: { readonly loading?: ImageLoading; readonly className?: string } = {}): SafeHtml {
  const { caption, credit } = figure;
  const showCredit = credit !== null && credit.trim() !== '' && (caption === null || !captionIncludesCredit(caption, credit));
  const captionText = caption !== null && caption.trim() !== '' ? html`<span class="caption">${caption}</span>` : '';
  const creditText = showCredit ? html`<span class="credit">${credit}</span>` : '';
  const figcaption = captionText || creditText ? html`<figcaption>${captionText}${creditText}</figcaption>` : '';
  return html`<figure${options.className ? html` class="${options.className}"` : ''}>${renderPicture(figure.image, { loading: options.loading })}${figcaption}</figure>`;
}
