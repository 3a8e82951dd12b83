/**
 * What a page needs to show one image: every URL is content-addressed and
 * immutable, and width/height are always known so the page never shifts.
 */
export interface ImageSource {
  readonly type: 'image/avif' | 'image/webp' | 'image/jpeg';
  /** "url 320w, url 640w, ..." */
  readonly srcset: string;
}

export interface ResponsiveImage {
  readonly alt: string;
  readonly width: number;
  readonly height: number;
  /** JPEG URL for browsers that take none of `sources`. */
  readonly src: string;
  readonly sources: readonly ImageSource[];
  /** The `sizes` attribute: "(min-width: 960px) 640px, 100vw". */
  readonly sizes: string;
}
