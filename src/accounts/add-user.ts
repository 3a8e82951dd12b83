import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../domain/actor.ts';
import { isRole, type Role } from '../domain/roles.ts';
import { isPlausibleEmail, normalizeEmail, type User } from '../domain/user.ts';
import { plainText } from '../domain/sanitize-html.ts';
import { DatelineError } from '../errors.ts';
import type { ServiceContext } from '../service-context.ts';
import type { Executor } from '../store/database.ts';
import { isUniqueViolation } from '../store/repositories/unique-violation.ts';
import { insertUser } from '../store/repositories/user-repository.ts';
import { oneTimePassword } from './one-time-password.ts';
import { hashPassword } from './password-hashing.ts';
import { requirePermission } from './require-permission.ts';

export interface NewUserInput {
  readonly email: string;
  readonly role: string;
  readonly name?: string;
  readonly authorId?: number | null;
}

export function requireRole(role: unknown): Role {
  if (!isRole(role)) {
    throw new DatelineError('invalid-input', 'role must be contributor, author, editor or administrator', { details: { field: 'role' } });
  }
  return role;
}

export function requireEmail(raw: string): string {
  const email = normalizeEmail(raw);
  if (!isPlausibleEmail(email)) throw new DatelineError('invalid-input', `"${raw}" is not an email address`, { details: { field: 'email' } });
  return email;
}

export function cleanName(raw: string | undefined, fallback: string): string {
  const name = plainText(raw ?? '') || fallback;
  if (name.length > 200) throw new DatelineError('invalid-input', 'a name may have at most 200 characters', { details: { field: 'name' } });
  return name;
}

export async function requireAuthor(db: Executor, authorId: number | null | undefined): Promise<number | null> {
  if (authorId === null || authorId === undefined) return null;
  const found = await db.selectFrom('authors').select('id').where('id', '=', authorId).executeTakeFirst();
  if (!found) throw new DatelineError('invalid-input', `no author with id ${authorId}`, { details: { field: 'authorId' } });
  return authorId;
}

/**
 * Opens an account with a one-time password, which is returned here and
 * nowhere else: it is shown once to whoever created the account, and the
 * new user must replace it at first sign-in.
 */
export async function addUser(ctx: ServiceContext, actor: Actor, input: NewUserInput): Promise<{ user: User; oneTimePassword: string }> {
  requirePermission(actor, 'users.manage');
  const email = requireEmail(input.email);
  const role = requireRole(input.role);
  const name = cleanName(input.name, email.split('@')[0]);
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  const now = ctx.now();
  try {
    const user = await ctx.store.transaction(async (trx) => {
      const authorId = await requireAuthor(trx, input.authorId);
      const created = await insertUser(trx, { email, name, role, passwordHash, mustChangePassword: true, authorId, now });
      await recordAudit(trx, actor, now, { action: 'user.create', targetType: 'user', targetId: created.id, details: { email, role } });
      return created;
    });
    return { user, oneTimePassword: password };
  } catch (e) {
    if (isUniqueViolation(e)) throw new DatelineError('conflict', `there is already an account for ${email}`, { details: { field: 'email' } });
    throw e;
  }
}
