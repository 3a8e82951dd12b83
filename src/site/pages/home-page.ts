import { renderLayout } from '../components/layout.ts';
import { renderRails } from '../components/rails.ts';
import { renderStoryCard } from '../components/story-card.ts';
import { renderVideoGrid } from '../components/video-card.ts';
import { html, type SafeHtml } from '../html.ts';
import { websiteJsonLd } from '../seo/website-json-ld.ts';
import { urls } from '../urls.ts';
import { EMPTY_RAILS, type HomeView, type SectionBlock, type SiteChrome } from '../view-models.ts';

function renderSectionBlock(chrome: SiteChrome, block: SectionBlock): SafeHtml | '' {
  if (block.stories.length === 0) return '';
  return html`<section class="block"><div class="block-head"><h2><a href="${urls.section(block.section.path)}">${block.section.name}</a></h2></div><div class="cards">${block.stories.map(
    (s) => renderStoryCard(s, chrome.settings, { headingLevel: 3 }),
  )}</div></section>`;
}

/**
 * The front page: the lead story large (its image is the page's largest
 * paint, so it is fetched first), the other top stories, one block per
 * section, the newest videos, and trending and the editors' list alongside.
 */
export function renderHomePage(chrome: SiteChrome, home: HomeView): string {
  const { settings } = chrome;
  const [lead, ...rest] = home.topStories;
  const top = lead
    ? html`<section class="block"><h2>Top Stories</h2><div class="cards">${renderStoryCard(lead, settings, {
        headingLevel: 3,
        lead: true,
        imageLoading: 'priority',
        showSection: true,
      })}${rest.map((s) => renderStoryCard(s, settings, { headingLevel: 3, showSection: true }))}</div></section>`
    : html`<p class="empty">No stories have been published yet.</p>`;
  const videos =
    home.videos.length > 0
      ? html`<section class="block"><div class="block-head"><h2><a href="${urls.videoHub()}">Video</a></h2><a class="more" href="${urls.videoHub()}">More Video</a></div>${renderVideoGrid(
          home.videos,
          settings,
          3,
          '',
        )}</section>`
      : '';
  const main = html`<h1 class="visually-hidden">${settings.name}</h1>
${top}
${home.sectionBlocks.map((b) => renderSectionBlock(chrome, b))}
${videos}`;
  return renderLayout(
    chrome,
    {
      title: null,
      description: settings.tagline || null,
      canonicalPath: urls.home(),
      ogType: 'website',
      image: chrome.logo,
      jsonLd: [websiteJsonLd(chrome)],
    },
    { main, aside: renderRails(chrome, { ...EMPTY_RAILS, trending: home.trending, dontMiss: home.dontMiss }) },
  );
}
