import type { Selectable } from 'kysely';
import type { TokenScope } from '../../domain/token-scopes.ts';
import type { ApiTokensTable, Executor } from '../database.ts';
import { toDate, toDateOrNull } from './time-columns.ts';

/** An API token as it may be shown: its hash stays in the store. */
export interface ApiTokenInfo {
  readonly id: number;
  readonly userId: number;
  readonly name: string;
  readonly hint: string;
  readonly scopes: readonly TokenScope[];
  readonly createdAt: Date;
  readonly createdBy: string;
  readonly expiresAt: Date | null;
  readonly lastUsedAt: Date | null;
  readonly revokedAt: Date | null;
}

const INFO_COLUMNS = ['id', 'user_id', 'name', 'hint', 'scopes', 'created_at', 'created_by', 'expires_at', 'last_used_at', 'revoked_at'] as const;

function toInfo(r: Omit<Selectable<ApiTokensTable>, 'token_hash'>): ApiTokenInfo {
  return Object.freeze({
    id: r.id, userId: r.user_id, name: r.name, hint: r.hint, scopes: Object.freeze(JSON.parse(r.scopes) as TokenScope[]),
    createdAt: toDate(r.created_at), createdBy: r.created_by, expiresAt: toDateOrNull(r.expires_at),
    lastUsedAt: toDateOrNull(r.last_used_at), revokedAt: toDateOrNull(r.revoked_at),
  });
}

export async function insertApiToken(
  db: Executor,
  t: { userId: number; name: string; tokenHash: string; hint: string; scopes: readonly TokenScope[]; now: Date; createdBy: string; expiresAt: Date | null },
): Promise<ApiTokenInfo> {
  const r = await db
    .insertInto('api_tokens')
    .values({
      user_id: t.userId, name: t.name, token_hash: t.tokenHash, hint: t.hint, scopes: JSON.stringify(t.scopes), created_at: t.now.getTime(),
      created_by: t.createdBy, expires_at: t.expiresAt ? t.expiresAt.getTime() : null, last_used_at: null, revoked_at: null,
    })
    .returning(INFO_COLUMNS)
    .executeTakeFirstOrThrow();
  return toInfo(r);
}

export async function findApiTokenByHash(db: Executor, tokenHash: string): Promise<ApiTokenInfo | null> {
  const r = await db.selectFrom('api_tokens').select(INFO_COLUMNS).where('token_hash', '=', tokenHash).executeTakeFirst();
  return r ? toInfo(r) : null;
}

export async function findApiTokenById(db: Executor, id: number): Promise<ApiTokenInfo | null> {
  const r = await db.selectFrom('api_tokens').select(INFO_COLUMNS).where('id', '=', id).executeTakeFirst();
  return r ? toInfo(r) : null;
}

export async function listApiTokens(db: Executor, filter: { userId?: number } = {}): Promise<ApiTokenInfo[]> {
  let q = db.selectFrom('api_tokens').select(INFO_COLUMNS);
  if (filter.userId !== undefined) q = q.where('user_id', '=', filter.userId);
  return (await q.orderBy('id').execute()).map(toInfo);
}

export async function markApiTokenRevoked(db: Executor, id: number, now: Date): Promise<void> {
  await db.updateTable('api_tokens').set({ revoked_at: now.getTime() }).where('id', '=', id).where('revoked_at', 'is', null).execute();
}

export async function touchApiToken(db: Executor, id: number, now: Date): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: now.getTime() }).where('id', '=', id).execute();
}
