import { renderLayout } from '../components/layout.ts';
import { renderPagination } from '../components/pagination.ts';
import { renderVideoGrid } from '../components/video-card.ts';
import { html } from '../html.ts';
import { pagedTitle } from '../seo/page-title.ts';
import { urls } from '../urls.ts';
import type { SiteChrome, VideoHubView } from '../view-models.ts';

/** Every video, newest first: forecasts, sports, local news. */
export function renderVideoHubPage(chrome: SiteChrome, view: VideoHubView): string {
  const { settings } = chrome;
  const main = html`<h1>Video</h1>
${renderVideoGrid(view.videos, settings, 2, 'No videos have been published yet.')}
${renderPagination(view.pageInfo, (p) => urls.videoHub(p))}`;
  return renderLayout(
    chrome,
    {
      title: pagedTitle('Video', view.pageInfo.page),
      description: `The latest video from ${settings.name}.`,
      canonicalPath: urls.videoHub(view.pageInfo.page),
      ogType: 'website',
      image: null,
    },
    { main },
  );
}
