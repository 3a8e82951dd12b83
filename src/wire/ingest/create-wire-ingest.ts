import type { MediaStore } from '../../media/media-store.ts';
import type { ServiceContext } from '../../service-context.ts';
import { createWireFetcher, type WireFetcher } from '../fetch/wire-fetcher.ts';
import { loadNinjsSchemaValidator } from '../parse/ninjs-schema.ts';
import { cachedSourceSettings } from './source-settings.ts';
import type { WireIngestDeps } from './wire-ingest-deps.ts';

export interface WireIngestSetup {
  readonly ctx: ServiceContext;
  readonly media: MediaStore;
  /** Folder with the IPTC ninjs schemas (config `NINJS_SCHEMA_DIR`), or undefined. */
  readonly ninjsSchemaDir?: string;
  readonly fetcher?: WireFetcher;
}

/** The ingest's dependencies as the server and the CLI build them. */
export async function createWireIngest(setup: WireIngestSetup): Promise<WireIngestDeps> {
  return {
    ctx: setup.ctx,
    media: setup.media,
    fetcher: setup.fetcher ?? createWireFetcher(),
    sources: cachedSourceSettings(setup.ctx.store),
    schemaValidator: setup.ninjsSchemaDir ? await loadNinjsSchemaValidator(setup.ninjsSchemaDir) : null,
  };
}
