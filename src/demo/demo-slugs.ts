/**
 * The slugs the loader gives demo records. They derive from the text a
 * reader sees, exactly as an editor's new story would get one.
 */
import { slugify } from '../domain/slug.ts';
import type { DemoAuthor, DemoStory, DemoVideo } from './demo-types.ts';

export const storySlug = (story: Pick<DemoStory, 'headline'>): string => slugify(story.headline);
export const videoSlug = (video: Pick<DemoVideo, 'title'>): string => slugify(video.title);
export const authorSlug = (author: Pick<DemoAuthor, 'name'>): string => slugify(author.name);
export const tagSlug = (tagName: string): string => slugify(tagName);
