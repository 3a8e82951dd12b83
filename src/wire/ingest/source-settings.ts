import type { WirePolicy } from '../../domain/wire-lifecycle.ts';
import { DEFAULT_WIRE_SECTION, datelineSourceFor, type SubjectRule, type WireSource } from '../../domain/wire-source.ts';
import type { Store } from '../../store/store.ts';
import { listWireSources } from '../../store/repositories/wire-source-repository.ts';

/** The settings one item is ingested under. */
export interface SourceSettings {
  /** The configured source's name, or null for the defaults. */
  readonly sourceName: string | null;
  readonly policy: WirePolicy;
  readonly defaultSection: string;
  readonly subjectRules: readonly SubjectRule[];
  readonly datelineSource: string | null;
  readonly remoteImages: boolean;
}

/** Finds the settings for an item: its delivery's source when it came through one, else the source configured for its provider. */
export interface SourceSettingsResolver {
  settingsFor(provider: string, source: WireSource | null): Promise<SourceSettings>;
}

export function settingsOf(provider: string, source: WireSource | null): SourceSettings {
  return Object.freeze({
    sourceName: source?.name ?? null,
    policy: source?.policy ?? 'publish',
    defaultSection: source?.defaultSection ?? DEFAULT_WIRE_SECTION,
    subjectRules: source?.subjectRules ?? [],
    datelineSource: datelineSourceFor(provider, source?.displaySource),
    remoteImages: source?.remoteImages ?? false,
  });
}

/**
 * Reads the sources table at most once per `ttlMs`: a batch of thousands of
 * items needs one read, and a source added with the CLI is seen by a running
 * server within seconds.
 */
export function cachedSourceSettings(store: Store, ttlMs = 5000): SourceSettingsResolver {
  let loaded: { at: number; byProvider: Map<string, WireSource> } | null = null;
  return {
    async settingsFor(provider, source) {
      if (source) return settingsOf(provider, source);
      const now = Date.now();
      if (!loaded || now - loaded.at > ttlMs) {
        const byProvider = new Map<string, WireSource>();
        for (const s of await listWireSources(store.db)) if (s.provider && !byProvider.has(s.provider)) byProvider.set(s.provider, s);
        loaded = { at: now, byProvider };
      }
      return settingsOf(provider, loaded.byProvider.get(provider) ?? null);
    },
  };
}
