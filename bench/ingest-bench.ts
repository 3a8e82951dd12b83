import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChangeBus } from '../src/events/change-bus.ts';
import { createLogger } from '../src/logger.ts';
import { DiskMediaStore } from '../src/media/disk-media-store.ts';
import { openMigratedStore } from '../src/store/open-store.ts';
import { countArticles } from '../src/store/repositories/article-repository.ts';
import type { WireFetcher } from '../src/wire/fetch/wire-fetcher.ts';
import { createWireIngest } from '../src/wire/ingest/create-wire-ingest.ts';
import { ingestDocuments } from '../src/wire/ingest/ingest-document.ts';
import { WireParsePool } from '../src/wire/parse/parse-pool.ts';

export interface IngestBenchOptions {
  /** Items to generate; default 10,000. */
  readonly items?: number;
}

export interface IngestBenchResult {
  readonly items: number;
  /** First ingest: parse, sanitize, store, index (SQLite FTS5 through the store's triggers), receipts. */
  readonly ingestPerSecond: number;
  readonly ingestSeconds: number;
  /** The same documents again, every item `unchanged`. */
  readonly reingestPerSecond: number;
  readonly reingestSeconds: number;
  /** Actions counted over both runs, to show the work was real. */
  readonly actions: Readonly<Record<string, number>>;
  /** The throughput the wire ingest is held to, items/s. */
  readonly targets: { readonly ingestPerSecond: number; readonly reingestPerSecond: number };
}

export const INGEST_TARGETS = Object.freeze({ ingestPerSecond: 2000, reingestPerSecond: 10_000 });

const PARAGRAPHS = [
  'The county board voted on Tuesday to extend the <strong>library</strong> hours through the winter, citing record attendance at evening events.',
  'Officials said the change would cost about $40,000 a year, paid from a fund set aside for <a href="https://county.example.gov/budget">community services</a>.',
  '“We heard from parents, students and retirees who all want the same thing: a warm, quiet place to read after work,” the board chair said.',
  'The new schedule takes effect on the first Monday of next month. Branches in the east and west ends will open an hour earlier on Saturdays.',
  'Critics on the board questioned whether staffing could keep up, noting that two branches already rely on volunteers for weekend shifts.',
  'A review of the change is planned for the spring, when the board will look at visitor counts and the cost of the longer hours.',
];

const SUBJECTS = [
  { name: 'Libraries', uri: 'http://cv.iptc.org/newscodes/mediatopic/20000764' },
  { name: 'Local government', uri: 'http://cv.iptc.org/newscodes/mediatopic/20000568' },
  { name: 'Education', uri: 'http://cv.iptc.org/newscodes/mediatopic/05000000' },
];

/** One ninjs 2.x story, different in id, headline and body order from its neighbours. */
export function generatedNinjsItem(i: number): string {
  const paragraphs = PARAGRAPHS.map((_, k) => PARAGRAPHS[(i + k) % PARAGRAPHS.length]);
  return JSON.stringify({
    standard: { name: 'ninjs', version: '2.2' },
    uri: `https://wire.bench.example/items/story-${i}`,
    type: 'text',
    version: '1',
    versioncreated: new Date(Date.UTC(2026, 4, 5, 6, 0, 0) + i * 1000).toISOString(),
    firstcreated: new Date(Date.UTC(2026, 4, 5, 5, 0, 0) + i * 1000).toISOString(),
    pubstatus: 'usable',
    language: 'en',
    by: 'By Jordan Ellis, Bench Wire',
    located: 'MILLBROOK',
    copyrightnotice: 'Copyright 2026 Bench Wire. All rights reserved.',
    usageterms: 'Not for use outside the subscribing station.',
    headlines: [
      { role: 'main', value: `Board extends library hours as evening visits climb, story ${i}` },
      { role: 'subhead', value: 'Branches open earlier on Saturdays' },
    ],
    bodies: [{ role: 'main', contenttype: 'text/html', value: paragraphs.map((p) => `<p>${p}</p>`).join('\n') }],
    subjects: [SUBJECTS[i % SUBJECTS.length]],
  });
}

const refuseDownloads: WireFetcher = {
  fetch: async (url) => {
    throw new Error(`the benchmark fetches nothing (${url})`);
  },
};

/**
 * Wire ingest throughput on the embedded store: 10,000 generated ninjs
 * documents of one story each, ingested as `dateline ingest` takes a folder
 * of them (each item atomic in its own savepoint, items committed in
 * groups), then the same documents again.
 */
export async function benchIngest(options: IngestBenchOptions = {}): Promise<IngestBenchResult> {
  const count = options.items ?? 10_000;
  const dir = await mkdtemp(join(tmpdir(), 'dateline-ingest-bench-'));
  const { store } = await openMigratedStore({ dataDir: dir });
  // As `dateline ingest` takes a folder of many files: parsed on worker threads, stored on the main thread.
  const pool = new WireParsePool();
  try {
    const logger = createLogger('warn');
    const ctx = { store, bus: new ChangeBus(), now: () => new Date(Date.UTC(2026, 4, 6, 12)), logger };
    const deps = await createWireIngest({ ctx, media: new DiskMediaStore(join(dir, 'media')), fetcher: refuseDownloads });
    const documents = Array.from({ length: count }, (_, i) => ({ text: generatedNinjsItem(i) }));
    const actions: Record<string, number> = {};
    const run = async () => {
      const started = performance.now();
      for (const results of await ingestDocuments(deps, documents, { parse: pool.parse })) {
        for (const r of results) actions[r.action] = (actions[r.action] ?? 0) + 1;
      }
      return (performance.now() - started) / 1000;
    };
    const ingestSeconds = await run();
    const stored = await countArticles(store.db);
    if (stored !== count) throw new Error(`expected ${count} stories after ingest, found ${stored}`);
    const reingestSeconds = await run();
    if (actions.unchanged !== count) throw new Error(`expected ${count} unchanged items on re-ingest, got ${JSON.stringify(actions)}`);
    return {
      items: count,
      ingestSeconds: round(ingestSeconds),
      ingestPerSecond: Math.round(count / ingestSeconds),
      reingestSeconds: round(reingestSeconds),
      reingestPerSecond: Math.round(count / reingestSeconds),
      actions,
      targets: INGEST_TARGETS,
    };
  } finally {
    await pool.close();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

const round = (v: number) => Math.round(v * 100) / 100;
