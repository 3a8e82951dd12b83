import { randomInt } from 'node:crypto';
import { passwordProblem } from '../domain/password-policy.ts';

/** No 0/o, 1/l/i: read aloud or copied from a screen, nothing is ambiguous. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/**
 * A password to hand over once (a new account, a reset): four groups of
 * five, about 99 bits. The person must replace it at first sign-in.
 */
export function oneTimePassword(): string {
  for (;;) {
    const groups = Array.from({ length: 4 }, () => Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''));
    const candidate = groups.join('-');
    if (passwordProblem(candidate, '') === null) return candidate;
  }
}
