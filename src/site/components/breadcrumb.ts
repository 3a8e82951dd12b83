import { html, type SafeHtml } from '../html.ts';
import { urls } from '../urls.ts';
import type { SectionLink } from '../view-models.ts';

export interface BreadcrumbItem {
  readonly name: string;
  readonly path: string;
}

/** Home, then each section from the top level down. */
export function sectionTrail(sections: readonly SectionLink[]): BreadcrumbItem[] {
  return [{ name: 'Home', path: urls.home() }, ...sections.map((s) => ({ name: s.name, path: urls.section(s.path) }))];
}

/**
 * The trail as a labelled list of links. When the last item is the page
 * itself it is marked `aria-current="page"`.
 */
export function renderBreadcrumb(items: readonly BreadcrumbItem[], lastIsCurrent: boolean): SafeHtml {
  const last = items.length - 1;
  return html`<nav class="breadcrumb" aria-label="Breadcrumb"><ol>${items.map(
    (item, i) =>
      html`<li><a href="${item.path}"${lastIsCurrent && i === last ? html` aria-current="page"` : ''}>${item.name}</a></li>`,
  )}</ol></nav>`;
}
