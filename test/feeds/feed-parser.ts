import Parser from 'rss-parser';

/** Channel fields rss-parser sets but does not declare. */
export interface ParsedFeedFields {
  language?: string;
  lastBuildDate?: string;
}

/**
 * Item fields rss-parser sets but does not declare, and raw elements kept
 * alongside its own mapping for the attributes and repeated elements it drops.
 */
export interface RawItemFields {
  id?: string;
  author?: string;
  'content:encoded'?: string;
  guidElements?: { _: string; $: { isPermaLink: string } }[];
  creators?: string[];
  mediaContent?: { $: Record<string, string> }[];
  authors?: { name: string[] }[];
  categoryElements?: { $: { term: string } }[];
  links?: { $: Record<string, string> }[];
  published?: string;
  updated?: string;
}

/** A real feed parser (xml2js over sax in strict mode) for RSS 2.0 and Atom 1.0. */
export const feedParser: Parser<ParsedFeedFields, RawItemFields> = new Parser({
  customFields: {
    feed: ['language'],
    item: [
      ['guid', 'guidElements', { keepArray: true }],
      ['dc:creator', 'creators', { keepArray: true }],
      ['media:content', 'mediaContent', { keepArray: true }],
      ['author', 'authors', { keepArray: true }],
      ['category', 'categoryElements', { keepArray: true }],
      ['link', 'links', { keepArray: true }],
      'published',
      'updated',
    ],
  },
});
