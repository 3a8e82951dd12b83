import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { OPERATOR } from '../accounts/account-fixtures.ts';
import { findSectionByPath } from '../../src/store/repositories/section-repository.ts';
import { addWireSource } from '../../src/wire/sources/save-wire-source.ts';
import { describeEachStore } from '../support/test-stores.ts';
import { failReceiptsFor } from './support/fail-receipts.ts';
import { ninjsStory, wireId, wireKit, type WireKit } from './support/wire-kit.ts';

describeEachStore('wire ingest crash safety', (getStore) => {
  let kit: WireKit;
  before(async () => {
    kit = await wireKit(getStore());
  });
  after(() => kit.dispose());

  const count = async (table: 'articles' | 'wire_items' | 'article_revisions' | 'search_documents' | 'tags' | 'wire_receipts' | 'wire_documents') =>
    Number((await kit.ctx.store.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  it('an item whose processing fails midway leaves nothing behind, and the batch goes on', async () => {
    const source = await addWireSource(kit.ctx, OPERATOR, {
      name: `crash-${Date.now()}`, defaultSection: 'crash-desk', subjectRules: [{ name: 'Harbours', tags: ['Harbour works'] }],
    });
    const before = {
      articles: await count('articles'), wireItems: await count('wire_items'), revisions: await count('article_revisions'),
      search: await count('search_documents'), tags: await count('tags'), receipts: await count('wire_receipts'), documents: await count('wire_documents'),
    };
    const restore = await failReceiptsFor(kit.ctx.store);
    const doomed = wireId('boom');
    const fine = wireId('fine');
    const subject = { subject: [{ name: 'Harbours', code: 'harbours' }] };
    let results;
    try {
      const doomedResult = await kit.one(ninjsStory(doomed, subject), source);
      assert.equal(doomedResult.action, 'rejected');
      assert.equal(doomedResult.retryable, true, 'a store failure is ours, not the item\'s: it may be retried');
      assert.match(doomedResult.error ?? '', /could not be stored: .*injected failure/);
      assert.equal(await findSectionByPath(kit.ctx.store.db, 'crash-desk'), null, 'the section it created went with it');
      assert.equal(await count('articles'), before.articles);
      results = await kit.one(ninjsStory(fine, subject), source);
    } finally {
      await restore();
    }
    assert.equal(results.action, 'created', 'the next item goes in');
    assert.deepEqual(
      {
        articles: await count('articles'), wireItems: await count('wire_items'), revisions: await count('article_revisions'),
        search: await count('search_documents'), tags: await count('tags'), receipts: await count('wire_receipts'), documents: await count('wire_documents'),
      },
      {
        articles: before.articles + 1, wireItems: before.wireItems + 1, revisions: before.revisions + 1, search: before.search + 1,
        tags: before.tags + 1, receipts: before.receipts + 1, documents: before.documents + 1,
      },
      'only the good item left anything in the store',
    );
    assert.ok(await findSectionByPath(kit.ctx.store.db, 'crash-desk'));

    const retried = await kit.one(ninjsStory(doomed, subject), source);
    assert.equal(retried.action, 'created', 'delivered again, the failed item goes in whole');
  });
});
