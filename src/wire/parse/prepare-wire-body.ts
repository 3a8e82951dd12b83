import sanitizeHtml from 'sanitize-html';
import { sanitizeBodyHtml, textToParagraphs } from '../../domain/sanitize-html.ts';
import type { WireBody } from './wire-body.ts';
import { collapseWhitespace } from '../../domain/collapse-whitespace.ts';

/** An image the body places itself, tied to a picture association by `data-assoc-ref` (TT). */
export interface InlineImage {
  readonly assocRef: string;
  readonly alt: string | null;
  /** The byline TT writes inside the image's figure ("Karl Melander/TT"). */
  readonly credit: string | null;
}

export interface PreparedBody {
  /** Sanitized HTML. */
  readonly html: string;
  /** The markup itself flagged a dateline (dpa's `<span class="dateline">`). */
  readonly datelineMarked: boolean;
  readonly inlineImages: readonly InlineImage[];
}

export interface BodyContext {
  readonly headline: string | null;
  readonly dek: string | null;
}

/**
 * Turns a delivered body into what we store: metadata the agency repeats
 * inside the body is removed (we show those fields ourselves), then the body
 * goes through the one sanitizer.
 */
export function prepareWireBody(body: WireBody | null, context: BodyContext): PreparedBody {
  if (body === null) return { html: '', datelineMarked: false, inlineImages: [] };
  if (body.kind === 'text') return { html: textToParagraphs(body.value), datelineMarked: false, inlineImages: [] };
  // Most bodies carry none of what the first pass looks for; they go straight to the sanitizer.
  if (!MARKERS.test(body.value)) return { html: sanitizeBodyHtml(body.value), datelineMarked: false, inlineImages: [] };

  let datelineMarked = false;
  const inlineImages: { assocRef: string; alt: string | null; credit: string | null }[] = [];
  let figureDepth = 0;
  let figureImage: (typeof inlineImages)[number] | null = null;
  const headline = comparable(context.headline);
  const dek = comparable(context.dek);
  // A pass that keeps every tag and attribute, only to see classes and drop
  // repeated metadata; its output is untrusted and goes to the sanitizer.
  const stripped = sanitizeHtml(body.value, {
    allowedTags: false,
    allowedAttributes: false,
    allowVulnerableTags: true,
    parseStyleAttributes: false,
    onOpenTag: (name, attribs) => {
      if (classes(attribs).includes('dateline')) datelineMarked = true;
      if (name === 'figure') figureDepth += 1;
      const ref = attribs['data-assoc-ref'];
      if (name === 'img' && ref) {
        const image = { assocRef: ref, alt: attribs.alt?.trim() || null, credit: null };
        inlineImages.push(image);
        figureImage = figureDepth > 0 ? image : null;
      }
    },
    onCloseTag: (name) => {
      if (name !== 'figure' || figureDepth === 0) return;
      figureDepth -= 1;
      if (figureDepth === 0) figureImage = null;
    },
    exclusiveFilter: (frame) => {
      const repeated = isRepeatedMetadata(frame, headline, dek);
      if (repeated && figureImage && classes(frame.attribs).includes('byline')) {
        figureImage.credit = collapseWhitespace(frame.text) || null;
      }
      return repeated;
    },
  });
  return { html: sanitizeBodyHtml(stripped), datelineMarked, inlineImages };
}

/**
 * What the first pass acts on: a class (dateline, byline, teaser, dat), a
 * header or h1-h4 element, an image tied to an association. A body without
 * any of these would come out of it unchanged. Matched loosely (a `class`
 * in text also counts), which costs only the extra pass.
 */
const MARKERS = /class|data-assoc-ref|<\s*(?:header|h[1-4])\b/i;

function isRepeatedMetadata(frame: sanitizeHtml.IFrame, headline: string, dek: string): boolean {
  const tag = frame.tag.toLowerCase();
  const cls = classes(frame.attribs);
  // dpa's XHTML header holds the publication time, a subject list, the
  // embargo notice and the title; TT and dpa repeat the headline as h1.
  if (tag === 'header' || tag === 'h1') return true;
  // TT's "dat" line (vignette and source) and bylines, which we keep as fields.
  if (cls.includes('dat') || cls.includes('byline')) return true;
  // The text is compared only where it can match: this runs for every element of every body.
  if (cls.includes('teaser') && dek !== '' && comparable(frame.text) === dek) return true;
  return /^h[2-4]$/.test(tag) && headline !== '' && comparable(frame.text) === headline;
}

function classes(attribs: Readonly<Record<string, string>>): string[] {
  const value = attribs.class;
  if (value === undefined || value === '') return [];
  return value.toLowerCase().split(/\s+/).filter(Boolean);
}

function comparable(s: string | null): string {
  return collapseWhitespace(s ?? '').toLocaleLowerCase();
}
