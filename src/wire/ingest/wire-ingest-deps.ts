import type { ImageLimits } from '../../media/image-limits.ts';
import type { JobQueue } from '../../media/job-queue.ts';
import type { MediaStore } from '../../media/media-store.ts';
import type { ServiceContext } from '../../service-context.ts';
import type { WireFetcher } from '../fetch/wire-fetcher.ts';
import type { NinjsSchemaValidator } from '../parse/ninjs-schema.ts';
import type { SourceSettingsResolver } from './source-settings.ts';

/** What ingesting needs besides the item: the same for the CLI, the drop folder, the poller and the push endpoint. */
export interface WireIngestDeps {
  readonly ctx: ServiceContext;
  /** Where downloaded pictures are kept. */
  readonly media: MediaStore;
  readonly fetcher: WireFetcher;
  readonly sources: SourceSettingsResolver;
  /** Reports ninjs schema violations on receipts when the IPTC schemas are installed. */
  readonly schemaValidator?: NinjsSchemaValidator | null;
  readonly imageLimits?: ImageLimits;
  /** Shared with uploads, so a burst of wire pictures cannot take every thread. */
  readonly imageQueue?: JobQueue;
  /** Widest picture rendition worth downloading; agencies also send print-size originals. */
  readonly maxPictureWidth?: number;
}
