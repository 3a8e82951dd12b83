import type { Actor } from './actor.ts';
import type { Principal, Role } from './roles.ts';

/** A newsroom account as the program passes it around: no password hash in it, ever. */
export interface User {
  readonly id: number;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly authorId: number | null;
  readonly disabled: boolean;
  /** Set by a one-time password: the person must choose their own before doing anything else. */
  readonly mustChangePassword: boolean;
  readonly createdAt: Date;
  readonly lastLoginAt: Date | null;
}

export function normalizeEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

/** Deliberately loose: one @, something on each side, a dot in the domain, no spaces. */
export function isPlausibleEmail(email: string): boolean {
  return email.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email);
}

export function principalOf(user: User): Principal {
  return Object.freeze({ userId: user.id, role: user.role, authorId: user.authorId });
}

/** The actor a signed-in person acts as; the audit log names them by email. */
export function userActor(user: User, via: 'session' | 'token', ip: string | null): Actor {
  return Object.freeze({ principal: principalOf(user), label: user.email, via, ip });
}
