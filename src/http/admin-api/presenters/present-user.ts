import type { User } from '../../../domain/user.ts';
import { iso } from './iso.ts';

/** A user as the API shows it; the password hash never comes this far. */
export function presentUser(u: User) {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    authorId: u.authorId,
    disabled: u.disabled,
    mustChangePassword: u.mustChangePassword,
    createdAt: u.createdAt.toISOString(),
    lastLoginAt: iso(u.lastLoginAt),
  };
}
