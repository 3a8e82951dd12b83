import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { readConfig } from '../../src/config.ts';
import { buildApp } from '../../src/http/build-app.ts';
import type { AppDeps } from '../../src/http/app-deps.ts';
import { DiskMediaStore } from '../../src/media/disk-media-store.ts';
import { RenditionService } from '../../src/media/rendition-service.ts';
import type { Store } from '../../src/store/store.ts';
import { ViewCounter } from '../../src/trending/view-counter.ts';
import { TestClock, testContext } from './test-context.ts';

export interface TestApp {
  readonly app: FastifyInstance;
  readonly deps: AppDeps;
  readonly ctx: ReturnType<typeof testContext>;
  readonly clock: TestClock;
  close(): Promise<void>;
}

/** The whole application over a test store, with a movable clock and media in a temp folder. */
export async function buildTestApp(store: Store, clock = new TestClock(), env: Record<string, string> = {}): Promise<TestApp> {
  const ctx = testContext(store, clock);
  const mediaDir = mkdtempSync(join(tmpdir(), 'dateline-media-'));
  const media = new DiskMediaStore(mediaDir);
  const logger = pino({ level: process.env.DATELINE_TEST_LOG ?? 'silent' });
  const config = readConfig({ DATELINE_DATA: mediaDir, LOG_LEVEL: 'silent', ...env });
  const views = new ViewCounter(store, logger, clock.now);
  const deps: AppDeps = { config, store, bus: ctx.bus, logger, now: clock.now, views, media, renditions: new RenditionService({ store: media }) };
  const app = await buildApp(deps);
  return {
    app,
    deps,
    ctx,
    clock,
    async close() {
      await app.close();
      await views.stop();
      rmSync(mediaDir, { recursive: true, force: true });
    },
  };
}
