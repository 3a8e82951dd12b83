import { effectiveUpdate } from '../components/story-times.ts';
import { absoluteUrl, urls } from '../urls.ts';
import type { ArticleView, SiteChrome } from '../view-models.ts';
import { imageJsonLd } from './image-json-ld.ts';
import { compact, type JsonLd } from './json-ld.ts';
import { publisherJsonLd } from './publisher-json-ld.ts';

/** "By DAVID PITT, Associated Press" → "DAVID PITT, Associated Press": schema.org wants the name, not the label. */
function bylineName(byline: string): string {
  return byline.replace(/^\s*by\s+/i, '').trim();
}

function authorsJsonLd(article: ArticleView, baseUrl: string): JsonLd[] {
  if (article.authors.length > 0) {
    return article.authors.map((a) =>
      compact({ '@type': 'Person', name: a.name, jobTitle: a.title, url: absoluteUrl(baseUrl, urls.author(a.slug)) }),
    );
  }
  const name = article.byline ? bylineName(article.byline) : '';
  return name ? [{ '@type': 'Person', name }] : [];
}

export function newsArticleJsonLd(chrome: SiteChrome, article: ArticleView, description: string | null): JsonLd {
  const { baseUrl } = chrome.settings;
  const url = absoluteUrl(baseUrl, urls.article(article.section.path, article.slug));
  const place = article.dateline?.place ?? null;
  return compact({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    headline: article.headline,
    description,
    image: article.lead ? [imageJsonLd(baseUrl, article.lead.image, article.lead.caption, article.lead.credit)] : null,
    datePublished: article.publishedAt.toISOString(),
    dateModified: (effectiveUpdate(article) ?? article.publishedAt).toISOString(),
    author: authorsJsonLd(article, baseUrl),
    publisher: publisherJsonLd(chrome),
    articleSection: article.section.name,
    keywords: article.tags.map((t) => t.name),
    inLanguage: article.language,
    dateline: place,
    locationCreated: place ? { '@type': 'Place', name: place } : null,
    copyrightNotice: article.rights.copyrightNotice,
    copyrightHolder: article.rights.copyrightHolder ? { '@type': 'Organization', name: article.rights.copyrightHolder } : null,
    isAccessibleForFree: true,
  });
}
