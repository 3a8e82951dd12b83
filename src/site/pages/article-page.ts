import { renderBreadcrumb, sectionTrail } from '../components/breadcrumb.ts';
import { renderByline } from '../components/byline.ts';
import { bodyWithDateline } from '../components/dateline.ts';
import { renderFigure } from '../components/figure.ts';
import { renderLayout, topLevelSection } from '../components/layout.ts';
import { copyLinkScript, pageViewBeacon } from '../components/page-scripts.ts';
import { renderRails } from '../components/rails.ts';
import { renderShareLinks } from '../components/share-links.ts';
import { renderStoryGrid } from '../components/story-card.ts';
import { effectiveUpdate, renderStoryTimes } from '../components/story-times.ts';
import { html, raw, type SafeHtml } from '../html.ts';
import { breadcrumbListJsonLd } from '../seo/breadcrumb-list-json-ld.ts';
import { newsArticleJsonLd } from '../seo/news-article-json-ld.ts';
import { plainTextExcerpt } from '../seo/text-excerpt.ts';
import { absoluteUrl, urls } from '../urls.ts';
import type { ArticleView, RailsView, SiteChrome } from '../view-models.ts';

function primaryLanguage(tag: string): string {
  return tag.split('-')[0].toLowerCase();
}

function renderRights(rights: ArticleView['rights']): SafeHtml | '' {
  const parts = [rights.copyrightNotice, rights.usageTerms].filter((p): p is string => p !== null && p.trim() !== '');
  if (parts.length === 0) return '';
  return html`<p class="rights">${parts.map((p, i) => html`${i > 0 ? ' ' : ''}<span>${p}</span>`)}</p>`;
}

function renderTags(tags: ArticleView['tags']): SafeHtml | '' {
  if (tags.length === 0) return '';
  return html`<nav class="tags" aria-label="Topics"><ul>${tags.map(
    (t) => html`<li><a href="${urls.tag(t.slug)}" rel="tag">${t.name}</a></li>`,
  )}</ul></nav>`;
}

/**
 * One story, with everything a station's story page carries: breadcrumb,
 * headline, dek, byline, posted/updated times and notes, lead photo with
 * caption and credit, dateline, body, rights, topics, sharing, related
 * stories, and the side rails.
 */
export function renderArticlePage(chrome: SiteChrome, article: ArticleView, rails: RailsView): string {
  const { settings } = chrome;
  const path = urls.article(article.section.path, article.slug);
  const url = absoluteUrl(settings.baseUrl, path);
  const description = article.dek?.trim() || plainTextExcerpt(article.bodyHtml) || null;
  const trail = sectionTrail([...article.parentSections, article.section]);
  const body =
    article.dateline && !article.bodyHasDateline ? bodyWithDateline(article.bodyHtml, article.dateline) : raw(article.bodyHtml);
  // A Spanish story on an English site must be read with Spanish voices and hyphenation.
  const lang =
    primaryLanguage(article.language) !== primaryLanguage(settings.locale) ? html` lang="${article.language}"` : '';
  const related =
    rails.related.length > 0
      ? html`<section class="related"><h2>Related Stories</h2>${renderStoryGrid(rails.related, settings, {
          headingLevel: 3,
          showSection: true,
          empty: '',
        })}</section>`
      : '';

  const main = html`<article class="story"${lang}>
${renderBreadcrumb(trail, false)}
<header>
<h1>${article.headline}</h1>
${article.dek ? html`<p class="dek">${article.dek}</p>` : ''}
${renderByline(article.authors, article.byline, settings.locale)}
${renderStoryTimes(article, settings)}
</header>
${article.lead ? renderFigure(article.lead, { loading: 'priority', className: 'lead' }) : ''}
<div class="story-body">${body}</div>
${renderRights(article.rights)}
${renderTags(article.tags)}
${renderShareLinks({ url, title: article.headline, summary: description })}
</article>
${related}`;

  return renderLayout(
    chrome,
    {
      title: article.headline,
      description,
      canonicalPath: path,
      ogType: 'article',
      image: article.lead?.image ?? null,
      article: {
        publishedAt: article.publishedAt,
        modifiedAt: effectiveUpdate(article) ?? article.publishedAt,
        section: article.section.name,
        tags: article.tags.map((t) => t.name),
      },
      feeds: [
        { title: `${settings.name}: ${article.section.name}`, path: urls.sectionFeed(article.section.path), type: 'application/rss+xml' },
      ],
      jsonLd: [newsArticleJsonLd(chrome, article, description), breadcrumbListJsonLd(settings.baseUrl, trail)],
    },
    {
      main,
      aside: renderRails(chrome, rails),
      activeSection: topLevelSection(article.section.path),
      scripts: [copyLinkScript(), pageViewBeacon(article.id)],
    },
  );
}
