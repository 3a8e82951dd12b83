import { randomUUID } from 'node:crypto';
import { createApiToken } from '../../src/accounts/create-api-token.ts';
import { createSession } from '../../src/accounts/create-session.ts';
import { hashPassword } from '../../src/accounts/password-hashing.ts';
import type { Actor } from '../../src/domain/actor.ts';
import type { Role } from '../../src/domain/roles.ts';
import type { TokenScope } from '../../src/domain/token-scopes.ts';
import type { User } from '../../src/domain/user.ts';
import type { ServiceContext } from '../../src/service-context.ts';
import { insertUser } from '../../src/store/repositories/user-repository.ts';

/** The password of every fixture user. Hashed once per process: argon2 is slow by design. */
export const KNOWN_PASSWORD = 'river-crest-passes-9';
let knownHash: Promise<string> | null = null;

export const OPERATOR: Actor = Object.freeze({ principal: null, label: 'cli:test', via: 'cli', ip: null });

/** A fresh account with a unique address; its password is KNOWN_PASSWORD. */
export async function makeUser(
  ctx: ServiceContext,
  role: Role,
  options: { authorId?: number | null; mustChangePassword?: boolean; email?: string } = {},
): Promise<User> {
  knownHash ??= hashPassword(KNOWN_PASSWORD);
  return insertUser(ctx.store.db, {
    email: options.email ?? `${role}-${randomUUID().slice(0, 8)}@newsroom.test`,
    name: `Test ${role}`,
    role,
    passwordHash: await knownHash,
    mustChangePassword: options.mustChangePassword ?? false,
    authorId: options.authorId ?? null,
    now: ctx.now(),
  });
}

export interface BrowserSession {
  readonly cookie: string;
  readonly csrf: string;
  readonly sessionId: string;
}

/** A signed-in browser for the user, without going through the (slow) password check. */
export async function signedIn(ctx: ServiceContext, user: User): Promise<BrowserSession> {
  const s = await createSession(ctx.store.db, user.id, ctx.now(), 'test-browser');
  return { cookie: `dateline_session=${s.sessionId}`, csrf: s.csrfToken, sessionId: s.sessionId };
}

export async function tokenFor(ctx: ServiceContext, user: User, scopes: readonly TokenScope[]): Promise<string> {
  return (await createApiToken(ctx, OPERATOR, { user: user.id, name: `test ${scopes.join(' ')}`, scopes })).token;
}
