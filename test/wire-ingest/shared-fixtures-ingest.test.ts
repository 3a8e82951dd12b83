import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { it, type TestContext } from 'node:test';
import { findArticleByWireGuid } from '../../src/store/repositories/article-repository.ts';
import { ingestFile } from '../../src/wire/ingest/ingest-file.ts';
import { EXPECTED_WIRE_REJECTIONS, SHARED_FIXTURES, wireSamples } from '../support/shared-fixtures.ts';
import { describeEachStore } from '../support/test-stores.ts';
import { wireKit } from './support/wire-kit.ts';


/** What a sample's items must become, where the sample exists to show a lifecycle case. */
const ACTIONS: Readonly<Record<string, readonly string[]>> = {
  'ninjs/iptc-test-suite/1.0/should_pass/022_pubstatus_withheld.json': ['withheld'],
  'ninjs/iptc-test-suite/1.0/should_pass/023_pubstatus_canceled.json': ['killed'],
  'newsml-g2/dpa/embargoed.xml': ['created'],
  'newsml-g2/ap/ap.xml': ['created', 'created', 'created'],
  'newsml-g2/tt/TT_newsmlg2_sample.xml': ['created'],
  'ninjs/superdesk-dialect/ninjs_embargoed.json': ['created'],
};


describeEachStore('ingesting the shared agency samples', (getStore) => {
  it('every sample is ingested, or rejected for its stated reason', async (t: TestContext) => {
    if (!existsSync(SHARED_FIXTURES)) {
      t.skip('shared fixtures not present');
      return;
    }
    const kit = await wireKit(getStore());
    try {
      const all = wireSamples();
      assert.ok(all.length >= 50, `expected the full sample set, found ${all.length} files`);
      const accepted = new Set(['created', 'updated', 'unchanged', 'embargoed', 'withheld', 'killed']);
      for (const rel of all) {
        const results = await ingestFile(kit.deps, path.join(SHARED_FIXTURES, rel));
        assert.ok(results.length > 0, `${rel}: no result`);
        const expected = EXPECTED_WIRE_REJECTIONS[rel];
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
