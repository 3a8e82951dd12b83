import { html, type SafeHtml } from '../html.ts';
import type { PageInfo } from '../view-models.ts';

export type PageSlot = number | 'gap';

/**
 * Which page numbers to show: the first, the last, and two either side of
 * the current page, with gaps between, so a 400-page section still fits on
 * a phone.
 */
export function pageWindow(page: number, totalPages: number): PageSlot[] {
  const wanted = new Set([1, totalPages]);
  for (let p = page - 2; p <= page + 2; p += 1) if (p >= 1 && p <= totalPages) wanted.add(p);
  const sorted = [...wanted].filter((p) => p >= 1 && p <= totalPages).sort((a, b) => a - b);
  const slots: PageSlot[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1] > 1) slots.push(p - sorted[i - 1] === 2 ? p - 1 : 'gap');
    slots.push(p);
  });
  return slots;
}

/** Links between the pages of a list; nothing when the list fits on one page. */
export function renderPagination(info: PageInfo, hrefFor: (page: number) => string): SafeHtml | '' {
  const { page, totalPages } = info;
  if (totalPages <= 1) return '';
  const slot = (s: PageSlot) =>
    s === 'gap'
      ? html`<li><span aria-hidden="true">…</span></li>`
      : html`<li><a href="${hrefFor(s)}"${s === page ? html` aria-current="page"` : ''}><span class="visually-hidden">Page </span>${s}</a></li>`;
  const prev = page > 1 ? html`<li><a href="${hrefFor(page - 1)}" rel="prev">Previous</a></li>` : '';
  const next = page < totalPages ? html`<li><a href="${hrefFor(page + 1)}" rel="next">Next</a></li>` : '';
  return html`<nav class="pagination" aria-label="Pages"><ul>${prev}${pageWindow(page, totalPages).map(slot)}${next}</ul></nav>`;
}
