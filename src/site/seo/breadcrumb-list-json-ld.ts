import type { BreadcrumbItem } from '../components/breadcrumb.ts';
import { absoluteUrl } from '../urls.ts';
import type { JsonLd } from './json-ld.ts';

/** BreadcrumbList for the same trail the page shows, with absolute URLs as search engines require. */
export function breadcrumbListJsonLd(baseUrl: string, items: readonly BreadcrumbItem[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: absoluteUrl(baseUrl, item.path),
    })),
  };
}
