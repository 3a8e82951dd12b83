/**
 * Works on bodies already in the sanitizer's form: `<figure>` has no
 * attributes, every attribute value is double-quoted with `"`, `<` and `>`
 * escaped, so tags can be read with patterns.
 */

export interface BodyImage {
  readonly src: string | null;
  readonly assocRef: string | null;
}

const IMG = /<img\b[^>]*>/g;
// Innermost figures: no other figure inside.
const FIGURE = /<figure>(?:(?!<\/?figure>)[\s\S])*?<\/figure>/g;

function attribute(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decode(m[1]) : null;
}

function decode(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#0*39;/g, "'").replace(/&amp;/g, '&');
}

const imageOf = (tag: string): BodyImage => ({ src: attribute(tag, 'src'), assocRef: attribute(tag, 'data-assoc-ref') });

/** Every image in the body, in order. */
export function bodyImages(html: string): BodyImage[] {
  return [...html.matchAll(IMG)].map((m) => imageOf(m[0]));
}

/**
 * Removes each image the predicate picks, with its figure (caption and
 * credit go with the picture); a figure left without an image goes too.
 */
export function removeBodyImages(html: string, drop: (image: BodyImage) => boolean): string {
  if (!html.includes('<img')) return html;
  const withoutFigures = html.replace(FIGURE, (figure) => {
    const images = [...figure.matchAll(IMG)].map((m) => imageOf(m[0]));
    return images.length > 0 && images.some(drop) ? '' : figure;
  });
  return withoutFigures
    .replace(IMG, (tag) => (drop(imageOf(tag)) ? '' : tag))
    .replace(/\n{2,}/g, '\n')
    .trim();
}
