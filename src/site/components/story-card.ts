import type { DateZone } from '../format/date-time.ts';
import { html, type SafeHtml } from '../html.ts';
import { urls } from '../urls.ts';
import type { StorySummary } from '../view-models.ts';
import { renderHeading, type HeadingLevel } from './heading.ts';
import { renderPicture, type ImageLoading } from './picture.ts';
import { renderTime } from './time.ts';

export interface StoryCardOptions {
  readonly headingLevel: HeadingLevel;
  /** The front's lead story: full width, larger headline. */
  readonly lead?: boolean;
  readonly imageLoading?: ImageLoading;
  /** Section name above the headline; off where every card shares one section. */
  readonly showSection?: boolean;
}

/** Sizes for a card image in the card grid (one column on phones, up to three on wide screens). */
const CARD_SIZES = '(min-width: 60rem) 22rem, (min-width: 32rem) 45vw, 100vw';
const LEAD_SIZES = '(min-width: 60rem) 40rem, 100vw';

export function storyPath(story: Pick<StorySummary, 'section' | 'slug'>): string {
  return urls.article(story.section.path, story.slug);
}

/**
 * Cards drawn, by story and look. Summaries kept with the shared values
 * (rails, related stories) are the same objects page after page until a
 * change replaces them, so their cards are drawn once; others are let go
 * with their summaries.
 */
const drawn = new WeakMap<StorySummary, Map<string, SafeHtml>>();

export function renderStoryCard(story: StorySummary, zone: DateZone, options: StoryCardOptions): SafeHtml {
  const key = `${zone.locale}|${zone.timeZone}|${options.headingLevel}|${options.lead === true}|${options.imageLoading ?? 'lazy'}|${options.showSection === true}`;
  let looks = drawn.get(story);
  if (!looks) drawn.set(story, (looks = new Map()));
  let out = looks.get(key);
  if (!out) {
    out = drawCard(story, zone, options);
    looks.set(key, out);
  }
  return out;
}

function drawCard(story: StorySummary, zone: DateZone, options: StoryCardOptions): SafeHtml {
  const image = story.image
    ? renderPicture(story.image, { loading: options.imageLoading ?? 'lazy', sizes: options.lead ? LEAD_SIZES : CARD_SIZES })
    : '';
  const section = options.showSection
    ? html`<p class="meta"><a href="${urls.section(story.section.path)}">${story.section.name}</a></p>`
    : '';
  return html`<article class="card${options.lead ? ' card-lead' : ''}">${image}<div>${section}${renderHeading(
    options.headingLevel,
    html`<a href="${storyPath(story)}">${story.headline}</a>`,
  )}${story.dek ? html`<p>${story.dek}</p>` : ''}<p class="meta">${renderTime(story.publishedAt, zone)}</p></div></article>`;
}

/** A grid of cards, or a short note when there is nothing to list. */
export function renderStoryGrid(
  stories: readonly StorySummary[],
  zone: DateZone,
  options: StoryCardOptions & { readonly empty: string },
): SafeHtml {
  if (stories.length === 0) return html`<p class="empty">${options.empty}</p>`;
  return html`<div class="cards">${stories.map((s) => renderStoryCard(s, zone, options))}</div>`;
}
