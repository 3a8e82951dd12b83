import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiskMediaStore } from '../../../src/media/disk-media-store.ts';
import type { WireSource } from '../../../src/domain/wire-source.ts';
import type { Store } from '../../../src/store/store.ts';
import type { WireFetcher } from '../../../src/wire/fetch/wire-fetcher.ts';
import { createWireIngest } from '../../../src/wire/ingest/create-wire-ingest.ts';
import { ingestDocument } from '../../../src/wire/ingest/ingest-document.ts';
import type { WireIngestDeps } from '../../../src/wire/ingest/wire-ingest-deps.ts';
import type { WireIngestResult } from '../../../src/wire/ingest/wire-ingest-result.ts';
import { TestClock, testContext } from '../../support/test-context.ts';

/** Tests never reach the network: any download they do not serve themselves fails at once. */
export const offline: WireFetcher = {
  fetch: async (url) => {
    throw new Error(`offline test: ${url} not fetched`);
  },
};

export interface WireKit {
  readonly ctx: ReturnType<typeof testContext>;
  readonly deps: WireIngestDeps;
  readonly media: DiskMediaStore;
  ingest(text: string, source?: WireSource | null): Promise<WireIngestResult[]>;
  /** Ingests a document that must hold exactly one item. */
  one(text: string, source?: WireSource | null): Promise<WireIngestResult>;
  dispose(): void;
}

export async function wireKit(store: Store, options: { clock?: TestClock; fetcher?: WireFetcher } = {}): Promise<WireKit> {
  const ctx = testContext(store, options.clock ?? new TestClock());
  const dir = mkdtempSync(join(tmpdir(), 'dateline-wire-media-'));
  const media = new DiskMediaStore(dir);
  const deps = await createWireIngest({ ctx, media, fetcher: options.fetcher ?? offline });
  const ingest = (text: string, source: WireSource | null = null) => ingestDocument(deps, text, { source });
  return {
    ctx,
    deps,
    media,
    ingest,
    async one(text, source) {
      const results = await ingest(text, source);
      if (results.length !== 1) throw new Error(`expected one result, got ${JSON.stringify(results)}`);
      return results[0];
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A fresh id in the test agency's namespace. */
export function wireId(label = 'story'): string {
  return `https://wire.test-agency.example/items/${label}-${randomUUID().slice(0, 8)}`;
}

/** A ninjs 1.x text item; every field can be overridden or removed (undefined). */
export function ninjsStory(uri: string, fields: Record<string, unknown> = {}): string {
  const item: Record<string, unknown> = {
    uri,
    type: 'text',
    version: '1',
    versioncreated: '2026-05-05T10:00:00Z',
    pubstatus: 'usable',
    headline: `Harbour bridge ${uri.slice(-8)} reopens`,
    byline: 'By Ines Albero',
    located: 'PORT ELLIS',
    body_html: '<p>The harbour bridge reopened on Tuesday after repairs.</p><p>Traffic moved freely by noon.</p>',
    copyrightnotice: 'Copyright 2026 Test Agency. All rights reserved.',
    usageterms: 'Not for use outside the subscribing station.',
    ...fields,
  };
  for (const [k, v] of Object.entries(item)) if (v === undefined) delete item[k];
  return JSON.stringify(item);
}

/** A NewsML-G2 text item. */
export function g2Story(
  guid: string,
  o: { version?: number; pubStatus?: string; embargoed?: string | null; correction?: boolean; edNote?: string; headline?: string; body?: string } = {},
): string {
  const embargo = o.embargoed === undefined ? '' : o.embargoed === null ? '<embargoed/>' : `<embargoed>${o.embargoed}</embargoed>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="${guid}" version="${o.version ?? 1}" xml:lang="en">
  <rightsInfo><copyrightNotice>Copyright 2026 Test Agency</copyrightNotice></rightsInfo>
  <itemMeta>
    <itemClass qcode="ninat:text"/>
    <provider literal="wire.test-agency.example"/>
    <versionCreated>2026-05-05T10:00:00Z</versionCreated>
    ${embargo}
    <pubStatus qcode="${o.pubStatus ?? 'stat:usable'}"/>
    ${o.edNote ? `<edNote>${o.edNote}</edNote>` : ''}
    ${o.correction ? '<signal qcode="sig:correction"/>' : ''}
  </itemMeta>
  <contentMeta>
    <headline>${o.headline ?? 'Levy vote set for March'}</headline>
    <dateline>MILLBROOK</dateline>
  </contentMeta>
  <contentSet>
    <inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>${o.body ?? '<p>Voters decide in March.</p>'}</body></html></inlineXML>
  </contentSet>
</newsItem>`;
}
