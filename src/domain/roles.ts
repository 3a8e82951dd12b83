import type { ArticleStatus } from './article.ts';

/**
 * Newsroom roles, weakest first. contributor: writes drafts. author: also
 * publishes their own stories. editor: publishes and curates anything.
 * administrator: also runs the site (people, tokens, webhooks, settings).
 */
export const ROLES = ['contributor', 'author', 'editor', 'administrator'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Who is asking, as far as permissions go. */
export interface Principal {
  readonly userId: number;
  readonly role: Role;
  /** The byline record the person writes under; stories credited to it are theirs. */
  readonly authorId: number | null;
}

/**
 * What someone may try. Article actions are checked again against the story
 * itself (see `can`); the others depend on the role alone.
 */
export type Permission =
  | 'article.read'
  | 'article.create'
  | 'article.edit'
  | 'article.publish'
  | 'article.withhold'
  | 'article.kill'
  | 'curation.manage'
  | 'sections.manage'
  | 'wire.manage'
  | 'settings.manage'
  | 'users.manage'
  | 'tokens.manage'
  | 'webhooks.manage'
  | 'audit.read'
  | 'account.self';

/** The facts about a story that decide who may touch it. */
export interface ArticleAccess {
  readonly status: ArticleStatus;
  readonly publishedAt: Date | null;
  /** The account that created it in the newsroom, or null (wire, import, demo). */
  readonly ownerUserId: number | null;
  readonly authorIds: readonly number[];
}

const rank = (role: Role) => ROLES.indexOf(role);

export function roleAtLeast(role: Role, floor: Role): boolean {
  return rank(role) >= rank(floor);
}

/** The weakest role that may ever do this (on some story, for article actions). */
export const MINIMUM_ROLE: Readonly<Record<Permission, Role>> = Object.freeze({
  'article.read': 'contributor',
  'article.create': 'contributor',
  'article.edit': 'contributor',
  'article.publish': 'author',
  'article.withhold': 'editor',
  'article.kill': 'editor',
  'curation.manage': 'editor',
  'sections.manage': 'editor',
  'wire.manage': 'editor',
  'settings.manage': 'administrator',
  'users.manage': 'administrator',
  'tokens.manage': 'administrator',
  'webhooks.manage': 'administrator',
  'audit.read': 'administrator',
  'account.self': 'contributor',
});

/** A story is someone's own when they created it or it is credited to their byline. */
export function isOwnStory(p: Principal, a: ArticleAccess): boolean {
  if (a.ownerUserId !== null && a.ownerUserId === p.userId) return true;
  return p.authorId !== null && a.authorIds.includes(p.authorId);
}

/** A draft that never went out: the only kind of story a contributor may change. */
const isUnpublishedDraft = (a: ArticleAccess) => a.status === 'draft' && a.publishedAt === null;

/**
 * Whether `p` may do `action`, on `article` when given. Without an article,
 * article actions answer "on some story" (a contributor may edit: their own
 * drafts), which is what a route checks before it loads anything.
 */
export function can(p: Principal, action: Permission, article?: ArticleAccess): boolean {
  if (!roleAtLeast(p.role, MINIMUM_ROLE[action])) return false;
  if (article === undefined || roleAtLeast(p.role, 'editor')) return true;
  switch (action) {
    case 'article.read':
    case 'article.create':
      return true;
    case 'article.edit':
      if (!isOwnStory(p, article)) return false;
      return p.role === 'author' || isUnpublishedDraft(article);
    case 'article.publish':
      return isOwnStory(p, article);
    default:
      return false;
  }
}
