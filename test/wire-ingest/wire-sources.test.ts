import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { OPERATOR } from '../accounts/account-fixtures.ts';
import { changeArticleStatus } from '../../src/newsroom/change-article-status.ts';
import { findArticleByWireGuid } from '../../src/store/repositories/article-repository.ts';
import { findSectionById } from '../../src/store/repositories/section-repository.ts';
import { findTagsByIds } from '../../src/store/repositories/tag-repository.ts';
import { listWireReceipts } from '../../src/store/repositories/wire-receipt-repository.ts';
import { listWireSources } from '../../src/store/repositories/wire-source-repository.ts';
import { addWireSource, removeWireSource } from '../../src/wire/sources/save-wire-source.ts';
import { makeSection } from '../support/factories.ts';
import { describeEachStore } from '../support/test-stores.ts';
import { ninjsStory, wireId, wireKit, type WireKit } from './support/wire-kit.ts';

const PROVIDER = 'wire.test-agency.example';

describeEachStore('wire sources', (getStore) => {
  let kit: WireKit;
  before(async () => {
    kit = await wireKit(getStore());
  });
  after(() => kit.dispose());

  const unique = (name: string) => `${name}-${Math.random().toString(36).slice(2, 8)}`;

  it('places stories by subject rules, tags them, and signs the dateline with the source\'s name', async () => {
    const transport = await makeSection(kit.ctx, unique('transport'));
    const source = await addWireSource(kit.ctx, OPERATOR, {
      name: unique('rules'), displaySource: 'TA', defaultSection: unique('wire-desk'),
      subjectRules: [
        { code: '20000673', section: transport.path, tags: ['Transport'] },
        { kind: 'place', tagWithName: true },
        { name: 'Sport', section: 'no-such-section' },
      ],
    });
    const placed = await kit.one(
      ninjsStory(wireId(), { subject: [{ name: 'Transport', code: 'http://cv.iptc.org/newscodes/mediatopic/20000673' }], place: [{ name: 'Port Ellis' }] }),
      source,
    );
    const a = await findArticleByWireGuid(kit.ctx.store.db, PROVIDER, placed.guid!);
    assert.equal(a?.sectionId, transport.id);
    assert.deepEqual((await findTagsByIds(kit.ctx.store.db, a!.tagIds)).map((t) => t.name), ['Transport', 'Port Ellis']);
    assert.deepEqual(a?.dateline, { place: 'PORT ELLIS', source: 'TA' });
    assert.ok(placed.url?.startsWith(`/${transport.path}/`));

    const misplaced = await kit.one(ninjsStory(wireId(), { subject: [{ name: 'Sport', code: 'sport' }] }), source);
    assert.match(misplaced.problems.join('\n'), /names section "no-such-section", which does not exist/);
    const b = await findArticleByWireGuid(kit.ctx.store.db, PROVIDER, misplaced.guid!);
    assert.equal((await findSectionById(kit.ctx.store.db, b!.sectionId))?.path, source.defaultSection, 'the default section is made when missing');
    assert.equal((await listWireReceipts(kit.ctx.store.db, PROVIDER, misplaced.guid!))[0].source, source.name);
  });

  it('a hold policy keeps usable stories as drafts for an editor, whose decision then stands', async () => {
    const source = await addWireSource(kit.ctx, OPERATOR, { name: unique('held'), policy: 'hold' });
    const id = wireId();
    const held = await kit.one(ninjsStory(id), source);
    assert.deepEqual([held.action, held.url], ['created', null]);
    const a = await findArticleByWireGuid(kit.ctx.store.db, PROVIDER, id);
    assert.equal(a?.status, 'draft');
    assert.equal((await kit.one(ninjsStory(id, { version: '2', headline: 'Still held' }), source)).url, null);
    await changeArticleStatus(kit.ctx, a!.id, { kind: 'publish' }, null);
    const r = await kit.one(ninjsStory(id, { version: '3', headline: 'Published by an editor, updated by the wire' }), source);
    assert.equal(r.action, 'updated');
    assert.match(r.url ?? '', /^\/news\//);
    assert.equal((await findArticleByWireGuid(kit.ctx.store.db, PROVIDER, id))?.status, 'published');
  });

  it('applies the source configured for the provider when an item arrives without one', async () => {
    await addWireSource(kit.ctx, OPERATOR, { name: unique('by-provider'), provider: PROVIDER, policy: 'hold' });
    // The settings cache is per ingest setup; a fresh one reads the table now.
    const fresh = await wireKit(kit.ctx.store);
    try {
      const r = await fresh.one(ninjsStory(wireId()));
      assert.equal(r.url, null, 'held, as the provider\'s source says');
    } finally {
      fresh.dispose();
      for (const s of await listWireSources(kit.ctx.store.db)) if (s.provider === PROVIDER) await removeWireSource(kit.ctx, OPERATOR, s.name);
    }
  });

  it('refuses settings that cannot work, naming the field', async () => {
    const bad = async (input: Parameters<typeof addWireSource>[2], field: string) => {
      await assert.rejects(addWireSource(kit.ctx, OPERATOR, input), (e: Error & { code?: string; details?: { field?: string } }) => {
        assert.equal(e.code, 'invalid-input', e.message);
        assert.equal(e.details?.field, field, e.message);
        return true;
      });
    };
    await bad({ name: 'has spaces' }, 'name');
    await bad({ name: unique('p'), policy: 'sometimes' }, 'policy');
    await bad({ name: unique('s'), defaultSection: 'api/wire' }, 'defaultSection');
    await bad({ name: unique('r'), subjectRules: '[{"code":"x"}]' }, 'subjectRules');
    await bad({ name: unique('r'), subjectRules: '[{"section":"news"}]' }, 'subjectRules');
    await bad({ name: unique('r'), subjectRules: 'not json' }, 'subjectRules');
    await bad({ name: unique('u'), pollUrl: 'ftp://feeds.example/x', pollIntervalSeconds: 60 }, 'pollUrl');
    await bad({ name: unique('i'), pollUrl: 'https://feeds.example/x', pollIntervalSeconds: 2 }, 'pollIntervalSeconds');
    await bad({ name: unique('t'), pushTokenId: 999_999 }, 'pushTokenId');
    const name = unique('twice');
    await addWireSource(kit.ctx, OPERATOR, { name });
    await assert.rejects(addWireSource(kit.ctx, OPERATOR, { name }), { code: 'conflict' });
    await removeWireSource(kit.ctx, OPERATOR, name);
    await assert.rejects(removeWireSource(kit.ctx, OPERATOR, name), { code: 'not-found' });
  });
});
