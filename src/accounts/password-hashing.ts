import { lazyPackage } from '../lazy-package.ts';

/** Loaded at the first sign-in or password change, not by every reader-serving process. */
const loadArgon2 = lazyPackage(() => import('@node-rs/argon2'));

/** OWASP's argon2id baseline: 19 MiB, two passes, one lane. */
const ARGON2_COSTS = Object.freeze({ memoryCost: 19_456, timeCost: 2, parallelism: 1 });
const CURRENT_PARAMS = `$argon2id$v=19$m=${ARGON2_COSTS.memoryCost},t=${ARGON2_COSTS.timeCost},p=${ARGON2_COSTS.parallelism}$`;

export async function hashPassword(password: string): Promise<string> {
  const { Algorithm, hash } = await loadArgon2();
  return hash(password, { algorithm: Algorithm.Argon2id, ...ARGON2_COSTS });
}

/** False for a wrong password and for a hash that cannot be read. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  const { verify } = await loadArgon2();
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash made with older settings is replaced at the next good sign-in. */
export function needsRehash(passwordHash: string): boolean {
  return !passwordHash.startsWith(CURRENT_PARAMS);
}

let dummy: Promise<string> | null = null;

/**
 * Spends the time a real check costs, for sign-ins with an unknown address:
 * answering faster would tell an attacker which addresses have accounts.
 */
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummy ??= hashPassword('dateline-timing-equaliser');
  await verifyPassword(await dummy, password);
  return false;
}
