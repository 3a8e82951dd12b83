import { sql } from 'kysely';
import type { Executor } from '../database.ts';

export interface LoginAttemptRecord {
  readonly key: string;
  readonly failures: number;
  readonly windowStartedAt: number;
  readonly lockedUntil: number | null;
}

const toRecord = (r: { key: string; failures: number; window_started_at: number; locked_until: number | null }): LoginAttemptRecord =>
  Object.freeze({
    key: r.key,
    failures: Number(r.failures),
    windowStartedAt: Number(r.window_started_at),
    lockedUntil: r.locked_until === null ? null : Number(r.locked_until),
  });

export async function findLoginAttempts(db: Executor, key: string): Promise<LoginAttemptRecord | null> {
  const r = await db.selectFrom('login_attempts').selectAll().where('key', '=', key).executeTakeFirst();
  return r ? toRecord(r) : null;
}

/**
 * Counts one attempt in a single statement, so parallel requests cannot
 * read the same count and slip past the limit. A window that has run out,
 * or a lock that has ended, starts the count again.
 */
export async function countLoginAttempt(db: Executor, key: string, now: Date, windowMs: number): Promise<LoginAttemptRecord> {
  const t = now.getTime();
  const cutoff = t - windowMs;
  const stale = sql<boolean>`(login_attempts.window_started_at <= ${cutoff} or (login_attempts.locked_until is not null and login_attempts.locked_until <= ${t}))`;
  const r = await db
    .insertInto('login_attempts')
    .values({ key, failures: 1, window_started_at: t, locked_until: null })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: sql<number>`case when ${stale} then 1 else login_attempts.failures + 1 end`,
        window_started_at: sql<number>`case when ${stale} then ${t} else login_attempts.window_started_at end`,
        locked_until: sql<number | null>`case when ${stale} then null else login_attempts.locked_until end`,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRecord(r);
}

export async function lockLoginKey(db: Executor, key: string, until: Date): Promise<void> {
  await db.updateTable('login_attempts').set({ locked_until: until.getTime() }).where('key', '=', key).execute();
}

/** Takes back one counted attempt (it turned out to be a good one). */
export async function forgiveLoginAttempt(db: Executor, key: string): Promise<void> {
  await db
    .updateTable('login_attempts')
    .set({ failures: sql<number>`case when failures > 0 then failures - 1 else 0 end` })
    .where('key', '=', key)
    .execute();
}

export async function clearLoginAttempts(db: Executor, key: string): Promise<void> {
  await db.deleteFrom('login_attempts').where('key', '=', key).execute();
}

/** Forgets counts whose window and lock are both over: they no longer decide anything. */
export async function pruneLoginAttempts(db: Executor, now: Date, windowMs: number): Promise<number> {
  const t = now.getTime();
  const r = await db
    .deleteFrom('login_attempts')
    .where('window_started_at', '<=', t - windowMs)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', t)]))
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}
