import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { changeChannel, decodeNotice, encodeNotices } from '../../src/cluster/change-notice.ts';
import type { ChangeEvent } from '../../src/events/change-event.ts';

const event = (keys: string[]): ChangeEvent => ({ kind: 'article.published', id: 42, keys, at: new Date('2026-05-05T12:00:00Z') });

describe('change notices', () => {
  it('carry a change from one node to another unchanged', () => {
    const [payload, ...rest] = encodeNotices('node-a', event(['a42', 's3', 'front', 'latest']));
    assert.equal(rest.length, 0);
    assert.deepEqual(decodeNotice(payload), { node: 'node-a', kind: 'article.published', id: 42, keys: ['a42', 's3', 'front', 'latest'], at: Date.parse('2026-05-05T12:00:00Z') });
  });

  it('split a change whose keys do not fit one NOTIFY payload, losing none', () => {
    const keys = Array.from({ length: 3000 }, (_, i) => `t${i}`);
    const payloads = encodeNotices('node-a', event(keys));
    assert.ok(payloads.length > 1);
    assert.ok(payloads.every((p) => Buffer.byteLength(p) < 8000));
    const notices = payloads.map((p) => decodeNotice(p));
    assert.ok(notices.every((n) => n !== null && n.kind === 'article.published' && n.id === 42));
    assert.deepEqual(notices.flatMap((n) => n?.keys ?? []), keys);
  });

  it('still send a change without keys', () => {
    const payloads = encodeNotices('node-a', { kind: 'sections.changed', id: null, keys: [], at: new Date(0) });
    assert.equal(payloads.length, 1);
    assert.deepEqual(decodeNotice(payloads[0])?.keys, []);
  });

  it('reject payloads that are not notices', () => {
    for (const bad of [undefined, '', 'not json', '[]', '{"n":"a","k":"article.published","i":1,"s":"a1","t":0}', '{"n":"a","k":"DROP TABLE","i":1,"s":[],"t":0}', '{"n":"a","k":"article.published","i":1.5,"s":[],"t":0}', '{"n":1,"k":"article.published","i":null,"s":[],"t":0}']) {
      assert.equal(decodeNotice(bad), null, String(bad));
    }
  });

  it('name a channel per schema that PostgreSQL accepts', () => {
    assert.equal(changeChannel('public'), 'dateline_changes_public');
    assert.notEqual(changeChannel('site_a'), changeChannel('site_b'));
    const long = changeChannel('s'.repeat(63));
    assert.ok(Buffer.byteLength(long) <= 63);
    assert.notEqual(long, changeChannel('s'.repeat(62) + 't'));
  });
});
