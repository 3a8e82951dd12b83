import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type ArticleAccess, can, isOwnStory, MINIMUM_ROLE, type Principal, roleAtLeast, ROLES } from '../../src/domain/roles.ts';

const person = (role: Principal['role'], userId = 7, authorId: number | null = 70): Principal => ({ userId, role, authorId });

const story = (overrides: Partial<ArticleAccess> = {}): ArticleAccess => ({
  status: 'draft', publishedAt: null, ownerUserId: 7, authorIds: [], ...overrides,
});
const published = (overrides: Partial<ArticleAccess> = {}) => story({ status: 'published', publishedAt: new Date('2026-05-01T00:00:00Z'), ...overrides });
const othersDraft = story({ ownerUserId: 8 });

describe('roles', () => {
  test('are ordered from contributor to administrator', () => {
    assert.deepEqual([...ROLES], ['contributor', 'author', 'editor', 'administrator']);
    assert.ok(roleAtLeast('administrator', 'editor'));
    assert.ok(!roleAtLeast('author', 'editor'));
  });

  test('a story is your own when you created it or it carries your byline', () => {
    assert.ok(isOwnStory(person('author'), story()));
    assert.ok(isOwnStory(person('author'), story({ ownerUserId: null, authorIds: [70] })));
    assert.ok(!isOwnStory(person('author'), othersDraft));
    assert.ok(!isOwnStory(person('author', 7, null), story({ ownerUserId: null, authorIds: [70] })));
  });
});

describe('contributor', () => {
  const p = person('contributor');
  test('writes and edits their own drafts only', () => {
    assert.ok(can(p, 'article.create'));
    assert.ok(can(p, 'article.edit', story()));
    assert.ok(!can(p, 'article.edit', othersDraft));
  });
  test('cannot touch a story once it has gone out, or publish anything', () => {
    assert.ok(!can(p, 'article.edit', published()));
    assert.ok(!can(p, 'article.edit', story({ publishedAt: new Date('2026-05-01T00:00:00Z') })), 'an unpublished story that went out before');
    assert.ok(!can(p, 'article.publish', story()));
    assert.ok(!can(p, 'article.publish'));
  });
  test('has no say over curation, sections, the wire or the site', () => {
    for (const perm of ['curation.manage', 'sections.manage', 'wire.manage', 'settings.manage', 'users.manage', 'tokens.manage', 'webhooks.manage', 'audit.read'] as const) {
      assert.ok(!can(p, perm), perm);
    }
  });
});

describe('author', () => {
  const p = person('author');
  test('publishes, schedules and unpublishes their own stories', () => {
    assert.ok(can(p, 'article.publish', story()));
    assert.ok(can(p, 'article.publish', published()));
    assert.ok(can(p, 'article.edit', published()), 'may edit their own live story');
  });
  test('cannot publish or edit anyone else\'s', () => {
    assert.ok(!can(p, 'article.publish', othersDraft));
    assert.ok(!can(p, 'article.edit', published({ ownerUserId: 8 })));
  });
  test('cannot withhold or kill, even their own', () => {
    assert.ok(!can(p, 'article.withhold', published()));
    assert.ok(!can(p, 'article.kill', published()));
  });
});

describe('editor', () => {
  const p = person('editor');
  test('publishes, takes down and curates anything', () => {
    for (const perm of ['article.edit', 'article.publish', 'article.withhold', 'article.kill'] as const) assert.ok(can(p, perm, othersDraft), perm);
    for (const perm of ['curation.manage', 'sections.manage', 'wire.manage'] as const) assert.ok(can(p, perm), perm);
  });
  test('does not run the site', () => {
    for (const perm of ['settings.manage', 'users.manage', 'tokens.manage', 'webhooks.manage', 'audit.read'] as const) assert.ok(!can(p, perm), perm);
  });
});

describe('administrator', () => {
  test('may do everything', () => {
    const p = person('administrator');
    for (const perm of Object.keys(MINIMUM_ROLE) as (keyof typeof MINIMUM_ROLE)[]) assert.ok(can(p, perm, othersDraft), perm);
  });
});
