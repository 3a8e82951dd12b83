export interface FocalPoint {
  /** 0..1 from the left edge. */
  readonly x: number;
  /** 0..1 from the top edge. */
  readonly y: number;
}

/** A stored original image with its editorial metadata. Renditions are derived from `storageKey`. */
export interface MediaAsset {
  readonly id: number;
  /** Content address of the original in the media store (sha256 hex + extension). */
  readonly storageKey: string;
  readonly mimeType: string;
  readonly width: number;
  readonly height: number;
  readonly bytes: number;
  readonly alt: string;
  readonly caption: string | null;
  readonly credit: string | null;
  readonly focal: FocalPoint;
  /** Wire identity of a picture item, so a kill of the picture can find every use. */
  readonly wireProvider: string | null;
  readonly wireGuid: string | null;
  readonly createdAt: Date;
}

export interface Series {
  readonly id: number;
  readonly slug: string;
  readonly name: string;
  readonly description: string | null;
}

export interface Video {
  readonly id: number;
  readonly slug: string;
  readonly title: string;
  readonly description: string | null;
  /** Poster image. */
  readonly thumbnailMediaId: number | null;
  /** MP4 or HLS URL, or a media-store key for an uploaded file. */
  readonly sourceUrl: string;
  readonly durationSeconds: number | null;
  readonly publishedAt: Date;
  readonly seriesId: number | null;
  readonly sectionId: number | null;
}
