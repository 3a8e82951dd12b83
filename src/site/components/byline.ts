import type { Author } from '../../domain/taxonomy.ts';
import { html, type SafeHtml } from '../html.ts';
import { urls } from '../urls.ts';

const listFormats = new Map<string, Intl.ListFormat>();

/** A list formatter is costly to build and the site has one locale: one is kept per locale. */
function listFormat(locale: string): Intl.ListFormat {
  let f = listFormats.get(locale);
  if (!f) {
    f = new Intl.ListFormat(locale, { type: 'conjunction' });
    listFormats.set(locale, f);
  }
  return f;
}

/**
 * "By Ana Ruiz, Ben Cole and Dee Park", each name a link to the author's
 * page, with the list joined the way the site's locale joins lists. Without
 * author records, the free byline is shown as the wire or editor wrote it.
 */
export function renderByline(authors: readonly Author[], byline: string | null, locale: string): SafeHtml | '' {
  if (authors.length > 0) {
    const bySlug = new Map(authors.map((a) => [a.slug, a]));
    const parts = listFormat(locale).formatToParts(authors.map((a) => a.slug));
    const names = parts.map((part) => {
      const author = part.type === 'element' ? bySlug.get(part.value) : undefined;
      return author ? html`<a href="${urls.author(author.slug)}" rel="author">${author.name}</a>` : part.value;
    });
    return html`<p class="byline">By ${names}</p>`;
  }
  if (byline && byline.trim() !== '') return html`<p class="byline">${byline}</p>`;
  return '';
}
