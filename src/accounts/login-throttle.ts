import { DatelineError } from '../errors.ts';
import type { Executor } from '../store/database.ts';
import {
  clearLoginAttempts, countLoginAttempt, findLoginAttempts, forgiveLoginAttempt, lockLoginKey, pruneLoginAttempts,
} from '../store/repositories/login-attempt-repository.ts';

/**
 * Five wrong passwords for one address within 15 minutes lock that address
 * for 15 minutes; thirty from one network address do the same for it. The
 * lock is temporary on purpose: a permanent one would let anybody shut a
 * reporter out by typing their address.
 */
export const LOGIN_LIMITS = Object.freeze({
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
  perAccount: 5,
  perAddress: 30,
});

const accountKey = (email: string) => `email:${email}`;
const addressKey = (ip: string) => `ip:${ip}`;

function lockedError(until: number, now: Date): DatelineError {
  const retryAfterSeconds = Math.max(1, Math.ceil((until - now.getTime()) / 1000));
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return new DatelineError('rate-limited', `too many failed sign-ins; try again in ${minutes} minute${minutes === 1 ? '' : 's'}`, {
    details: { retryAfterSeconds },
  });
}

export interface CountedAttempt {
  readonly email: string;
  readonly ip: string | null;
  readonly accountFailures: number;
  readonly addressFailures: number;
}

/**
 * Counts an attempt before the password is checked (a burst of parallel
 * guesses is cut off at the limit, not after it) and refuses it when the
 * address or the account is locked.
 */
export async function admitLoginAttempt(db: Executor, email: string, ip: string | null, now: Date): Promise<CountedAttempt> {
  const keys = [accountKey(email), ...(ip ? [addressKey(ip)] : [])];
  for (const key of keys) {
    const found = await findLoginAttempts(db, key);
    if (found?.lockedUntil && found.lockedUntil > now.getTime()) throw lockedError(found.lockedUntil, now);
  }
  const account = await countLoginAttempt(db, accountKey(email), now, LOGIN_LIMITS.windowMs);
  const address = ip ? await countLoginAttempt(db, addressKey(ip), now, LOGIN_LIMITS.windowMs) : null;
  const until = now.getTime() + LOGIN_LIMITS.lockMs;
  if (account.failures > LOGIN_LIMITS.perAccount) {
    await lockLoginKey(db, accountKey(email), new Date(until));
    throw lockedError(until, now);
  }
  if (address && ip && address.failures > LOGIN_LIMITS.perAddress) {
    await lockLoginKey(db, addressKey(ip), new Date(until));
    throw lockedError(until, now);
  }
  return { email, ip, accountFailures: account.failures, addressFailures: address?.failures ?? 0 };
}

/** Locks what reached its limit with this failure; says whether the account is now locked. */
export async function loginFailed(db: Executor, attempt: CountedAttempt, now: Date): Promise<boolean> {
  const until = new Date(now.getTime() + LOGIN_LIMITS.lockMs);
  if (attempt.ip && attempt.addressFailures >= LOGIN_LIMITS.perAddress) await lockLoginKey(db, addressKey(attempt.ip), until);
  if (attempt.accountFailures >= LOGIN_LIMITS.perAccount) {
    await lockLoginKey(db, accountKey(attempt.email), until);
    return true;
  }
  return false;
}

/**
 * A good password wipes the account's count; the network address gets its
 * attempt back. Counts that no longer matter are swept up while we are here.
 */
export async function loginSucceeded(db: Executor, attempt: CountedAttempt, now: Date): Promise<void> {
  await clearLoginAttempts(db, accountKey(attempt.email));
  if (attempt.ip) await forgiveLoginAttempt(db, addressKey(attempt.ip));
  await pruneLoginAttempts(db, now, LOGIN_LIMITS.windowMs);
}
