import type { Actor } from '../domain/actor.ts';
import { type ArticleAccess, can, type Permission } from '../domain/roles.ts';
import { DatelineError } from '../errors.ts';

/** Throws `forbidden` unless the actor may do this; the command line and the system have no role limits. */
export function requirePermission(actor: Actor, permission: Permission, article?: ArticleAccess): void {
  if (actor.principal === null) return;
  if (!can(actor.principal, permission, article)) {
    throw new DatelineError('forbidden', `a ${actor.principal.role} may not do this (${permission})`, { details: { permission } });
  }
}
