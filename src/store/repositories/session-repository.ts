import type { Executor } from '../database.ts';

export interface SessionRecord {
  readonly idHash: string;
  readonly userId: number;
  readonly csrfToken: string;
  readonly createdAt: number;
  readonly lastSeenAt: number;
  readonly expiresAt: number;
}

export async function insertSession(
  db: Executor,
  s: { idHash: string; userId: number; csrfToken: string; now: Date; expiresAt: Date; userAgent: string | null },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id_hash: s.idHash, user_id: s.userId, csrf_token: s.csrfToken, created_at: s.now.getTime(), last_seen_at: s.now.getTime(),
      expires_at: s.expiresAt.getTime(), user_agent: s.userAgent,
    })
    .execute();
}

export async function findSession(db: Executor, idHash: string): Promise<SessionRecord | null> {
  const r = await db.selectFrom('sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
  if (!r) return null;
  return Object.freeze({
    idHash: r.id_hash, userId: r.user_id, csrfToken: r.csrf_token, createdAt: Number(r.created_at),
    lastSeenAt: Number(r.last_seen_at), expiresAt: Number(r.expires_at),
  });
}

export async function touchSession(db: Executor, idHash: string, now: Date): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: now.getTime() }).where('id_hash', '=', idHash).execute();
}

export async function deleteSession(db: Executor, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

/** Ends every session of a user, or every one but `keepIdHash` (the one that changed the password). */
export async function deleteUserSessions(db: Executor, userId: number, keepIdHash?: string): Promise<number> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepIdHash !== undefined) q = q.where('id_hash', '<>', keepIdHash);
  const r = await q.executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function deleteExpiredSessions(db: Executor, now: Date, idleBefore: Date): Promise<number> {
  const r = await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', now.getTime()), eb('last_seen_at', '<', idleBefore.getTime())]))
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}
