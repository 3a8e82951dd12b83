import type { User } from '../domain/user.ts';
import { normalizeEmail } from '../domain/user.ts';
import { DatelineError } from '../errors.ts';
import type { Executor } from '../store/database.ts';
import { findUserByEmail, findUserById } from '../store/repositories/user-repository.ts';

/** A user by id or by email address (what the command line is given). */
export async function requireUser(db: Executor, idOrEmail: number | string): Promise<User> {
  const user = typeof idOrEmail === 'number' ? await findUserById(db, idOrEmail) : await findUserByEmail(db, normalizeEmail(idOrEmail));
  if (!user) throw new DatelineError('not-found', typeof idOrEmail === 'number' ? `no user with id ${idOrEmail}` : `no user ${idOrEmail}`);
  return user;
}
