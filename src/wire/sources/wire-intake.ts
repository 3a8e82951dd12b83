import type { MediaStore } from '../../media/media-store.ts';
import type { ServiceContext } from '../../service-context.ts';
import { createWireIngest } from '../ingest/create-wire-ingest.ts';
import { DropFolderWatcher } from './drop-folder-watcher.ts';
import { WireFeedPoller } from './wire-feed-poller.ts';

/** The wire feeds a running server takes in by itself: the drop folder, when configured, and the polled sources. */
export interface WireIntake {
  readonly dropFolder: DropFolderWatcher | null;
  readonly poller: WireFeedPoller;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export async function createWireIntake(setup: {
  readonly ctx: ServiceContext;
  readonly media: MediaStore;
  readonly wireDropDir: string | undefined;
  readonly ninjsSchemaDir: string | undefined;
}): Promise<WireIntake> {
  const ingest = await createWireIngest({ ctx: setup.ctx, media: setup.media, ninjsSchemaDir: setup.ninjsSchemaDir });
  const dropFolder = setup.wireDropDir ? new DropFolderWatcher({ dir: setup.wireDropDir, ingest, logger: setup.ctx.logger }) : null;
  const poller = new WireFeedPoller({ ingest });
  return {
    dropFolder,
    poller,
    async start() {
      await dropFolder?.start();
      poller.start();
    },
    async stop() {
      await dropFolder?.stop();
      await poller.stop();
    },
  };
}
