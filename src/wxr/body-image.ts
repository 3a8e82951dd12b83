import { escapeHtml } from '../site/html.ts';

/** A picture as an imported body shows it: our rendition when the file was imported, else the old site's file. */
export interface BodyImage {
  readonly src: string;
  readonly alt: string;
  readonly width: number | null;
  readonly height: number | null;
  /** Plain text. */
  readonly caption: string | null;
}

export function bodyImageHtml(image: BodyImage): string {
  const size = image.width && image.height ? ` width="${image.width}" height="${image.height}"` : '';
  return `<img src="${escapeHtml(image.src)}" alt="${escapeHtml(image.alt)}"${size}>`;
}

export function bodyFigureHtml(image: BodyImage): string {
  const caption = image.caption ? `<figcaption>${escapeHtml(image.caption)}</figcaption>` : '';
  return `<figure>${bodyImageHtml(image)}${caption}</figure>`;
}
