import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openMigratedStore } from '../src/store/open-store.ts';
import { generateNewsroom } from './generate-newsroom.ts';

/** Bump when the generator changes what it writes, so stores made by an older one are rebuilt. */
const GENERATOR_VERSION = 1;

export interface BenchStore {
  readonly dataDir: string;
  readonly articlePaths: readonly string[];
  /** Seconds spent generating, or null when a store from an earlier run was reused. */
  readonly generatedSeconds: number | null;
}

interface Marker {
  readonly articles: number;
  readonly generator: number;
  readonly articlePaths: readonly string[];
}

/**
 * The SQLite store of `count` generated stories. Generating 100,000 takes a
 * minute or two, so the store is kept in the system's temp folder and reused
 * by later runs while the generator is unchanged (newer migrations are
 * applied to it as to any store); `fresh` always rebuilds it.
 */
export async function benchStore(count: number, fresh: boolean): Promise<BenchStore> {
  const dataDir = join(tmpdir(), `dateline-bench-store-${count}`);
  const markerFile = join(dataDir, 'bench-store.json');
  if (!fresh && existsSync(markerFile)) {
    const marker = JSON.parse(readFileSync(markerFile, 'utf8')) as Marker;
    if (marker.articles === count && marker.generator === GENERATOR_VERSION) {
      const { store } = await openMigratedStore({ dataDir });
      await store.close();
      return { dataDir, articlePaths: marker.articlePaths, generatedSeconds: null };
    }
  }
  rmSync(dataDir, { recursive: true, force: true });
  const { store } = await openMigratedStore({ dataDir });
  try {
    const generated = await generateNewsroom(store, count);
    const marker: Marker = { articles: count, generator: GENERATOR_VERSION, articlePaths: generated.articlePaths };
    writeFileSync(markerFile, JSON.stringify(marker));
    return { dataDir, articlePaths: generated.articlePaths, generatedSeconds: Math.round(generated.seconds) };
  } finally {
    await store.close();
  }
}
