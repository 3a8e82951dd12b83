import assert from 'node:assert/strict';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { it } from 'node:test';
import { SHARED_FIXTURES } from '../support/shared-fixtures.ts';
import { DiskMediaStore } from '../../src/media/disk-media-store.ts';
import { importWxr } from '../../src/wxr/import-wxr.ts';
import { planWxrItem } from '../../src/wxr/plan-wxr-item.ts';
import { readWxrFile } from '../../src/wxr/read-wxr-file.ts';
import { formatWxrReport } from '../../src/wxr/wxr-import-report.ts';
import { testContext } from '../support/test-context.ts';
import { describeEachStore } from '../support/test-stores.ts';

const sharedWxr = join(SHARED_FIXTURES, 'wxr');

function xmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? xmlFiles(p) : p.endsWith('.xml') ? [p] : [];
  }).sort();
}

/** Every real WordPress export in the shared fixtures imports with a full report, and again without changes. */
describeEachStore('shared WordPress exports', (getStore) => {
  const files = existsSync(sharedWxr) ? xmlFiles(sharedWxr) : [];
  if (files.length === 0) {
    it('imports every shared WXR sample', (t) => t.skip('shared fixtures not present'));
    return;
  }
  for (const file of files) {
    it(`imports ${relative(sharedWxr, file)} and reports every item`, async () => {
      const ctx = testContext(getStore());
      const mediaDir = await mkdtemp(join(tmpdir(), 'dateline-wxr-media-'));
      try {
        const media = new DiskMediaStore(mediaDir);
        const doc = await readWxrFile(file);
        const report = await importWxr(ctx, media, doc, { pages: true });
        assert.equal(report.items.length, doc.items.length, 'one report entry per item');
        assert.deepEqual(report.items.filter((i) => i.outcome === 'failed'), [], 'no item failed');
        for (const [i, entry] of report.items.entries()) {
          const plan = planWxrItem(doc.items[i], { pages: true });
          if (entry.outcome === 'skipped') assert.ok(entry.reason, `${entry.postType} #${entry.postId} is skipped with a reason`);
          if (plan.action === 'article' && entry.outcome !== 'unchanged') {
            assert.ok(entry.outcome === 'imported' || entry.reason === 'no title and no text', `${entry.postType} #${entry.postId}: ${entry.reason}`);
          }
          if (entry.outcome === 'imported' && entry.target?.kind === 'article') assert.match(entry.target.path ?? '', /^\/[a-z0-9-/]+\/$/);
        }
        assert.ok(report.items.some((i) => i.outcome === 'imported' && i.target?.kind === 'article'), 'stories were imported');
        assert.match(formatWxrReport(report), /^Import of /);

        const again = await importWxr(ctx, media, doc, { pages: true });
        assert.equal(again.items.filter((i) => i.outcome === 'imported').length, 0, 'a second run imports nothing');
        assert.deepEqual(again.created, { sections: [], authors: [], tags: 0, redirects: 0 });
      } finally {
        await rm(mediaDir, { recursive: true, force: true });
      }
    });
  }
});
