import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { sql } from 'kysely';
import { DiskMediaStore } from '../../src/media/disk-media-store.ts';
import { exportNewsroom } from '../../src/transfer/export-newsroom.ts';
import { importNewsroom } from '../../src/transfer/import-newsroom.ts';
import { makeArticle } from '../support/factories.ts';
import { testContext } from '../support/test-context.ts';
import { describeEachStore, openTestStore } from '../support/test-stores.ts';

/** Rewrites one record file and its manifest entry, so only the record itself is wrong. */
async function tamper(dir: string, kind: string, edit: (text: string) => string): Promise<void> {
  const file = join(dir, `${kind}.jsonl`);
  const text = edit(await readFile(file, 'utf8'));
  await writeFile(file, text);
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
  const entry = manifest.records.find((r: { kind: string }) => r.kind === kind);
  entry.sha256 = createHash('sha256').update(text).digest('hex');
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
}

describeEachStore('import refusals', (getStore, dialect) => {
  let work: string;
  let exported: string;
  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'dateline-refusals-'));
    const source = await openTestStore('sqlite');
    try {
      await makeArticle(testContext(source.store), { headline: 'Only story', tagNames: ['One'] });
      exported = join(work, 'export');
      await exportNewsroom(source.store, new DiskMediaStore(join(work, 'media')), exported);
    } finally {
      await source.dispose();
    }
  });
  after(() => rm(work, { recursive: true, force: true }));

  const copy = async (name: string) => {
    const dir = join(work, `${dialect}-${name}`);
    await cp(exported, dir, { recursive: true });
    return dir;
  };
  const importInto = async (dir: string) => {
    const target = await openTestStore(dialect);
    try {
      await importNewsroom(target.store, new DiskMediaStore(join(work, `media-${dialect}`)), dir);
      return null;
    } catch (e) {
      const left = Number((await sql<{ n: number }>`select count(*) as n from articles`.execute(target.store.db)).rows[0].n);
      return { error: e as Error & { code?: string }, articlesLeft: left };
    } finally {
      await target.dispose();
    }
  };

  it('refuses a store that already holds data', async () => {
    await makeArticle(testContext(getStore()));
    await assert.rejects(importNewsroom(getStore(), new DiskMediaStore(join(work, 'media-x')), exported), { code: 'conflict', message: /already holds data \(.*articles/ });
  });

  it('refuses a folder without a manifest, and an export from a newer Dateline', async () => {
    assert.equal((await importInto(work))?.error.code, 'invalid-input');
    const newer = await copy('newer');
    const manifest = JSON.parse(await readFile(join(newer, 'manifest.json'), 'utf8'));
    await writeFile(join(newer, 'manifest.json'), JSON.stringify({ ...manifest, version: 99 }));
    assert.match((await importInto(newer))!.error.message, /format version 99, made by a newer Dateline/);
  });

  it('refuses a damaged or edited file before touching the store', async () => {
    const damaged = await copy('damaged');
    await writeFile(join(damaged, 'articles.jsonl'), (await readFile(join(damaged, 'articles.jsonl'), 'utf8')).replace('Only story', 'Only storx'));
    assert.match((await importInto(damaged))!.error.message, /articles\.jsonl does not match the manifest/);
  });

  it('rolls everything back when a record is malformed', async () => {
    const odd = await copy('odd');
    await tamper(odd, 'articleTags', (t) => t.replace('"position":0', '"position":0,"extra":1'));
    const refused = (await importInto(odd))!;
    assert.match(refused.error.message, /articleTags\.jsonl line 1 has unknown fields: extra/);
    assert.equal(refused.articlesLeft, 0, 'no article stayed behind');

    const badTime = await copy('bad-time');
    await tamper(badTime, 'articles', (t) => t.replace(/"createdAt":"[^"]+"/, '"createdAt":"yesterday"'));
    assert.match((await importInto(badTime))!.error.message, /createdAt must be an ISO 8601 UTC time/);
  });

  it('refuses to export into a folder that is not empty', async () => {
    await assert.rejects(exportNewsroom(getStore(), new DiskMediaStore(join(work, 'media-y')), exported), { code: 'conflict' });
  });
});
