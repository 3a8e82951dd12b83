import { isMediaError } from '../../media/media-error.ts';
import { DEFAULT_IMAGE_LIMITS } from '../../media/image-limits.ts';
import { ingestImage, type IngestedImage } from '../../media/ingest-image.ts';
import type { WirePicture, WireRendition } from '../wire-item.ts';
import { chooseRendition, DEFAULT_MAX_PICTURE_WIDTH } from './choose-rendition.ts';
import type { WireIngestDeps } from './wire-ingest-deps.ts';

/** A picture made ready before the item's transaction opens, so no download holds the store. */
export interface PreparedPicture {
  readonly picture: WirePicture;
  /** Downloaded, decoded and kept in the media store; null when shown remotely or not fetched. */
  readonly image: IngestedImage | null;
  /** The agency's rendition, when the source shows pictures from the agency's URLs. */
  readonly remote: WireRendition | null;
  /** Why the picture could not be made ready; the story goes ahead without it. */
  readonly problem: string | null;
}

/**
 * Downloads the chosen rendition and takes it in through `ingestImage`
 * (what it decodes as decides, never its name or declared type), or, for a
 * source showing remote pictures, only picks the rendition. `skipDownload`
 * is set when the media store already holds this picture.
 */
export async function preparePicture(
  deps: WireIngestDeps,
  picture: WirePicture,
  options: { readonly remote: boolean; readonly skipDownload: boolean },
): Promise<PreparedPicture> {
  const limits = deps.imageLimits ?? DEFAULT_IMAGE_LIMITS;
  const rendition = chooseRendition(picture.renditions, { maxWidth: deps.maxPictureWidth ?? DEFAULT_MAX_PICTURE_WIDTH, maxBytes: limits.maxBytes });
  const label = `picture ${picture.guid ?? picture.name}`;
  if (options.skipDownload) return { picture, image: null, remote: options.remote ? rendition : null, problem: null };
  if (rendition === null) {
    const problem = picture.renditions.length === 0 ? `${label} has no renditions yet` : `${label} has no image rendition within the limits`;
    return { picture, image: null, remote: null, problem };
  }
  if (options.remote) return { picture, image: null, remote: rendition, problem: null };
  try {
    const bytes = await deps.fetcher.fetch(rendition.href, limits.maxBytes);
    const image = await ingestImage(deps.media, bytes, { limits, queue: deps.imageQueue });
    return { picture, image, remote: null, problem: null };
  } catch (error) {
    const why = isMediaError(error) ? `not a usable image (${error.code}: ${error.message})` : (error as Error).message;
    return { picture, image: null, remote: null, problem: `${label} could not be fetched: ${why}` };
  }
}
