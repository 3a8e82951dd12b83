import { html, type SafeHtml } from '../html.ts';
import { urls } from '../urls.ts';

export interface SearchFormOptions {
  /** Unique per page: the header and the search page each have a form. */
  readonly id: string;
  /** Names the search landmark; two on one page must differ. */
  readonly label: string;
  readonly query?: string;
  /** Show the field's label on screen (the search page) or only to screen readers (the header). */
  readonly visibleLabel?: boolean;
}

/** A plain GET form to the search page: works without script and can be bookmarked. */
export function renderSearchForm(options: SearchFormOptions): SafeHtml {
  const inputId = `${options.id}-q`;
  // role="search" on the form rather than <search>: announced as a landmark by every screen reader in use today.
  return html`<form class="search-form" role="search" aria-label="${options.label}" action="${urls.search()}" method="get"><label for="${inputId}"${
    options.visibleLabel ? '' : html` class="visually-hidden"`
  }>Search stories</label><input type="search" id="${inputId}" name="q" value="${options.query ?? ''}" enterkeyhint="search"><button type="submit">Search</button></form>`;
}
