import assert from 'node:assert/strict';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { it, type TestContext } from 'node:test';
import { fileURLToPath } from 'node:url';
import { findArticleByWireGuid } from '../../src/store/repositories/article-repository.ts';
import { ingestFile } from '../../src/wire/ingest/ingest-file.ts';
import { describeEachStore } from '../support/test-stores.ts';
import { wireKit } from './support/wire-kit.ts';

// The real agency samples live beside the checkout, not in it; without them this says so and skips.
const repoRoot = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const sharedFixtures = path.resolve(repoRoot, '../shared/fixtures');

/** Samples that must be rejected as a whole, each for its reason (every item of the document). */
const REJECTED: Readonly<Record<string, RegExp>> = {
  'ninjs/iptc-test-suite/1.0/should_fail/007_pubstatus_cancelled.json': /pubstatus "cancelled" is not one of usable, withheld, canceled/,
  'ninjs/iptc-test-suite/1.0/should_pass/018_embargoed.json': /text item has no headline/,
  'ninjs/iptc-userguide-1.6/002_renditions_example.json': /text item has no headline/,
  'ninjs/iptc-userguide-2.2/002_renditions_example.json': /text item has no headline/,
  'newsml-g2/iptc/ap_metadata_example.xml': /video item has no headline, body or renditions/,
  'ninjs/ap-media-api/ap_media_text_nitf.xml': /NITF story file, not a wire item/,
  'newsml-g2/iptc/LISTING_24_News_Message_conveying_a_complete_News_Package.xml':
    /no itemMeta \(an elided or incomplete item\)|no complete text item among them is in this document/,
  'newsml-g2/iptc/LISTING_25_An_NITF_marked-up_article_conveyed_in_inlineXML.xml': /fragment <contentSet> is not an item: it has no guid/,
  'newsml-g2/iptc/LISTING_28_Illustrating_Located_Subject_and_Dateline.xml': /fragment <contentMeta> is not an item: it has no guid/,
  'newsml-g2/iptc/LISTING_6_Simple_NewsML-G2_Package.xml': /no complete text item among them is in this document/,
};

/** What a sample's items must become, where the sample exists to show a lifecycle case. */
const ACTIONS: Readonly<Record<string, readonly string[]>> = {
  'ninjs/iptc-test-suite/1.0/should_pass/022_pubstatus_withheld.json': ['withheld'],
  'ninjs/iptc-test-suite/1.0/should_pass/023_pubstatus_canceled.json': ['killed'],
  'newsml-g2/dpa/embargoed.xml': ['created'],
  'newsml-g2/ap/ap.xml': ['created', 'created', 'created'],
  'newsml-g2/tt/TT_newsmlg2_sample.xml': ['created'],
  'ninjs/superdesk-dialect/ninjs_embargoed.json': ['created'],
};

function samples(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : [full];
    });
  return ['ninjs', 'newsml-g2']
    .flatMap((dir) => walk(path.join(sharedFixtures, dir)))
    .map((full) => path.relative(sharedFixtures, full).split(path.sep).join('/'))
    .filter((rel) => /\.(json|xml)$/.test(rel) && !rel.startsWith('ninjs/iptc-schemas/'))
    .sort();
}

describeEachStore('ingesting the shared agency samples', (getStore) => {
  it('every sample is ingested, or rejected for its stated reason', async (t: TestContext) => {
    if (!existsSync(sharedFixtures)) {
      t.skip('shared fixtures not present');
      return;
    }
    const kit = await wireKit(getStore());
    try {
      const all = samples();
      assert.ok(all.length >= 50, `expected the full sample set, found ${all.length} files`);
      const accepted = new Set(['created', 'updated', 'unchanged', 'embargoed', 'withheld', 'killed']);
      for (const rel of all) {
        const results = await ingestFile(kit.deps, path.join(sharedFixtures, rel));
        assert.ok(results.length > 0, `${rel}: no result`);
        const expected = REJECTED[rel];
        for (const r of results) {
          if (expected) {
            assert.equal(r.action, 'rejected', `${rel}: expected a rejection, got ${r.action}`);
            assert.match(r.error ?? '', expected, rel);
          } else {
            assert.ok(accepted.has(r.action), `${rel}: ${r.action} ${r.error ?? ''}`);
            assert.ok(r.guid, `${rel}: an ingested item has its guid`);
            if (r.url !== null) assert.match(r.url, /^\/news\/[a-z0-9-]+\/$/, rel);
          }
        }
        if (ACTIONS[rel]) assert.deepEqual(results.map((r) => r.action), ACTIONS[rel], rel);
      }

      // AP's own samples: a text item whose body is a linked story file (not reachable here) is held, not lost.
      const apText = await findArticleByWireGuid(kit.ctx.store.db, 'ap', '5ee9b4b40ea5fe9c9ca60f890fb2e1d9');
      assert.equal(apText?.status, 'draft');
      // The AP body already opens with its dateline; the dateline is stored, and signed "AP".
      const g2 = await findArticleByWireGuid(kit.ctx.store.db, 'ap', 'tag:ap.org,2011:5e565888b587889c5c8bd62b6164118c-text');
      assert.equal(g2?.dateline?.source, 'AP');
      assert.ok(!JSON.stringify(g2).includes('Eds: Adds full-year results'), 'editor notes are never on the story');
    } finally {
      kit.dispose();
    }
  });
});
