import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planWxrItem } from '../../src/wxr/plan-wxr-item.ts';
import type { WxrItem } from '../../src/wxr/wxr-document.ts';
import { wxrPublication } from '../../src/wxr/wxr-publication.ts';

const NOW = new Date('2026-05-05T12:00:00Z');
const item = (over: Partial<WxrItem>): WxrItem => ({
  postId: 1, title: 'T', link: null, guid: null, creator: null, contentHtml: '', excerptHtml: '', postDateGmt: '2024-05-14 15:30:00',
  postDate: '2024-05-14 10:30:00', postName: 't', status: 'publish', postType: 'post', postParent: null, menuOrder: 0, password: '',
  sticky: false, attachmentUrl: null, terms: [], meta: new Map(), commentCount: 0, ...over,
});

describe('what becomes of an export item', () => {
  it('imports posts, pages only when asked, and attachments as media', () => {
    assert.deepEqual(planWxrItem(item({}), { pages: false }), { action: 'article', kind: 'post' });
    assert.equal(planWxrItem(item({ postType: 'page' }), { pages: false }).action, 'skip');
    assert.deepEqual(planWxrItem(item({ postType: 'page' }), { pages: true }), { action: 'article', kind: 'page' });
    assert.deepEqual(planWxrItem(item({ postType: 'attachment', status: 'inherit' }), { pages: false }), { action: 'media' });
  });

  it('skips with a reason what has no place in a newsroom', () => {
    const reasons = ['nav_menu_item', 'wp_navigation', 'revision', 'product'].map((postType) => planWxrItem(item({ postType }), { pages: true }));
    assert.ok(reasons.every((r) => r.action === 'skip' && r.reason.length > 0));
    for (const status of ['trash', 'auto-draft']) assert.equal(planWxrItem(item({ status }), { pages: true }).action, 'skip');
    assert.equal(planWxrItem(item({ status: 'inherit', postParent: 5 }), { pages: true }).action, 'skip');
    assert.equal(planWxrItem(item({ status: 'inherit' }), { pages: true }).action, 'article');
  });
});

describe('publication status of an imported post', () => {
  it('keeps published and scheduled posts with their times', () => {
    assert.deepEqual(wxrPublication(item({}), NOW), {
      status: 'published', publishedAt: new Date('2024-05-14T15:30:00Z'), createdAt: new Date('2024-05-14T15:30:00Z'), notes: [],
    });
    const scheduled = wxrPublication(item({ status: 'future', postDateGmt: '2099-01-01 00:00:00' }), NOW);
    assert.deepEqual([scheduled.status, scheduled.publishedAt?.toISOString()], ['published', '2099-01-01T00:00:00.000Z']);
    const late = wxrPublication(item({ status: 'future' }), NOW);
    assert.match(late.notes.join(), /scheduled time has passed/);
  });

  it('never publishes drafts, pending, private or password-protected posts', () => {
    for (const over of [{ status: 'draft' }, { status: 'pending' }, { status: 'private' }, { password: 'secret' }, { status: 'odd' }]) {
      const p = wxrPublication(item(over), NOW);
      assert.deepEqual([p.status, p.publishedAt], ['draft', null], JSON.stringify(over));
    }
  });

  it('reads a draft\'s zone-less time as UTC and says so', () => {
    const p = wxrPublication(item({ status: 'draft', postDateGmt: null, postDate: '2024-05-20 09:00:00' }), NOW);
    assert.equal(p.createdAt.toISOString(), '2024-05-20T09:00:00.000Z');
    assert.match(p.notes.join(), /no time zone/);
  });
});
