import type { Selectable } from 'kysely';
import type { Role } from '../../domain/roles.ts';
import type { User } from '../../domain/user.ts';
import type { Executor, UsersTable } from '../database.ts';
import { toDate, toDateOrNull } from './time-columns.ts';

type UserRow = Selectable<UsersTable>;

/** Every column but the hash: what leaves the store for a user is always this. */
const PUBLIC_COLUMNS = [
  'id', 'email', 'name', 'role', 'must_change_password', 'author_id', 'disabled_at', 'created_at', 'last_login_at',
] as const;

function rowToUser(r: Omit<UserRow, 'password_hash' | 'password_changed_at'>): User {
  return Object.freeze({
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role as Role,
    authorId: r.author_id,
    disabled: r.disabled_at !== null,
    mustChangePassword: r.must_change_password === 1,
    createdAt: toDate(r.created_at),
    lastLoginAt: toDateOrNull(r.last_login_at),
  });
}

export async function insertUser(
  db: Executor,
  u: { email: string; name: string; role: Role; passwordHash: string; mustChangePassword: boolean; authorId: number | null; now: Date },
): Promise<User> {
  const r = await db
    .insertInto('users')
    .values({
      email: u.email, name: u.name, role: u.role, password_hash: u.passwordHash, must_change_password: u.mustChangePassword ? 1 : 0,
      author_id: u.authorId, disabled_at: null, created_at: u.now.getTime(), password_changed_at: u.now.getTime(), last_login_at: null,
    })
    .returning(PUBLIC_COLUMNS)
    .executeTakeFirstOrThrow();
  return rowToUser(r);
}

export async function findUserById(db: Executor, id: number): Promise<User | null> {
  const r = await db.selectFrom('users').select(PUBLIC_COLUMNS).where('id', '=', id).executeTakeFirst();
  return r ? rowToUser(r) : null;
}

export async function findUserByEmail(db: Executor, email: string): Promise<User | null> {
  const r = await db.selectFrom('users').select(PUBLIC_COLUMNS).where('email', '=', email).executeTakeFirst();
  return r ? rowToUser(r) : null;
}

export async function findUsersByIds(db: Executor, ids: readonly number[]): Promise<Map<number, User>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(PUBLIC_COLUMNS).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, rowToUser(r)]));
}

/** The one read of a password hash, for sign-in and password changes. */
export async function findCredentials(db: Executor, email: string): Promise<{ user: User; passwordHash: string } | null> {
  const r = await db.selectFrom('users').select([...PUBLIC_COLUMNS, 'password_hash']).where('email', '=', email).executeTakeFirst();
  return r ? { user: rowToUser(r), passwordHash: r.password_hash } : null;
}

export async function listUsers(db: Executor): Promise<User[]> {
  const rows = await db.selectFrom('users').select(PUBLIC_COLUMNS).orderBy('email').execute();
  return rows.map(rowToUser);
}

export async function updateUserRow(
  db: Executor,
  id: number,
  changes: { name?: string; role?: Role; authorId?: number | null; disabledAt?: Date | null },
): Promise<void> {
  await db
    .updateTable('users')
    .set({
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.role !== undefined ? { role: changes.role } : {}),
      ...(changes.authorId !== undefined ? { author_id: changes.authorId } : {}),
      ...(changes.disabledAt !== undefined ? { disabled_at: changes.disabledAt ? changes.disabledAt.getTime() : null } : {}),
    })
    .where('id', '=', id)
    .execute();
}

export async function setPasswordHash(db: Executor, id: number, passwordHash: string, mustChange: boolean, now: Date): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: passwordHash, must_change_password: mustChange ? 1 : 0, password_changed_at: now.getTime() })
    .where('id', '=', id)
    .execute();
}

export async function touchLastLogin(db: Executor, id: number, now: Date): Promise<void> {
  await db.updateTable('users').set({ last_login_at: now.getTime() }).where('id', '=', id).execute();
}

/** Active administrators other than `exceptId`: a site must never lose its last one. */
export async function countOtherActiveAdministrators(db: Executor, exceptId: number): Promise<number> {
  const r = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'administrator')
    .where('disabled_at', 'is', null)
    .where('id', '<>', exceptId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
