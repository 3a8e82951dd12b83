import { randomSecret } from './secret-token.ts';

/**
 * Tokens look like `dl_` + 43 URL-safe characters. The prefix lets secret
 * scanners (and people) recognise a leaked Dateline token.
 */
const PREFIX = 'dl_';
const TOKEN = /^dl_[A-Za-z0-9_-]{43}$/;

export function newApiToken(): string {
  return PREFIX + randomSecret();
}

export function looksLikeApiToken(value: string): boolean {
  return TOKEN.test(value);
}

/** Enough of the token to tell it apart in a list, far too little to use. */
export function tokenHint(token: string): string {
  return token.slice(0, PREFIX.length + 6);
}
