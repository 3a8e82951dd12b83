import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { verifyPassword } from '../../src/accounts/password-hashing.ts';
import { DiskMediaStore } from '../../src/media/disk-media-store.ts';
import { createArticle } from '../../src/newsroom/create-article.ts';
import { searchArticles } from '../../src/search/search-articles.ts';
import { searchIndexFor } from '../../src/search/search-index-for.ts';
import { findCredentials } from '../../src/store/repositories/user-repository.ts';
import type { Store } from '../../src/store/store.ts';
import { exportNewsroom } from '../../src/transfer/export-newsroom.ts';
import { importNewsroom } from '../../src/transfer/import-newsroom.ts';
import { RECORD_KINDS } from '../../src/transfer/record-kinds.ts';
import { testContext } from '../support/test-context.ts';
import { openTestStore, postgresSkipReason, type DialectName } from '../support/test-stores.ts';
import { fillNewsroom } from './fill-newsroom.ts';
import { folderContents, readLines } from './transfer-support.ts';

describe('export and import round trip', () => {
  let work: string;
  let source: { store: Store; dispose: () => Promise<void> };
  let first: string;

  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'dateline-transfer-'));
    source = await openTestStore('sqlite');
    const ctx = testContext(source.store);
    await fillNewsroom(ctx, new DiskMediaStore(join(work, 'media-a')));
    first = join(work, 'export-1');
    await exportNewsroom(source.store, new DiskMediaStore(join(work, 'media-a')), first);
  });
  after(async () => {
    await source?.dispose();
    await rm(work, { recursive: true, force: true });
  });

  it('writes every kind of record, the media files and a manifest', () => {
    const manifest = JSON.parse(folderContents(first).get('manifest.json')!.toString('utf8'));
    assert.equal(manifest.format, 'dateline-export');
    assert.equal(manifest.version, 1);
    assert.deepEqual(manifest.missingFiles, []);
    for (const entry of manifest.records) assert.ok(entry.count > 0, `${entry.kind} has records`);
    const files = readLines(first, 'files') as { key: string }[];
    assert.equal(files.length, 2, 'the picture original and the uploaded video');
    assert.ok(files.some((f) => f.key === 'files/clip.mp4'));
    assert.ok(folderContents(first).has(join('media', 'files', 'clip.mp4')));
  });

  it('keeps secrets out: no password hashes, sessions, tokens or webhook keys', () => {
    const contents = [...folderContents(first).values()].map((b) => b.toString('latin1')).join('\n');
    assert.doesNotMatch(contents, /\$argon2id\$|password_?hash|passwordHash/i);
    const users = readLines(first, 'users') as Record<string, unknown>[];
    assert.deepEqual(Object.keys(users[0]), ['id', 'email', 'name', 'role', 'authorId', 'disabledAt', 'createdAt', 'lastLoginAt']);
  });

  it('sorts text keys by code point, whatever the store\'s collation', () => {
    const paths = (readLines(first, 'redirects') as { fromPath: string }[]).map((r) => r.fromPath);
    assert.deepEqual(paths.filter((p) => !p.startsWith('/news/')), ['/Zebra/', '/_under/', '/apple/', '/Äpfel/', '/ápple/']);
    assert.deepEqual(paths, [...paths].sort());
  });

  for (const target of ['sqlite', 'postgres'] as const satisfies readonly DialectName[]) {
    const skip = target === 'postgres' ? postgresSkipReason ?? false : false;
    describe(`into ${target}`, { skip }, () => {
      let imported: { store: Store; dispose: () => Promise<void> };
      let second: string;
      before(async () => {
        imported = await openTestStore(target);
        const media = new DiskMediaStore(join(work, `media-${target}`));
        await importNewsroom(imported.store, media, first);
        second = join(work, `export-${target}`);
        await exportNewsroom(imported.store, media, second);
      });
      after(async () => imported?.dispose());

      it('exports again to identical bytes', () => {
        const a = folderContents(first);
        const b = folderContents(second);
        assert.deepEqual([...b.keys()], [...a.keys()]);
        for (const [path, bytes] of a) assert.ok(bytes.equals(b.get(path)!), `${path} differs`);
      });

      it('rebuilds the search index, and new records continue after the imported ids', async () => {
        const ctx = testContext(imported.store);
        const found = await searchArticles(ctx.store.db, searchIndexFor(imported.store.dialect), 'receded', ctx.now(), { limit: 5, offset: 0 });
        assert.equal(found.total, 1);
        const maxId = Math.max(...(readLines(first, 'articles') as { id: number }[]).map((r) => r.id));
        const section = (readLines(first, 'sections') as { id: number }[])[0].id;
        const made = await createArticle(ctx, { headline: 'After the move', sectionId: section, bodyHtml: '<p>x</p>' }, { status: 'draft', actor: null });
        assert.ok(made.id > maxId);
      });

      it('leaves imported accounts unable to sign in until a password is set', async () => {
        const credentials = (await findCredentials(imported.store.db, 'editor@example.org'))!;
        assert.equal(credentials.user.mustChangePassword, true);
        assert.equal(await verifyPassword(credentials.passwordHash, ''), false);
        assert.match(credentials.passwordHash, /^\$argon2id\$/);
      });
    });
  }

  it('covers the kinds in import order', () => {
    const manifest = JSON.parse(folderContents(first).get('manifest.json')!.toString('utf8'));
    assert.deepEqual(manifest.records.map((r: { kind: string }) => r.kind), [...RECORD_KINDS.map((k) => k.kind), 'files']);
  });
});
