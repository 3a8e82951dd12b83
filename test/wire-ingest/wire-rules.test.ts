import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  compareWireVersions,
  embargoAlert,
  planWirePicture,
  planWireStory,
  wireUpdatedAt,
  type IncomingWireStory,
  type StoredWireState,
} from '../../src/domain/wire-lifecycle.ts';
import { applySubjectRules, datelineSourceFor, readSubjectRules } from '../../src/domain/wire-source.ts';
import { chooseRendition } from '../../src/wire/ingest/choose-rendition.ts';
import { removeBodyImages } from '../../src/wire/ingest/inline-figures.ts';

const NOW = new Date('2026-05-05T12:00:00Z');
const later = (h: number) => new Date(NOW.getTime() + h * 3_600_000);
const incoming = (o: Partial<IncomingWireStory> = {}): IncomingWireStory => ({
  version: 2, etag: null, versionCreated: null, pubStatus: 'usable', publishable: true, embargoUntil: null, incomplete: false, ...o,
});
const stored = (o: Partial<StoredWireState> = {}): StoredWireState => ({
  version: 1, etag: null, versionCreated: null, pubStatus: 'usable', articleStatus: 'published', ingestStatus: 'published', ...o,
});

describe('the wire lifecycle rule', () => {
  it('orders versions numerically, by etag at an equal number, else by versioncreated', () => {
    const v = (version: number | null, etag: string | null = null, at: Date | null = null) => ({ version, etag, versionCreated: at });
    assert.equal(compareWireVersions(v(10), v(9)), 'newer');
    assert.equal(compareWireVersions(v(9), v(10)), 'older');
    assert.equal(compareWireVersions(v(3), v(3)), 'same');
    assert.equal(compareWireVersions(v(0, 'b'), v(0, 'a')), 'newer');
    assert.equal(compareWireVersions(v(0, 'a'), v(0, 'a')), 'same');
    assert.equal(compareWireVersions(v(null, null, later(1)), v(null, null, NOW)), 'newer');
    assert.equal(compareWireVersions(v(null, null, NOW), v(null, null, later(1))), 'older');
    assert.equal(compareWireVersions(v(null), v(null)), 'same', 'nothing to compare: never overwrite on a guess');
  });

  it('plans each delivery by status, version, policy and embargo', () => {
    const plan = (i: Partial<IncomingWireStory>, s: StoredWireState | null, policy: 'publish' | 'hold' = 'publish') =>
      planWireStory(incoming(i), s, policy, NOW);
    assert.deepEqual(plan({}, null), { kind: 'store', action: 'created', create: true, status: 'published' });
    assert.deepEqual(plan({}, null, 'hold'), { kind: 'store', action: 'created', create: true, status: 'draft' });
    assert.deepEqual(plan({ publishable: false }, null), { kind: 'store', action: 'created', create: true, status: 'draft' });
    assert.deepEqual(plan({ incomplete: true }, null), { kind: 'store', action: 'created', create: true, status: 'draft' });
    assert.deepEqual(plan({ embargoUntil: later(1) }, null), { kind: 'store', action: 'embargoed', create: true, status: 'published' });
    assert.deepEqual(plan({ embargoUntil: 'indefinite' }, null), { kind: 'store', action: 'embargoed', create: true, status: 'draft' });
    assert.deepEqual(plan({ embargoUntil: later(-1) }, null), { kind: 'store', action: 'created', create: true, status: 'published' });
    assert.deepEqual(plan({ pubStatus: 'withheld' }, null), { kind: 'record', action: 'withheld' });
    assert.deepEqual(plan({ pubStatus: 'canceled' }, null), { kind: 'record', action: 'killed' });
    assert.deepEqual(plan({}, stored()), { kind: 'store', action: 'updated', create: false, status: 'published' });
    assert.deepEqual(plan({ version: 1 }, stored()), { kind: 'ignore', action: 'unchanged', reason: 'same' });
    assert.deepEqual(plan({ version: 0 }, stored()), { kind: 'ignore', action: 'unchanged', reason: 'older' });
    assert.deepEqual(plan({ pubStatus: 'canceled' }, stored()), { kind: 'kill', action: 'killed' });
    assert.deepEqual(plan({ pubStatus: 'withheld' }, stored()), { kind: 'withhold', action: 'withheld' });
    assert.deepEqual(plan({}, stored({ articleStatus: 'killed', ingestStatus: 'killed' })), { kind: 'ignore', action: 'unchanged', reason: 'killed' });
    assert.deepEqual(plan({}, stored({ pubStatus: 'canceled', articleStatus: null, ingestStatus: null })), { kind: 'ignore', action: 'unchanged', reason: 'killed' });
    assert.deepEqual(plan({}, stored({ pubStatus: 'withheld', articleStatus: null, ingestStatus: null })), { kind: 'store', action: 'created', create: true, status: 'published' });
    assert.deepEqual(plan({}, stored({ pubStatus: 'withheld', articleStatus: 'withheld', ingestStatus: 'withheld' })), { kind: 'store', action: 'updated', create: false, status: 'published' });
    assert.deepEqual(plan({}, stored({ articleStatus: 'draft', ingestStatus: 'published' })), { kind: 'store', action: 'updated', create: false, status: null },
      'an editor unpublished it: that stands');
    assert.deepEqual(plan({}, stored({ articleStatus: 'published', ingestStatus: 'draft' }), 'hold'), { kind: 'store', action: 'updated', create: false, status: null },
      'an editor published a held story: that stands');
  });

  it('flags an update that drops or shortens an embargo still in force', () => {
    assert.match(embargoAlert(later(2), null, NOW) ?? '', /drops an embargo/);
    assert.match(embargoAlert(later(2), later(1), NOW) ?? '', /shortens an embargo/);
    assert.equal(embargoAlert(later(2), later(3), NOW), null);
    assert.equal(embargoAlert(later(-1), null, NOW), null, 'a lifted embargo is no longer in force');
    assert.equal(embargoAlert(null, null, NOW), null);
  });

  it('moves the Updated time to the version\'s creation, never backwards or into the future', () => {
    assert.equal(wireUpdatedAt(later(-1), later(-2), NOW).getTime(), later(-1).getTime());
    assert.equal(wireUpdatedAt(later(-3), later(-2), NOW).getTime(), NOW.getTime());
    assert.equal(wireUpdatedAt(later(1), null, NOW).getTime(), NOW.getTime());
    assert.equal(wireUpdatedAt(null, null, NOW).getTime(), NOW.getTime());
  });

  it('plans picture deliveries: kills and withholds recall them, a kill is final', () => {
    const p = (pubStatus: 'usable' | 'withheld' | 'canceled', version = 2) => ({ version, etag: null, versionCreated: null, pubStatus });
    assert.deepEqual(planWirePicture(p('usable'), null), { kind: 'store', action: 'created' });
    assert.deepEqual(planWirePicture(p('usable'), p('usable', 1)), { kind: 'store', action: 'updated' });
    assert.deepEqual(planWirePicture(p('canceled'), p('usable', 1)), { kind: 'remove', action: 'killed' });
    assert.deepEqual(planWirePicture(p('withheld'), p('usable', 1)), { kind: 'remove', action: 'withheld' });
    assert.deepEqual(planWirePicture(p('usable', 3), p('canceled', 2)), { kind: 'ignore', action: 'unchanged' });
    assert.deepEqual(planWirePicture(p('usable', 1), p('usable', 1)), { kind: 'ignore', action: 'unchanged' });
  });
});

describe('wire source settings', () => {
  it('matches subject rules by code (whole or last segment), name and kind, case-insensitively', () => {
    const rules = readSubjectRules([
      { code: '15000000', section: 'sports', tags: ['Sports'] },
      { name: 'transport', section: 'news/transport' },
      { kind: 'place', tagWithName: true },
    ]);
    assert.ok(rules.ok);
    const subjects = [
      { name: 'Transport', code: null, kind: 'subject' },
      { name: 'Sport', code: 'http://cv.iptc.org/newscodes/mediatopic/15000000', kind: 'subject' },
      { name: 'Lakeview', code: null, kind: 'place' },
      { name: 'lakeview', code: null, kind: 'place' },
    ];
    assert.deepEqual(applySubjectRules(rules.rules, subjects), { sectionPath: 'sports', tags: ['Sports', 'Lakeview'] });
    assert.deepEqual(applySubjectRules(rules.rules, [{ name: 'Weather', code: 'medtop:06000000', kind: 'subject' }]), { sectionPath: null, tags: [] });
  });

  it('refuses rules that match everything, do nothing or carry unknown fields', () => {
    assert.match((readSubjectRules({}) as { error: string }).error, /JSON array/);
    assert.match((readSubjectRules([{ section: 'news' }]) as { error: string }).error, /matches every subject/);
    assert.match((readSubjectRules([{ code: 'x' }]) as { error: string }).error, /does nothing/);
    assert.match((readSubjectRules([{ code: 'x', tag: 'y' }]) as { error: string }).error, /unknown field "tag"/);
    assert.match((readSubjectRules([{ code: 'x', tags: [''] }]) as { error: string }).error, /tags must be an array of names/);
  });

  it('signs datelines as configured, as known agencies sign theirs, or not at all', () => {
    assert.equal(datelineSourceFor('ap', null), 'AP');
    assert.equal(datelineSourceFor('ap', 'AP Photo'), 'AP Photo');
    assert.equal(datelineSourceFor('pws', 'PWS'), 'PWS');
    assert.equal(datelineSourceFor('wire.example.org', null), null);
    assert.equal(datelineSourceFor('ap', ''), null, 'an empty setting turns the source off');
  });
});

describe('wire pictures in stories', () => {
  const r = (name: string, mimeType: string | null, width: number | null, bytes: number | null = null) =>
    ({ name, href: `https://img.example/${name}`, mimeType, width, height: width, bytes });

  it('chooses the largest image rendition within the limits', () => {
    const limits = { maxWidth: 4096, maxBytes: 10_000_000 };
    assert.equal(chooseRendition([r('thumb', 'image/jpeg', 200), r('main', 'image/jpeg', 2000), r('print', 'image/jpeg', 8000)], limits)?.name, 'main');
    assert.equal(chooseRendition([r('main', 'image/jpeg', 2000, 20_000_000), r('preview', 'image/jpeg', 512)], limits)?.name, 'preview');
    assert.equal(chooseRendition([r('caption', 'text/xml', null), r('pdf', 'application/pdf', null)], limits), null);
    assert.equal(chooseRendition([r('original', null, 1600), r('caption', 'text/xml', null)], limits)?.name, 'original');
    assert.equal(chooseRendition([{ ...r('x', 'image/jpeg', 100), href: 'ftp://img.example/x' }], limits), null);
  });

  it('removes a picture from a body with its figure, leaving the rest as it was', () => {
    const body = '<p>One.</p>\n<figure><img src="https://a.example/1.jpg" alt="A" data-assoc-ref="a001" /><figcaption>Cap</figcaption>\n</figure>\n<p>Two.</p>\n<img src="/media/abc/w640.jpg" alt="B" />';
    assert.equal(removeBodyImages(body, (i) => i.assocRef === 'a001'), '<p>One.</p>\n<p>Two.</p>\n<img src="/media/abc/w640.jpg" alt="B" />');
    assert.equal(removeBodyImages(body, (i) => i.src?.startsWith('/media/abc/') ?? false), '<p>One.</p>\n<figure><img src="https://a.example/1.jpg" alt="A" data-assoc-ref="a001" /><figcaption>Cap</figcaption>\n</figure>\n<p>Two.</p>');
    assert.equal(removeBodyImages('<p>No pictures.</p>', () => true), '<p>No pictures.</p>');
  });
});
